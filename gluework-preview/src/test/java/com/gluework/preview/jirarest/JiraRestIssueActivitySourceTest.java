package com.gluework.preview.jirarest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.gluework.core.suggest.HistoryItem;
import com.gluework.core.suggest.IssueActivity;
import com.gluework.core.suggest.IssueComment;
import com.gluework.core.suggest.RemoteLink;
import com.gluework.core.suggest.SprintPeriod;
import org.junit.Test;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

/** Reading an issue's activity from responses real Jira servers sent (testdata/), and from the shapes Jira documents. */
public class JiraRestIssueActivitySourceTest {
    static final String JRJC_ALL_EXPANDED = "schrepfler__jira-rest-java-client/test/src/test/resources/json/issue/valid-all-expanded.json";
    static final String JRJC_WITH_CHANGELOG = "schrepfler__jira-rest-java-client/test/src/test/resources/json/issue/valid-5.0-with-changelog.json";
    static final String JRJC_ANONYMOUS_COMMENT = "schrepfler__jira-rest-java-client/test/src/test/resources/json/issue/valid-anonymous-comment.json";
    static final String COMMENTS_10002 = "sumoheavy__jira-ruby/spec/mock_responses/issue/10002/comment.json";
    static final String REMOTE_LINKS = "andygrunwald__go-jira/testing/mock-data/remote_links.json";

    @Test
    public void toActivity_shouldReadTheChangelogWithRawValuesAndTheEmbeddedComments() {
        // when
        IssueActivity activity = JiraRestIssueActivitySource.toActivity(SharedJiraResponses.read(JRJC_ALL_EXPANDED), null, null);

        // then
        assertEquals("TST-2", activity.issue().key());
        assertEquals("Bug", activity.issueType());
        assertEquals("wseliga", activity.assigneeKey());
        assertEquals(URI.create("http://localhost:8090/jira/browse/TST-2"), activity.issueUrl());
        assertEquals(44, activity.history().size());
        HistoryItem reassignment = activity.history().stream().filter(h -> h.isField("assignee")).findFirst().orElseThrow();
        assertEquals(new HistoryItem("admin", Instant.parse("2012-12-07T13:43:49.593Z"), "assignee", "admin", "Administrator",
                "wseliga", "Wojciech Seliga"), reassignment);
        assertEquals(Optional.of("admin"), activity.assigneeAt(Instant.parse("2010-08-26T12:00:00Z")));
        assertEquals(4, activity.comments().size());
        IssueComment first = activity.comments().get(0);
        assertEquals("admin", first.authorKey());
        assertEquals("some comment", first.body());
        assertEquals(URI.create("http://localhost:8090/jira/browse/TST-2?focusedCommentId=10020"
                + "&page=com.atlassian.jira.plugin.system.issuetabpanels%3Acomment-tabpanel#comment-10020"), first.link());
        assertNull(activity.sprint());
    }

    @Test
    public void toActivity_shouldKeepAHistoryWithoutAuthorAsAnonymous() {
        // when
        IssueActivity activity = JiraRestIssueActivitySource.toActivity(SharedJiraResponses.read(JRJC_WITH_CHANGELOG), null, null);

        // then
        List<HistoryItem> reassignments = activity.history().stream().filter(h -> h.isField("assignee")).toList();
        assertEquals(2, reassignments.size());
        assertEquals("user1", reassignments.get(0).fromValue());
        assertEquals("user2", reassignments.get(0).toValue());
        assertTrue(reassignments.stream().anyMatch(h -> h.author().isEmpty()));
        assertEquals(List.of("user1", "user2"), activity.comments().stream().map(IssueComment::authorKey).toList());
    }

    @Test
    public void toActivity_shouldReadAnAnonymousCommentWithoutAuthor() {
        IssueActivity activity = JiraRestIssueActivitySource.toActivity(SharedJiraResponses.read(JRJC_ANONYMOUS_COMMENT), null, null);

        assertEquals(1, activity.comments().size());
        assertNull(activity.comments().get(0).authorKey());
        assertEquals("Comment from anonymous user", activity.comments().get(0).body());
    }

