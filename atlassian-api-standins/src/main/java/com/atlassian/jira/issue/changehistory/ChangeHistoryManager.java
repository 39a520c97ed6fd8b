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
 * The batch read {@code List<ChangeHistory> getChangeHistoriesForUser(Iterable<Issue> issues, ApplicationUser
 * remoteUser)}: "a List of ChangeHistory entities for multiple issues … much more efficient than" the one-issue method,
 * {@code @since 5.1}, no checked exceptions — declared in the Jira 6.3 original source of this interface (public
 * {@code ChangeHistoryManager.java}, where the user parameter was still crowd's {@code User}, and its implementation
 * reads all the issues' change groups in one batch, {@code ChangeHistoryBatch.createBatchForIssue(issues, …)}). The user
 * type is {@code com.atlassian.jira.user.ApplicationUser} since Jira 7 removed crowd's {@code User} from jira-api; the
 * one-issue sibling {@code getChangeHistoriesForUser(Issue, ApplicationUser)} is cited so in Jira Software 9.12.10's
 * {@code ChangeHistoryService} javadoc (https://docs.atlassian.com/jira-software/9.12.10/com/atlassian/greenhopper/service/issue/changehistory/ChangeHistoryService.html).
 * The batch member's Jira 11 declaration itself: status P (not seen in an 11.x javadoc here). The result is one flat
 * list; {@link ChangeHistory#getIssueId()} tells the issues apart.
 * Both callers use it: the sprint report (once per page of issues) and the suggestions' recent activity (issue 12);
 * Atlassian's activity-streams plugin calls it as its "bulk fetch" ({@code BulkIssueHistoryReader}).
 */
public interface ChangeHistoryManager {

    List<ChangeHistory> getChangeHistories(Issue issue);

    List<ChangeHistory> getChangeHistoriesForUser(Iterable<Issue> issues, ApplicationUser remoteUser);
}
