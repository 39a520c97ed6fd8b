package com.atlassian.jira.bc.issue.search;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.search.SearchException;
import com.atlassian.jira.issue.search.SearchResults;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.web.bean.PagerFilter;
import com.atlassian.query.Query;

/**
 * Compile-only stand-in: Jira's JQL search service.
 * <p>
 * Mirrors: jira-api 11.3 (Platform 8) (docs/atlassian-signatures.md §7.14, status P: seen in public mock
 * implementations compiled against Jira 8; the Jira 10/11 form is UNCONFIRMED, with no evidence of change — Jira
 * Software 11.1 still wraps it). The pager parameter is the raw {@code PagerFilter}, as in Jira.
 * Only the members Glue Work calls.
 */
public interface SearchService {

    ParseResult parseQuery(ApplicationUser searcher, String query);

    /** Ignores the searcher's permissions (the searcher only gives JQL functions their context). */
    @SuppressWarnings("rawtypes")
    SearchResults<Issue> searchOverrideSecurity(ApplicationUser searcher, Query query, PagerFilter pager) throws SearchException;

    /**
     * The outcome of parsing a JQL string. Real constructor: {@code ParseResult(Query query, MessageSet errors)}; the
     * accessors {@code getQuery()} and {@code isValid()} are UNCONFIRMED in this project's sources (they are the shape
     * every public caller uses). Glue Work never builds one, so the stand-in's constructor is private and tests mock it.
     */
    class ParseResult {
        private ParseResult() {
        }

        public Query getQuery() {
            throw new UnsupportedOperationException("compile-only stand-in");
        }

        public boolean isValid() {
            throw new UnsupportedOperationException("compile-only stand-in");
        }
    }
}
