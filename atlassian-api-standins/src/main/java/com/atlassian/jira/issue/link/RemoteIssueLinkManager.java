package com.atlassian.jira.issue.link;

import com.atlassian.jira.issue.Issue;

import java.util.List;

/**
 * Compile-only stand-in: an issue's remote links (Confluence pages, pull requests, web pages), without permission
 * checks.
 * <p>
 * Mirrors: jira-api ({@code @PublicApi}, since 5.0). {@code List<RemoteIssueLink> getRemoteIssueLinksForIssue(Issue
 * issue)} ("will never return null"; no checked exception) is listed in the Jira 7.0.8 javadoc of its implementation
 * (https://docs.atlassian.com/jira/7.0.8/com/atlassian/jira/issue/link/DefaultRemoteIssueLinkManager.html) and declared
 * so in the public Jira 6.x original source of this interface (found with the {@code search} tool's code corpus; the
 * index does not name the repository); public Jira scripts call it as {@code
 * ComponentAccessor.getComponent(RemoteIssueLinkManager).getRemoteIssueLinksForIssue(issue)}. Jira 10/11 declaration:
 * UNCONFIRMED (no 10.x/11.x javadoc reachable; the interface is {@code @PublicApi}). Only the member Glue Work calls.
 * The interface has no read of the links of many issues at once (only {@code findRemoteIssueLinksByGlobalIds}, by
 * the linked object's global id), so a list of issues reads them per issue, and only for the issue types a rule reads
 * links of (docs/suggestions.md).
 */
public interface RemoteIssueLinkManager {

    List<RemoteIssueLink> getRemoteIssueLinksForIssue(Issue issue);
}
