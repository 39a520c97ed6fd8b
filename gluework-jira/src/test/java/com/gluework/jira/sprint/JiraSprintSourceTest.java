package com.gluework.jira.sprint;

import com.atlassian.jira.bc.issue.search.SearchService;
import com.atlassian.jira.config.StatusManager;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.MutableIssue;
import com.atlassian.jira.issue.changehistory.ChangeHistory;
import com.atlassian.jira.issue.changehistory.ChangeHistoryManager;
import com.atlassian.jira.issue.history.ChangeItemBean;
import com.atlassian.jira.issue.search.SearchException;
import com.atlassian.jira.issue.search.SearchResults;
import com.atlassian.jira.issue.status.Status;
import com.atlassian.jira.issue.status.category.StatusCategory;
import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.user.util.UserManager;
import com.atlassian.jira.web.bean.PagerFilter;
import com.atlassian.query.Query;
import com.gluework.core.report.Board;
import com.gluework.core.report.SprintIssue;
import com.gluework.core.report.StatusChange;
import com.gluework.core.report.WorkflowStatuses;
import org.junit.Before;
import org.junit.Test;
import org.mockito.ArgumentCaptor;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static com.gluework.jira.adapter.JiraMocks.issue;
import static com.gluework.jira.adapter.JiraMocks.user;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

public class JiraSprintSourceTest {
    private static final long SPRINT = 42;
    private static final int PAGE = 2;

    private final SearchService search = mock(SearchService.class);
    private final ChangeHistoryManager histories = mock(ChangeHistoryManager.class);
    private final StatusManager statuses = mock(StatusManager.class);
    private final JiraAuthenticationContext auth = mock(JiraAuthenticationContext.class);
    private final UserManager users = mock(UserManager.class);
    private final JiraSoftwareBoards boards = mock(JiraSoftwareBoards.class);
    private final Query query = mock(Query.class);
    private final ApplicationUser viewer = user("JIRAUSER1", "ana", "Ana", true);
    private JiraSprintSource source;

    @Before
    public void setUp() {
        when(boards.isAvailable()).thenReturn(true);
        when(auth.getLoggedInUser()).thenReturn(viewer);
        SearchService.ParseResult parsed = mock(SearchService.ParseResult.class);
        when(parsed.isValid()).thenReturn(true);
        when(parsed.getQuery()).thenReturn(query);
        when(search.parseQuery(any(), anyString())).thenReturn(parsed);
        source = new JiraSprintSource(search, histories, statuses, auth, users, boards, PAGE);
    }

    @Test
    public void findSprintIssues_shouldReadEveryPageInKeyOrder() throws SearchException {
        // given five issues served two per page
        List<Issue> all = new ArrayList<>();
        for (int i = 1; i <= 5; i++) {
            all.add(issue(i, "GW-" + i, 10, "issue " + i));
        }
        when(search.searchOverrideSecurity(eq(viewer), eq(query), any())).thenAnswer(call -> {
            PagerFilter<?> pager = call.getArgument(2);
            List<Issue> page = all.subList(Math.min(pager.getStart(), all.size()), Math.min(pager.getStart() + pager.getMax(), all.size()));
            return new SearchResults<>(page, all.size(), pager.getMax(), pager.getStart());
        });

        // when
        List<SprintIssue> issues = source.findSprintIssues(SPRINT);

        // then every issue once, in order, after three page requests starting at 0, 2 and 4
        assertEquals(List.of("GW-1", "GW-2", "GW-3", "GW-4", "GW-5"), issues.stream().map(i -> i.issue().key()).toList());
        ArgumentCaptor<PagerFilter<?>> pagers = ArgumentCaptor.captor();
        verify(search, times(3)).searchOverrideSecurity(eq(viewer), eq(query), pagers.capture());
        assertEquals(List.of(0, 2, 4), pagers.getAllValues().stream().map(PagerFilter::getStart).toList());
        verify(search).parseQuery(viewer, "sprint = 42 ORDER BY key ASC");
    }

