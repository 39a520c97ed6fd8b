package com.gluework.jira.adapter;

import com.atlassian.jira.bc.issue.search.SearchService;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.IssueManager;
import com.atlassian.jira.issue.MutableIssue;
import com.atlassian.jira.issue.changehistory.ChangeHistory;
import com.atlassian.jira.issue.changehistory.ChangeHistoryManager;
import com.atlassian.jira.issue.comments.Comment;
import com.atlassian.jira.issue.comments.CommentManager;
import com.atlassian.jira.issue.history.ChangeItemBean;
import com.atlassian.jira.issue.search.SearchException;
import com.atlassian.jira.issue.search.SearchResults;
import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.web.bean.PagerFilter;
import com.atlassian.query.Query;
import com.gluework.core.suggest.GlueSuggester;
import com.gluework.core.suggest.GlueSuggestion;
import com.gluework.core.suggest.IssueActivity;
import com.gluework.core.testing.InMemorySuggestionDismissals;
import org.junit.Before;
import org.junit.Test;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import static com.gluework.jira.adapter.JiraMocks.issue;
import static com.gluework.jira.adapter.JiraMocks.user;
import static org.junit.Assert.assertEquals;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/**
 * The Jira activity reader: change groups and comments become the rules' activity, and a list of issues costs one
 * search and ONE change-history read, however many issues it holds (comments: one read per issue, Jira has no batch).
 */
public class JiraIssueActivitySourceTest {
    private static final Instant T = Instant.parse("2026-11-20T10:00:00Z");

    private final IssueManager issues = mock(IssueManager.class);
    private final ChangeHistoryManager histories = mock(ChangeHistoryManager.class);
    private final CommentManager comments = mock(CommentManager.class);
    private final SearchService search = mock(SearchService.class);
    private final JiraAuthenticationContext auth = mock(JiraAuthenticationContext.class);
    private final ApplicationUser viewer = user("JIRAUSER1", "ana", "Ana", true);
    private final Query query = mock(Query.class);
    private final JiraIssueActivitySource source = new JiraIssueActivitySource(issues, histories, comments, search, auth);

    @Before
    public void setUp() {
        when(auth.getLoggedInUser()).thenReturn(viewer);
        SearchService.ParseResult parsed = mock(SearchService.ParseResult.class);
        when(parsed.isValid()).thenReturn(true);
        when(parsed.getQuery()).thenReturn(query);
        when(search.parseQuery(any(), anyString())).thenReturn(parsed);
    }

    @Test
    public void findActivity_shouldTurnAHandOffInJiraIntoASuggestion() {
        // given dave hands GW-1 to frank with a note
        MutableIssue gw1 = handedOver(10001, "GW-1");
        when(issues.getIssueObject(10001L)).thenReturn(gw1);

        // when
        IssueActivity activity = source.findActivity(JiraIssueSource.toRef(gw1).orElseThrow()).orElseThrow();
        List<GlueSuggestion> suggested = new GlueSuggester(GlueSuggester.defaultRules(), new InMemorySuggestionDismissals())
                .suggest(activity, List.of());

        // then
        assertEquals("frank", activity.assigneeKey());
        assertEquals(List.of("dave/coordination"), suggested.stream().map(s -> s.personKey() + "/" + s.categoryKey()).toList());
    }

    @Test
    public void recentActivity_shouldReadTheChangeHistoriesOfAListInOneBatchCall() throws SearchException {
        // given 25 recently updated issues, each handed over
        List<Issue> found = new ArrayList<>();
        List<ChangeHistory> allHistories = new ArrayList<>();
        for (int i = 1; i <= 25; i++) {
            MutableIssue issue = handedOver(10000 + i, "GW-" + i);
            found.add(issue);
            allHistories.add(historyOf(10000 + i));
        }
        when(search.searchOverrideSecurity(eq(viewer), eq(query), any())).thenReturn(new SearchResults<>(found, 25, 200, 0));
        when(histories.getChangeHistoriesForUser(found, viewer)).thenReturn(allHistories);

        // when
        List<IssueActivity> activities = source.recentActivity(T.minusSeconds(86_400 * 90L), 200);

        // then each issue has its own history, read in one call; never the one-issue read
        assertEquals(25, activities.size());
        activities.forEach(a -> assertEquals(a.issue().key(), 2, a.history().size()));
        verify(histories, times(1)).getChangeHistoriesForUser(found, viewer);
        verify(histories, never()).getChangeHistories(any());
        verify(search, times(1)).searchOverrideSecurity(eq(viewer), eq(query), any(PagerFilter.class));
        verify(comments, times(25)).getComments(any()); // Jira has no batch read of comments
    }

    private MutableIssue handedOver(long id, String key) {
        MutableIssue issue = issue(id, key, 10, "Rotate the certificate");
        ApplicationUser frank = user("frank", "frank", "Frank", true);
        when(issue.getAssignee()).thenReturn(frank);
        ChangeHistory history = historyOf(id);
        when(histories.getChangeHistories(issue)).thenReturn(List.of(history));
        Comment note = mock(Comment.class);
        when(note.getId()).thenReturn(id * 10);
        when(note.getAuthorKey()).thenReturn("dave");
        when(note.getCreated()).thenReturn(Date.from(T.minusSeconds(600)));
        when(note.getBody()).thenReturn("Handing over to [~frank]: the certificate is in the vault, upload steps are in the runbook.");
        when(comments.getComments(issue)).thenReturn(List.of(note));
        return issue;
    }

    private static ChangeHistory historyOf(long issueId) {
        ChangeHistory history = mock(ChangeHistory.class);
        when(history.getIssueId()).thenReturn(issueId);
        when(history.getAuthorKey()).thenReturn("dave");
        when(history.getTimePerformed()).thenReturn(Timestamp.from(T));
        when(history.getChangeItemBeans()).thenReturn(List.of(
                new ChangeItemBean("jira", "assignee", "dave", "Dave", "frank", "Frank"),
                new ChangeItemBean("jira", "status", "3", "In Progress", "10001", "In Review")));
        return history;
    }
}
