package com.atlassian.jira.issue;

import com.atlassian.jira.issue.issuetype.IssueType;
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

    /**
     * The issue's type, inherited from {@code IssueContext} in the real API (Jira 7+: {@code IssueType getIssueType()},
     * https://docs.atlassian.com/jira/latest/com/atlassian/jira/issue/context/IssueContextImpl.html "Gets the IssueType
     * for this IssueContext"; Jira 4–6 returned a {@code GenericValue} here and had {@code getIssueTypeObject()}).
     * Jira 10/11: UNCONFIRMED. Read by the suggestions (issue 12): the runbook rule looks at incidents only.
     */
    IssueType getIssueType();
}