    @Test
    public void findSprintIssues_shouldCostOneSearchAndOneBatchHistoryReadPerPageNeverOnePerIssue() throws SearchException {
        // given sprints of 1, 5 and 9 issues served two per page, each issue with its own status change
        for (int size : new int[] {1, 5, 9}) {
            org.mockito.Mockito.reset(search, histories);
            SearchService.ParseResult parsed = mock(SearchService.ParseResult.class);
            when(parsed.isValid()).thenReturn(true);
            when(parsed.getQuery()).thenReturn(query);
            when(search.parseQuery(any(), anyString())).thenReturn(parsed);
            List<Issue> all = new ArrayList<>();
            for (int i = 1; i <= size; i++) {
                all.add(issue(i, "GW-" + i, 10, "issue " + i));
            }
            when(search.searchOverrideSecurity(eq(viewer), eq(query), any())).thenAnswer(call -> {
                PagerFilter<?> pager = call.getArgument(2);
                List<Issue> page = all.subList(Math.min(pager.getStart(), all.size()),
                        Math.min(pager.getStart() + pager.getMax(), all.size()));
                return new SearchResults<>(page, all.size(), pager.getMax(), pager.getStart());
            });
            java.util.Map<Long, ChangeHistory> groupOf = new java.util.HashMap<>();
            for (Issue issue : all) {
                Long id = issue.getId(); // read before stubbing: a mock call inside when(...) would break it
                ChangeHistory group = history("JIRAUSER" + id, Instant.parse("2026-03-02T09:00:00Z").plusSeconds(id),
                        new ChangeItemBean("jira", "status", "1", "To Do", "3", "In Progress"));
                when(group.getIssueId()).thenReturn(id);
                groupOf.put(id, group);
            }
            // Jira's batch read answers one flat list for the page, each group naming its issue
            when(histories.getChangeHistoriesForUser(any(), eq(viewer))).thenAnswer(call -> {
                List<ChangeHistory> groups = new ArrayList<>();
                for (Issue issue : (Iterable<Issue>) call.getArgument(0)) {
                    groups.add(groupOf.get(issue.getId()));
                }
                return groups;
            });

            // when
            List<SprintIssue> issues = source.findSprintIssues(SPRINT);

            // then every issue gets exactly its own history ...
            assertEquals(size, issues.size());
            for (SprintIssue issue : issues) {
                assertEquals(List.of("JIRAUSER" + issue.issue().id()),
                        issue.statusChanges().stream().map(StatusChange::authorKey).toList());
            }
            // ... from one search per page (a full last page costs one empty search more) and one batch read per
            // non-empty page; the one-issue read is never used
            int pages = (size + PAGE - 1) / PAGE;
            int searches = size % PAGE == 0 ? pages + 1 : pages;
            verify(search, times(searches)).searchOverrideSecurity(eq(viewer), eq(query), any());
            verify(histories, times(pages)).getChangeHistoriesForUser(any(), eq(viewer));
            verify(histories, org.mockito.Mockito.never()).getChangeHistories(any());
        }
    }

    @Test
    public void findSprintIssues_whenAPageIsExactlyFull_shouldAskForOneMoreAndStopAtTheEmptyPage() throws SearchException {
        // given exactly one full page
        List<Issue> two = List.of(issue(1, "GW-1", 10, "a"), issue(2, "GW-2", 10, "b"));
        when(search.searchOverrideSecurity(any(), any(), any())).thenAnswer(call -> {
            PagerFilter<?> pager = call.getArgument(2);
            return new SearchResults<>(pager.getStart() == 0 ? two : List.<Issue>of(), 2, PAGE, pager.getStart());
        });

        // when / then
        assertEquals(2, source.findSprintIssues(SPRINT).size());
        verify(search, times(2)).searchOverrideSecurity(any(), any(), any());
    }

