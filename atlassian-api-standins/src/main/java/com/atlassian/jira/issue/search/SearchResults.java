package com.atlassian.jira.issue.search;

import java.util.List;

/**
 * Compile-only stand-in: one page of search results.
 * <p>
 * Mirrors: jira-api 11.3 (Platform 8) (docs/atlassian-signatures.md §7.14, status P): generic since Jira 8,
 * constructor {@code (List<T> results, int total, int maxResults, int startIndex)} and {@code List<T> getResults()}
 * (Jira 7's {@code getIssues()} is gone). Seen in public mocks compiled against Jira 8; Jira 10/11 UNCONFIRMED. Glue
 * Work pages by the page size it asked for and reads only {@code getResults()}, so it does not depend on the
 * unconfirmed total accessors.
 */
public class SearchResults<T> {
    private final List<T> results;

    public SearchResults(List<T> results, int total, int maxResults, int startIndex) {
        this.results = List.copyOf(results);
    }

    public List<T> getResults() {
        return results;
    }
}
