package com.atlassian.jira.issue.status;

import com.atlassian.jira.issue.status.category.StatusCategory;

/**
 * Compile-only stand-in: a workflow status ("In Progress", "Done" …).
 * <p>
 * Mirrors: jira-api 11.3 (Platform 8). {@code String getName()} and {@code StatusCategory getStatusCategory()} are seen
 * in public Jira server plugin code ({@code import com.atlassian.jira.issue.status.Status}; code index), and
 * docs/atlassian-signatures.md §7.1 ({@code Issue.getStatus()} returns this type). The real interface
 * extends {@code IssueConstant}, which declares {@code getName()}; declared here directly. Only the members Glue Work calls.
 */
public interface Status {

    String getName();

    StatusCategory getStatusCategory();
}
