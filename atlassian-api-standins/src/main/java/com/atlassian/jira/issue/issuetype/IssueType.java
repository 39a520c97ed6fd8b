package com.atlassian.jira.issue.issuetype;

/**
 * Compile-only stand-in: an issue type ("Story", "Bug", "Incident"…).
 * <p>
 * Mirrors: jira-api, {@code @PublicApi public interface IssueType extends IssueConstant}
 * (https://docs.atlassian.com/jira/7.1.7/com/atlassian/jira/issue/issuetype/IssueType.html); {@code String getName()}
 * is inherited from {@code IssueConstant} (listed there, and declared so in
 * https://docs.atlassian.com/jira/4.4.4/com/atlassian/jira/issue/IssueConstant.html). As in the {@code Issue} stand-in,
 * the inherited member is declared here directly (source-compatible for callers and mocks). Jira 10/11: UNCONFIRMED.
 * Only the member Glue Work calls.
 */
public interface IssueType {

    String getName();
}
