package com.atlassian.jira.issue.search;

/**
 * Compile-only stand-in: the checked exception Jira's searches throw.
 * <p>
 * Mirrors: jira-api 11.3 (Platform 8) (docs/atlassian-signatures.md §7.14: "SearchException is checked").
 * Its constructors are UNCONFIRMED and Glue Work never creates one, so the only constructor is private.
 */
public class SearchException extends Exception {
    private static final long serialVersionUID = 1L;

    private SearchException() {
    }
}
