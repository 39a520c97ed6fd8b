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
import com.atlassian.jira.issue.issuetype.IssueType;
import com.atlassian.jira.issue.link.RemoteIssueLink;
import com.atlassian.jira.issue.link.RemoteIssueLinkManager;
import com.atlassian.jira.issue.search.SearchException;
import com.atlassian.jira.issue.search.SearchResults;
import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.web.bean.PagerFilter;
import com.atlassian.query.Query;
import com.atlassian.sal.api.ApplicationProperties;
import com.atlassian.sal.api.UrlMode;
import com.gluework.core.port.SprintSource;
import com.gluework.core.report.Sprint;
import com.gluework.core.report.SprintState;
import com.gluework.core.suggest.GlueSuggester;
import com.gluework.core.suggest.GlueSuggestion;
import com.gluework.core.suggest.IssueActivity;
import com.gluework.core.suggest.RemoteLink;
import com.gluework.core.suggest.RunbookLinkRules;
import com.gluework.core.suggest.SprintPeriod;
import com.gluework.core.suggest.SuggestionConfidence;
import com.gluework.core.suggest.SuggestionEvidence;
import com.gluework.core.testing.InMemorySuggestionDismissals;
import org.junit.Before;
import org.junit.Test;

import java.net.URI;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;

import static com.gluework.jira.adapter.JiraMocks.issue;
import static com.gluework.jira.adapter.JiraMocks.user;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/**
 * The Jira activity reader: change groups, comments, remote links, the issue type and address and the first sprint
 * become the rules' activity, and a list of issues costs one search, ONE change-history read and one sprint lookup per
 * distinct sprint, however many issues it holds; comments are one read per issue (Jira's public API has no cheaper
 * batch, see the class javadoc) and remote links one read per incident issue.
 */
public class JiraIssueActivitySourceTest {
    private static final Instant T = Instant.parse("2026-11-20T10:00:00Z");
    private static final String BASE = "https://jira.example.com/jira";

    private final IssueManager issues = mock(IssueManager.class);
    private final ChangeHistoryManager histories = mock(ChangeHistoryManager.class);
    private final CommentManager comments = mock(CommentManager.class);
    private final RemoteIssueLinkManager remoteLinks = mock(RemoteIssueLinkManager.class);
    private final SearchService search = mock(SearchService.class);
    private final JiraAuthenticationContext auth = mock(JiraAuthenticationContext.class);
    private final ApplicationProperties properties = mock(ApplicationProperties.class);
    private final SprintSource sprints = mock(SprintSource.class);
    private final ApplicationUser viewer = user("JIRAUSER1", "ana", "Ana", true);
    private final Query query = mock(Query.class);
    private final JiraIssueActivitySource source = new JiraIssueActivitySource(issues, histories, comments, remoteLinks,
            search, auth, properties, sprints);

    @Before
    public void setUp() {
        when(auth.getLoggedInUser()).thenReturn(viewer);
        SearchService.ParseResult parsed = mock(SearchService.ParseResult.class);
        when(parsed.isValid()).thenReturn(true);
        when(parsed.getQuery()).thenReturn(query);
        when(search.parseQuery(any(), anyString())).thenReturn(parsed);
        when(properties.getBaseUrl(UrlMode.CANONICAL)).thenReturn(BASE + "/");
        when(sprints.isAvailable()).thenReturn(true);
        when(sprints.findSprint(any(), anyLong())).thenReturn(Optional.empty());
    }

    @Test
    public void findActivity_shouldTurnAHandOffInJiraIntoASuggestion() {
        // given dave hands GW-1 to frank with a note
        MutableIssue gw1 = handedOver(10001, "GW-1", "Story");
        when(issues.getIssueObject(10001L)).thenReturn(gw1);

        // when
        IssueActivity activity = source.findActivity(JiraIssueSource.toRef(gw1).orElseThrow()).orElseThrow();
        List<GlueSuggestion> suggested = suggest(activity);

        // then
        assertEquals("frank", activity.assigneeKey());
        assertEquals(List.of("dave/coordination"), suggested.stream().map(s -> s.personKey() + "/" + s.categoryKey()).toList());
    }