    @Test
    public void toActivity_shouldPreferTheCommentResponseOverTheEmbeddedComments() {
        // when
        IssueActivity activity = JiraRestIssueActivitySource.toActivity(SharedJiraResponses.read(SharedJiraResponses.ISSUE_10002),
                SharedJiraResponses.read(COMMENTS_10002), null);

        // then
        assertEquals(2, activity.comments().size());
        assertEquals("This is a comment. Creative.", activity.comments().get(0).body());
        assertEquals(Instant.parse("2012-01-10T21:02:14.430Z"), activity.comments().get(0).at());
    }

    @Test
    public void toActivity_shouldReadRemoteLinksWithoutAnAuthorWhenTheHistoryDoesNotMentionThem() {
        // when
        IssueActivity activity = JiraRestIssueActivitySource.toActivity(SharedJiraResponses.read(SharedJiraResponses.ISSUE_10002),
                null, SharedJiraResponses.read(REMOTE_LINKS));

        // then
        assertEquals(List.of(
                new RemoteLink("10000", URI.create("http://www.mycompany.com/support?id=1"), "TSTSUP-111", "causes",
                        "com.acme.tracker", List.of(), null, null),
                new RemoteLink("10001", URI.create("http://www.anothercompany.com/tester/testcase/1234"), "Test Case #1234",
                        "is tested by", "com.acme.tester", List.of(), null, null)), activity.remoteLinks());
    }

    @Test
    public void toActivity_shouldCreditARemoteLinkToWhoeverTheHistorySaysAddedIt() throws Exception {
        // given the shape Jira Data Center records when a remote link is added
        JsonNode issue = new ObjectMapper().readTree("""
                {"id": "10007", "key": "GW-7", "self": "https://jira.example.com/rest/api/2/issue/10007",
                 "fields": {"project": {"id": "10000", "key": "GW"}, "issuetype": {"name": "Incident"}},
                 "changelog": {"histories": [{"author": {"key": "dave"}, "created": "2026-03-05T10:00:00.000+0000",
                   "items": [{"field": "RemoteIssueLink", "from": null, "fromString": null, "to": "10001",
                              "toString": "This issue links to \\"Payments alerting runbook (Wiki Page)\\""}]}]}}""");

        // when
        IssueActivity activity = JiraRestIssueActivitySource.toActivity(issue, null, SharedJiraResponses.read(REMOTE_LINKS));

        // then
        assertEquals(Optional.of("dave"), activity.remoteLinks().get(1).addedBy());
        assertEquals(Optional.of(Instant.parse("2026-03-05T10:00:00Z")), activity.remoteLinks().get(1).added());
        assertEquals(Optional.empty(), activity.remoteLinks().get(0).addedBy());
    }

    @Test
    public void toActivity_shouldTakeTheFirstSprintTheIssueWasPlannedIn() {
        // when
        JsonNode agileIssue = SharedJiraResponses.read(SharedJiraResponses.AGILE_SPRINT_ISSUES).path("issues").get(0);
        IssueActivity activity = JiraRestIssueActivitySource.toActivity(agileIssue, null, null);

        // then the closed sprint 1 (sprint 2 is future and has no dates)
        assertEquals(new SprintPeriod(Instant.parse("2015-04-11T05:22:00Z"), Instant.parse("2015-04-19T15:22:00Z")), activity.sprint());
        assertEquals(URI.create("http://www.example.com/jira/browse/HSP-1"), activity.issueUrl());
    }

    @Test
    public void findActivity_shouldFallBackToEmbeddedCommentsWhenTheServerDoesNotAnswerTheCommentResource() {
        // given a snapshot, which answers /issue but not /comment or /remotelink
        JiraRestIssueActivitySource source = new JiraRestIssueActivitySource(SnapshotJiraRest.builder()
                .issue(SharedJiraResponses.read(JRJC_ALL_EXPANDED)).build());

        // when
        IssueActivity activity = source.findActivity("TST-2").orElseThrow();

        // then
        assertEquals(4, activity.comments().size());
        assertEquals(List.of(), activity.remoteLinks());
        assertEquals(Optional.empty(), source.findActivity("TST-99"));
    }
}
