package com.gluework.preview.jirarest;

import com.gluework.core.model.IssueRef;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;

/**
 * An issue as the preview's pages show it, read from {@code /rest/api/2/issue} or a search result.
 *
 * @param statusCategoryKey Jira's category key: {@code new}, {@code indeterminate} or {@code done} (empty when the
 *                          server did not send one, as Jira before 6.1 did not)
 * @param assigneeKey       {@code null} when unassigned
 * @param resolved          {@code null} while unresolved
 * @param sprintIds         every sprint the issue has been in, oldest first
 * @param history           the changelog, oldest first; empty unless requested with {@code expand=changelog}
 * @param description       plain text as stored (wiki markup is not rendered); empty when none
 */
public record JiraIssue(long id, String key, long projectId, String projectKey, String projectName, String summary,
                        String issueTypeName, String statusName, String statusCategoryKey, String assigneeKey,
                        String reporterKey, OffsetDateTime created, OffsetDateTime resolved, List<Long> sprintIds,
                        List<JiraChange> history, int commentCount, String description) {
    public JiraIssue {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(projectKey, "projectKey");
        summary = summary == null ? "" : summary;
        statusName = statusName == null ? "" : statusName;
        description = description == null ? "" : description;
        statusCategoryKey = statusCategoryKey == null ? "" : statusCategoryKey;
        sprintIds = List.copyOf(sprintIds);
        history = List.copyOf(history);
    }

    /** What Glue Work's core needs to know about the issue. */
    public IssueRef ref() {
        return new IssueRef(id, key, projectId, projectKey, summary);
    }

    /** The status changes only, oldest first. */
    public List<JiraChange> statusChanges() {
        return history.stream().filter(c -> c.field().equalsIgnoreCase("status")).toList();
    }
}
