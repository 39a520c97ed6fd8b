package com.atlassian.jira.issue;

import com.atlassian.jira.project.Project;
import com.atlassian.jira.user.ApplicationUser;

/**
 * Compile-only stand-in: a Jira issue (read side).
 * <p>
 * Mirrors: jira-api 11.3 (Platform 8), checked against https://docs.atlassian.com/jira/latest/com/atlassian/jira/issue/Issue.html
 * (docs/atlassian-signatures.md §7.1, status P; the members below are the confirmed ones). The real
 * interface extends {@code OfBizValueWrapper, IssueContext, WithId, WithKey}; Glue Work never refers to those, so the
 * inherited {@code getId()}/{@code getKey()} are declared here directly (source-compatible for callers and mocks).
 */
public interface Issue {

    Long getId();

    String getKey();

    Project getProjectObject();

    String getSummary();

    /** Null when unassigned. Confirmed in the 7.x javadoc (§7.1); used by the sprint report for the sprint's team. */
    ApplicationUser getAssignee();
}