    @Test
    public void findSprintIssues_forAnAnonymousViewer_shouldStillFindEveryIssueOverridingSecurity() throws SearchException {
        // given nobody is logged in (the port is permission-free; the report filters by the viewer itself)
        when(auth.getLoggedInUser()).thenReturn(null);
        SearchResults<Issue> onePage = new SearchResults<>(List.of(issue(7, "GW-7", 10, "hidden")), 1, PAGE, 0);
        when(search.searchOverrideSecurity(isNull(), eq(query), any())).thenReturn(onePage);

        // when
        List<SprintIssue> issues = source.findSprintIssues(SPRINT);

        // then the security-overriding search was used, never the permission-checked one
        assertEquals("GW-7", issues.get(0).issue().key());
        verify(search).searchOverrideSecurity(isNull(), eq(query), any());
    }

    @Test
    public void withoutJiraSoftware_shouldBeUnavailableAndNeverSearch() {
        // given
        when(boards.isAvailable()).thenReturn(false);

        // when / then
        assertFalse(source.isAvailable());
        assertTrue(source.findSprintIssues(SPRINT).isEmpty());
        verifyNoInteractions(search, histories);
    }

    @Test
    public void findSprintIssues_shouldMapOnlyJirasStatusFieldFromTheChangeHistory() throws SearchException {
        // given one issue whose history has a status change, a summary change and a custom field called "Status"
        MutableIssue issue = issue(1, "GW-1", 10, "a");
        oneResultPage(issue);
        Instant movedAt = Instant.parse("2026-03-02T09:30:00Z");
        ChangeHistory history = history("JIRAUSER2", movedAt,
                new ChangeItemBean("jira", "status", "10000", "To Do", "3", "In Progress"),
                new ChangeItemBean("jira", "summary", null, "old", null, "new"),
                new ChangeItemBean("custom", "Status", null, "green", null, "red"));
        ChangeHistory later = history("JIRAUSER3", movedAt.plusSeconds(3600),
                new ChangeItemBean("jira", "status", "3", "In Progress", "10001", "Done"));
        when(histories.getChangeHistoriesForUser(List.of(issue), viewer)).thenReturn(List.of(later, history));

        // when
        List<StatusChange> changes = source.findSprintIssues(SPRINT).get(0).statusChanges();

        // then two status transitions, oldest first, with names, times and authors
        assertEquals(List.of(
                new StatusChange(movedAt, "To Do", "In Progress", "JIRAUSER2"),
                new StatusChange(movedAt.plusSeconds(3600), "In Progress", "Done", "JIRAUSER3")), changes);
    }

    @Test
    public void findSprintIssues_withAHistoryWithoutAuthor_shouldKeepTheTransitionWithNoAuthor() throws SearchException {
        // given an automation moved the issue (Jira records no author)
        MutableIssue issue = issue(1, "GW-1", 10, "a");
        oneResultPage(issue);
        Instant at = Instant.parse("2026-03-03T10:00:00Z");
        ChangeHistory byAutomation = history(null, at, new ChangeItemBean("jira", "status", "1", "Open", "5", "Resolved"));
        when(histories.getChangeHistoriesForUser(List.of(issue), viewer)).thenReturn(List.of(byAutomation));

        // when
        StatusChange change = source.findSprintIssues(SPRINT).get(0).statusChanges().get(0);

        // then
        assertEquals("Resolved", change.toStatus());
        assertNull(change.authorKey());
        assertTrue(change.author().isEmpty());
    }

