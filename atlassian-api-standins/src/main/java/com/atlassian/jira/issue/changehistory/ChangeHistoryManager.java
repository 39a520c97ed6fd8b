package com.atlassian.jira.issue.changehistory;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.user.ApplicationUser;

import java.util.List;

/**
 * Compile-only stand-in: an issue's change history (the "History" tab).
 * <p>
 * Mirrors: jira-api 11.3 (Platform 8), checked against the Jira 6.3 original source
 * (docs/atlassian-signatures.md §7.12, status C): {@code List<ChangeHistory> getChangeHistories(Issue issue)},
 * oldest first, no checked exceptions. Only the member Glue Work calls. It reads whole change groups rather than
 * {@code getChangeItemsForField(issue, "status")} because a {@code ChangeItemBean} carries no author, and the sprint
 * report records who moved an issue.
 * <p>
 * {@code getChangeHistoriesForUser(Iterable<Issue>, ApplicationUser)} reads the change groups of many issues in one
 * batch (the suggestions' list of recent activity, issue 12). Seen in Jira's original source of this interface (a
 * public copy found through the code index): {@code List<ChangeHistory> getChangeHistoriesForUser(Iterable<Issue> issues,
 * User remoteUser)}, "much more efficient than" the one-issue form, {@code @since 5.1}; its implementation reads all
 * the issues' change groups in one {@code ChangeHistoryBatch}; Atlassian's activity-streams plugin calls it as its
 * "bulk fetch" ({@code BulkIssueHistoryReader}). The crowd {@code User} parameter is {@code ApplicationUser} from Jira
 * 7 on, as for every user parameter of this interface: that form is UNCONFIRMED for 11.3 (no newer javadoc was
 * reachable), like the one-issue {@code getChangeHistoriesForUser(Issue, ApplicationUser)} in
 * docs/atlassian-signatures.md §7.12.
 */
public interface ChangeHistoryManager {

    List<ChangeHistory> getChangeHistories(Issue issue);

    List<ChangeHistory> getChangeHistoriesForUser(Iterable<Issue> issues, ApplicationUser remoteUser);
}