    @Test
    public void findActivity_shouldBringARunbookErinLinkedToAnIncidentToTheRunbookRule() {
        // given erin linked the Confluence runbook to incident INC-7; Jira's remote link says nothing of who did it,
        // the change history's RemoteIssueLink item (new value: the link's id) does
        MutableIssue inc7 = issue(20007, "INC-7", 30, "Card payments time out");
        type(inc7, "Incident");
        when(issues.getIssueObject(20007L)).thenReturn(inc7);
        ChangeHistory linked = history(20007, "erin", T, new ChangeItemBean("jira", "RemoteIssueLink", null, null,
                "10500", "This issue links to \"Payments outage runbook (Confluence)\""));
        when(histories.getChangeHistories(inc7)).thenReturn(List.of(linked));
        when(comments.getComments(inc7)).thenReturn(List.of());
        when(remoteLinks.getRemoteIssueLinksForIssue(inc7)).thenReturn(List.of(
                remoteLink(10500L, 20007L, "Payments outage runbook", "https://wiki.example.com/display/OPS/Payments+outage+runbook",
                        "Wiki Page", "com.atlassian.confluence"),
                remoteLink(10501L, 20007L, "Status page", "https://status.example.com/incidents/42", "links to", null)));

        // when
        IssueActivity activity = source.findActivity(JiraIssueSource.toRef(inc7).orElseThrow()).orElseThrow();
        List<GlueSuggestion> suggested = suggest(activity);

        // then the issue type, its address and both links are read; the runbook link is erin's
        assertEquals("Incident", activity.issueType());
        assertEquals(URI.create(BASE + "/browse/INC-7"), activity.issueUrl());
        assertEquals(List.of("10500/erin", "10501/null"),
                activity.remoteLinks().stream().map(l -> l.id() + "/" + l.addedByKey()).toList());
        RemoteLink runbook = activity.remoteLinks().get(0);
        assertEquals("com.atlassian.confluence", runbook.applicationType());
        assertEquals("Wiki Page", runbook.relationship());
        assertEquals(List.of(), runbook.labels()); // Jira's remote links carry no page labels

        // and the core suggester credits erin, at MEDIUM: the title says runbook, Jira cannot say the labels do
        assertEquals(1, suggested.size());
        GlueSuggestion suggestion = suggested.get(0);
        assertEquals("erin", suggestion.personKey());
        assertEquals("documentation", suggestion.categoryKey());
        assertEquals(RunbookLinkRules.RULE, suggestion.rule());
        assertEquals(SuggestionConfidence.Level.MEDIUM, suggestion.confidence().level());
        assertEquals(List.of(new SuggestionEvidence("Linked the Confluence page \u201cPayments outage runbook\u201d", T,
                URI.create("https://wiki.example.com/display/OPS/Payments+outage+runbook"))), suggestion.evidence());
    }

    @Test
    public void findActivity_shouldNeverReadACommentRestrictedToAGroupOrARole() {
        // given three comments on GW-3: one for everyone, one for a group, one for a project role
        MutableIssue gw3 = issue(10003, "GW-3", 10, "Rotate the certificate");
        when(issues.getIssueObject(10003L)).thenReturn(gw3);
        when(histories.getChangeHistories(gw3)).thenReturn(List.of());
        Comment open = comment(31L, "dave", T, "Handing over: the certificate is in the vault.");
        Comment forAdmins = comment(32L, "dave", T.plusSeconds(60), "The vault password is in the admins' safe.");
        when(forAdmins.getGroupLevel()).thenReturn("jira-administrators");
        Comment forDevelopers = comment(33L, "frank", T.plusSeconds(120), "LGTM, approved the PR.");
        when(forDevelopers.getRoleLevelId()).thenReturn(10002L);
        when(comments.getComments(gw3)).thenReturn(List.of(open, forAdmins, forDevelopers));

        // when
        IssueActivity activity = source.findActivity(JiraIssueSource.toRef(gw3).orElseThrow()).orElseThrow();

        // then only the open comment is read, with a link to it
        assertEquals(List.of("31"), activity.comments().stream().map(c -> c.id()).toList());
        assertEquals(URI.create(BASE + "/browse/GW-3?focusedCommentId=31"
                        + "&page=com.atlassian.jira.plugin.system.issuetabpanels%3Acomment-tabpanel#comment-31"),
                activity.comments().get(0).link());
    }