    @Test
    public void findSprintIssues_shouldCarryEachIssuesAssigneeKey() throws SearchException {
        // given
        MutableIssue assigned = issue(1, "GW-1", 10, "a");
        MutableIssue unassigned = issue(2, "GW-2", 10, "b");
        ApplicationUser bo = user("JIRAUSER9", "bo", "Bo", true);
        when(assigned.getAssignee()).thenReturn(bo);
        when(search.searchOverrideSecurity(any(), any(), any())).thenAnswer(call -> {
            PagerFilter<?> pager = call.getArgument(2);
            List<Issue> page = pager.getStart() == 0 ? List.of(assigned, unassigned) : List.of();
            return new SearchResults<>(page, 2, PAGE, pager.getStart());
        });

        // when
        List<SprintIssue> issues = source.findSprintIssues(SPRINT);

        // then
        assertEquals("JIRAUSER9", issues.get(0).assigneeKey());
        assertNull(issues.get(1).assigneeKey());
    }

    @Test
    public void boardsAndSprints_shouldBeLookedUpAsTheViewersJiraUser() {
        // given
        ApplicationUser bo = user("JIRAUSER9", "bo", "Bo", true);
        when(users.getUserByKey("JIRAUSER9")).thenReturn(bo);
        when(boards.findBoards(bo)).thenReturn(List.of(new Board(1, "Team")));

        // when / then
        assertEquals(List.of(new Board(1, "Team")), source.findBoards(Optional.of("JIRAUSER9")));
        assertTrue(source.findSprint(Optional.of("JIRAUSER9"), 7).isEmpty());
        verify(boards).findSprint(bo, 7);
        source.findBoardSprints(Optional.empty(), 3);
        verify(boards).findBoardSprints(null, 3);
        source.findBoard(Optional.of("gone"), 3);
        verify(boards).findBoard(null, 3); // a key Jira no longer knows sees what an anonymous visitor sees
    }

    @Test
    public void findSprintIssues_whenJiraCannotParseTheSprintClause_shouldFailLoudly() {
        // given
        SearchService.ParseResult invalid = mock(SearchService.ParseResult.class);
        when(invalid.isValid()).thenReturn(false);
        when(search.parseQuery(any(), anyString())).thenReturn(invalid);

        // when / then
        assertThrows(IllegalStateException.class, () -> source.findSprintIssues(SPRINT));
    }

    @Test
    public void workflowStatuses_shouldComeFromTheStatusCategories() {
        // given a custom workflow's names
        List<Status> custom = List.of(status("Backlog", "new"), status("In development", "indeterminate"),
                status("Shipped", "done"), status("Rejected", "done"));
        when(statuses.getStatuses()).thenReturn(custom);

        // when
        WorkflowStatuses workflow = source.workflowStatuses();

        // then
        assertTrue(workflow.isInProgress("In development"));
        assertTrue(workflow.isDone("Shipped"));
        assertTrue(workflow.isDone("Rejected"));
        assertFalse(workflow.isInProgress("Backlog"));
        assertFalse(workflow.isDone("Done")); // not a status of this instance
    }

    @Test
    public void workflowStatuses_whenJiraReportsNoStatuses_shouldFallBackToJirasDefaultNames() {
        when(statuses.getStatuses()).thenReturn(List.of());

        assertEquals(WorkflowStatuses.jiraDefaults(), source.workflowStatuses());
    }

    private void oneResultPage(Issue issue) throws SearchException {
        when(search.searchOverrideSecurity(any(), any(), any())).thenReturn(new SearchResults<>(List.of(issue), 1, PAGE, 0));
    }

    private static ChangeHistory history(String authorKey, Instant at, ChangeItemBean... items) {
        ChangeHistory history = mock(ChangeHistory.class);
        when(history.getIssueId()).thenReturn(1L); // the tests' histories are all GW-1's
        when(history.getAuthorKey()).thenReturn(authorKey);
        when(history.getTimePerformed()).thenReturn(Timestamp.from(at));
        when(history.getChangeItemBeans()).thenReturn(List.of(items));
        return history;
    }

    private static Status status(String name, String categoryKey) {
        StatusCategory category = mock(StatusCategory.class);
        when(category.getKey()).thenReturn(categoryKey);
        Status status = mock(Status.class);
        when(status.getName()).thenReturn(name);
        when(status.getStatusCategory()).thenReturn(category);
        return status;
    }
}
