package com.atlassian.jira.issue.changehistory;

import com.atlassian.jira.issue.Issue;

import java.util.List;

/**
 * Compile-only stand-in: an issue's change history (the "History" tab).
 * <p>
 * Mirrors: jira-api 11.3 (Platform 8), checked against the Jira 6.3 original source
 * (docs/atlassian-signatures.md §7.12, status C): {@code List<ChangeHistory> getChangeHistories(Issue issue)},
 * oldest first, no checked exceptions. Only the member Glue Work calls. It reads whole change groups rather than
 * {@code getChangeItemsForField(issue, "status")} because a {@code ChangeItemBean} carries no author, and the sprint
 * report records who moved an issue.
 */
public interface ChangeHistoryManager {

    List<ChangeHistory> getChangeHistories(Issue issue);
}