    @Test
    public void findActivity_shouldTakeTheFirstSprintTheHistoryPlannedTheIssueIn() {
        // given GW-4 was planned into sprint 12, then carried into sprint 13
        MutableIssue gw4 = issue(10004, "GW-4", 10, "Split the payout job");
        when(issues.getIssueObject(10004L)).thenReturn(gw4);
        ChangeHistory planned = history(10004, "alice", T, new ChangeItemBean("custom", "Sprint", "", "", "12", "GW Sprint 12"));
        ChangeHistory carried = history(10004, "alice", T.plusSeconds(14 * 86_400L),
                new ChangeItemBean("custom", "Sprint", "12", "GW Sprint 12", "12, 13", "GW Sprint 12, GW Sprint 13"));
        when(histories.getChangeHistories(gw4)).thenReturn(List.of(planned, carried));
        when(comments.getComments(gw4)).thenReturn(List.of());
        when(sprints.findSprint(Optional.of("JIRAUSER1"), 12L)).thenReturn(Optional.of(sprint(12, T.plusSeconds(3600))));
        when(sprints.findSprint(Optional.of("JIRAUSER1"), 13L)).thenReturn(Optional.of(sprint(13, T.plusSeconds(15 * 86_400L))));

        // when
        IssueActivity activity = source.findActivity(JiraIssueSource.toRef(gw4).orElseThrow()).orElseThrow();

        // then
        assertEquals(new SprintPeriod(T.plusSeconds(3600), T.plusSeconds(3600 + 14 * 86_400L)), activity.sprint());
    }

    @Test
    public void findActivity_shouldLeaveTheSprintAndTheAddressUnknownWhenJiraCannotSay() {
        // given no Jira Software and no base URL
        when(sprints.isAvailable()).thenReturn(false);
        when(properties.getBaseUrl(UrlMode.CANONICAL)).thenReturn(null);
        MutableIssue gw5 = issue(10005, "GW-5", 10, "Typo");
        when(issues.getIssueObject(10005L)).thenReturn(gw5);
        ChangeHistory planned = history(10005, "alice", T, new ChangeItemBean("custom", "Sprint", "", "", "12", "GW Sprint 12"));
        when(histories.getChangeHistories(gw5)).thenReturn(List.of(planned));
        when(comments.getComments(gw5)).thenReturn(List.of());

        // when
        IssueActivity activity = source.findActivity(JiraIssueSource.toRef(gw5).orElseThrow()).orElseThrow();

        // then
        assertNull(activity.sprint());
        assertNull(activity.issueUrl());
        assertEquals("", activity.issueType());
        verify(sprints, never()).findSprint(any(), anyLong());
    }

    @Test
    public void recentActivity_shouldReadAListWithAConstantNumberOfBatchReadsBesidesCommentsAndIncidentLinks() throws SearchException {
        // given 25 recently updated issues, each handed over and planned into sprint 12; every fifth is an incident
        List<Issue> found = new ArrayList<>();
        List<ChangeHistory> allHistories = new ArrayList<>();
        for (int i = 1; i <= 25; i++) {
            MutableIssue issue = handedOver(10000 + i, "GW-" + i, i % 5 == 0 ? "Incident" : "Story");
            when(remoteLinks.getRemoteIssueLinksForIssue(issue)).thenReturn(List.of());
            found.add(issue);
            allHistories.add(historyOf(10000 + i));
            allHistories.add(history(10000 + i, "alice", T.minusSeconds(86_400),
                    new ChangeItemBean("custom", "Sprint", "", "", "12", "GW Sprint 12")));
        }
        when(search.searchOverrideSecurity(eq(viewer), eq(query), any())).thenReturn(new SearchResults<>(found, 25, 200, 0));
        when(histories.getChangeHistoriesForUser(found, viewer)).thenReturn(allHistories);
        when(sprints.findSprint(Optional.of("JIRAUSER1"), 12L)).thenReturn(Optional.of(sprint(12, T.minusSeconds(3600))));

        // when
        List<IssueActivity> activities = source.recentActivity(T.minusSeconds(86_400 * 90L), 200);

        // then each issue has its own history, sprint, type and address
        assertEquals(25, activities.size());
        activities.forEach(a -> assertEquals(a.issue().key(), 3, a.history().size()));
        activities.forEach(a -> assertEquals(a.issue().key(), T.minusSeconds(3600), a.sprint().start()));
        activities.forEach(a -> assertEquals(URI.create(BASE + "/browse/" + a.issue().key()), a.issueUrl()));
        assertEquals(5, activities.stream().filter(a -> a.issueType().equals("Incident")).count());

        // and the host was asked: one search, one history batch, one base URL, one sprint lookup for the whole list
        verify(search, times(1)).searchOverrideSecurity(eq(viewer), eq(query), any(PagerFilter.class));
        verify(histories, times(1)).getChangeHistoriesForUser(found, viewer);
        verify(histories, never()).getChangeHistories(any());
        verify(properties, times(1)).getBaseUrl(UrlMode.CANONICAL);
        verify(sprints, times(1)).findSprint(any(), anyLong());
        // per issue only where Jira has no batch: comments for all 25, remote links for the 5 incidents
        verify(comments, times(25)).getComments(any());
        verify(remoteLinks, times(5)).getRemoteIssueLinksForIssue(any());
    }

