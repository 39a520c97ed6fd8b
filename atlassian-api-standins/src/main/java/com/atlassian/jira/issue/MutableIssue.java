package com.atlassian.jira.issue;

/**
 * Compile-only stand-in: what {@link IssueManager} returns. Glue Work only reads it, so no setters are declared.
 * <p>
 * Mirrors: jira-api 11.3 (Platform 8), {@code public interface MutableIssue extends Issue}
 * (docs/atlassian-signatures.md §7.1).
 */
public interface MutableIssue extends Issue {
}
