package com.gluework.preview.jirarest;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.List;
import java.util.Map;

/**
 * A set of Jira REST responses that together describe a small Jira: what the demo team is made of, and what
 * {@link JiraRestSnapshotFiles} writes to and reads from disk.
 *
 * @param userSearch   a {@code /rest/api/2/user/search?username=.} response (an array of users)
 * @param projects     {@code /rest/api/2/project/{key}} responses
 * @param search       a {@code /rest/api/2/search?expand=changelog} response holding every issue
 * @param boardSprints {@code /rest/agile/1.0/board/{id}/sprint} responses by board id
 */
public record JiraRestDocuments(JsonNode userSearch, List<JsonNode> projects, JsonNode search, Map<Long, JsonNode> boardSprints) {
    public JiraRestDocuments {
        projects = List.copyOf(projects);
        boardSprints = Map.copyOf(boardSprints);
    }

    public SnapshotJiraRest toJiraRest() {
        SnapshotJiraRest.Builder builder = SnapshotJiraRest.builder().users(userSearch).searchResult(search);
        projects.forEach(builder::project);
        boardSprints.forEach(builder::boardSprints);
        return builder.build();
    }
}
