package com.atlassian.jira.issue;

/**
 * Compile-only stand-in: looks issues up without any permission check. Both methods return null when the issue does
 * not exist; {@code getIssueObject(String)} also follows the old keys of a moved issue.
 * <p>
 * Mirrors: jira-api 11.3 (Platform 8); checked against the Jira 6.3 source and the jira/server 7.x
 * {@code RequestCachingIssueManager} method list (docs/atlassian-signatures.md §7.2, status C). Both
 * really declare {@code throws com.atlassian.jira.exception.DataAccessException}, which is unchecked; the clause is
 * left out so that no stand-in for that exception is needed — callers compile identically.
 */
public interface IssueManager {

    MutableIssue getIssueObject(Long id);

    MutableIssue getIssueObject(String key);
}
