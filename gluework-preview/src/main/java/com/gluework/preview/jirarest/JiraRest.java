package com.gluework.preview.jirarest;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.Optional;

/**
 * Read-only access to a Jira REST API, one GET at a time. Paths are what follows the Jira base URL, query included,
 * e.g. {@code /rest/api/2/issue/GW-1?expand=changelog}.
 */
public interface JiraRest {

    /**
     * @return the parsed JSON body, or empty when Jira answers 404 (unknown, or invisible to the token's user)
     * @throws JiraRestException when Jira cannot be reached or answers anything else than 200 or 404
     */
    Optional<JsonNode> get(String pathAndQuery);

    /**
     * Whether every answer is a document that never changes, handed out as the same object each time it is asked for
     * (a snapshot held in memory). Readers may then keep what they read from a document ({@link ReadOnce}) instead of
     * reading it again on every request. A live Jira's answers change and are new objects each time: {@code false},
     * the default.
     */
    default boolean answersNeverChange() {
        return false;
    }
}
