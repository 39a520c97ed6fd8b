package com.gluework.preview.jirarest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.gluework.core.model.IssueRef;
import com.gluework.core.port.IssueSource;
import com.gluework.core.testing.IssueSourceContract;

import java.util.List;

/**
 * The preview's Jira REST reader keeps the {@link IssueSourceContract}, over a double of Jira's
 * {@code /rest/api/2/issue/{idOrKey}} that answers 404 (empty) for unknown issues.
 */
public class JiraRestIssueSourceContractTest extends IssueSourceContract {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Override
    protected IssueSource sourceOf(List<IssueRef> issues) {
        return new JiraRestIssueSource(path -> {
            String idOrKey = path.substring("/rest/api/2/issue/".length(), path.indexOf('?'));
            return issues.stream().filter(i -> i.key().equals(idOrKey) || Long.toString(i.id()).equals(idOrKey))
                    .findFirst().map(JiraRestIssueSourceContractTest::issue);
        });
    }

    private static JsonNode issue(IssueRef ref) {
        ObjectNode issue = JSON.createObjectNode();
        issue.put("id", Long.toString(ref.id()));
        issue.put("key", ref.key());
        ObjectNode fields = issue.putObject("fields");
        fields.put("summary", ref.summary());
        ObjectNode project = fields.putObject("project");
        project.put("id", Long.toString(ref.projectId()));
        project.put("key", ref.projectKey());
        return issue;
    }
}