    private List<GlueSuggestion> suggest(IssueActivity activity) {
        return new GlueSuggester(GlueSuggester.defaultRules(), new InMemorySuggestionDismissals()).suggest(activity, List.of());
    }

    private MutableIssue handedOver(long id, String key, String type) {
        MutableIssue issue = issue(id, key, 10, "Rotate the certificate");
        type(issue, type);
        ApplicationUser frank = user("frank", "frank", "Frank", true);
        when(issue.getAssignee()).thenReturn(frank);
        ChangeHistory history = historyOf(id);
        when(histories.getChangeHistories(issue)).thenReturn(List.of(history));
        Comment note = comment(id * 10, "dave", T.minusSeconds(600),
                "Handing over to [~frank]: the certificate is in the vault, upload steps are in the runbook.");
        when(comments.getComments(issue)).thenReturn(List.of(note));
        when(remoteLinks.getRemoteIssueLinksForIssue(issue)).thenReturn(List.of());
        return issue;
    }

    private static void type(MutableIssue issue, String name) {
        IssueType type = mock(IssueType.class);
        when(type.getName()).thenReturn(name);
        when(issue.getIssueType()).thenReturn(type);
    }

    private static Comment comment(long id, String author, Instant at, String body) {
        Comment comment = mock(Comment.class);
        when(comment.getId()).thenReturn(id);
        when(comment.getAuthorKey()).thenReturn(author);
        when(comment.getCreated()).thenReturn(Date.from(at));
        when(comment.getBody()).thenReturn(body);
        // Jira answers null for a comment visible to everyone (Mockito's default for a Long would be 0)
        when(comment.getGroupLevel()).thenReturn(null);
        when(comment.getRoleLevelId()).thenReturn(null);
        return comment;
    }

    /** Built with the real class's public 15-argument constructor (it is final). */
    private static RemoteIssueLink remoteLink(long id, long issueId, String title, String url, String relationship,
                                              String applicationType) {
        return new RemoteIssueLink(id, issueId, "appId=1&pageId=" + id, title, null, url, null, null, relationship,
                null, null, null, null, applicationType, applicationType == null ? null : "Example Wiki");
    }

    private static Sprint sprint(long id, Instant start) {
        return new Sprint(id, 7, "GW Sprint " + id, SprintState.CLOSED, start, start.plusSeconds(14 * 86_400L),
                start.plusSeconds(14 * 86_400L));
    }

    private static ChangeHistory historyOf(long issueId) {
        return history(issueId, "dave", T,
                new ChangeItemBean("jira", "assignee", "dave", "Dave", "frank", "Frank"),
                new ChangeItemBean("jira", "status", "3", "In Progress", "10001", "In Review"));
    }

    private static ChangeHistory history(long issueId, String author, Instant at, ChangeItemBean... items) {
        ChangeHistory history = mock(ChangeHistory.class);
        when(history.getIssueId()).thenReturn(issueId);
        when(history.getAuthorKey()).thenReturn(author);
        when(history.getTimePerformed()).thenReturn(Timestamp.from(at));
        when(history.getChangeItemBeans()).thenReturn(List.of(items));
        return history;
    }
}
