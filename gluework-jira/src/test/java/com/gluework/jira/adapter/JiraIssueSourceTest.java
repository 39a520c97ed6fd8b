package com.gluework.jira.adapter;

import com.atlassian.jira.issue.IssueManager;
import com.atlassian.jira.issue.MutableIssue;
import com.gluework.core.model.IssueRef;
import org.junit.Test;

import java.util.Optional;

import static com.gluework.jira.adapter.JiraMocks.issue;
import static org.junit.Assert.assertEquals;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

public class JiraIssueSourceTest {
    private final IssueManager issueManager = mock(IssueManager.class);
    private final JiraIssueSource source = new JiraIssueSource(issueManager);

    @Test
    public void findIssue_shouldMapIdsProjectAndSummary() {
        // given
        MutableIssue gw1 = issue(10001L, "GW-1", 10000L, "Checkout retries twice");
        when(issueManager.getIssueObject("GW-1")).thenReturn(gw1);

        // when
        Optional<IssueRef> found = source.findIssue("GW-1");

        // then
        assertEquals(Optional.of(new IssueRef(10001L, "GW-1", 10000L, "GW", "Checkout retries twice")), found);
    }

    @Test
    public void findIssue_shouldReturnTheCurrentKeyOfAMovedIssue() {
        // given Jira resolves the old key OLD-7 to the issue now called GW-7
        MutableIssue moved = issue(10007L, "GW-7", 10000L, "Moved");
        when(issueManager.getIssueObject("OLD-7")).thenReturn(moved);

        // when
        Optional<IssueRef> found = source.findIssue("OLD-7");

        // then
        assertEquals("GW-7", found.orElseThrow().key());
    }

    @Test
    public void findIssue_shouldBeEmptyForAnUnknownKey() {
        // given IssueManager answers null for unknown issues (the default of the mock)

        // when
        Optional<IssueRef> found = source.findIssue("GW-999");

        // then
        assertEquals(Optional.empty(), found);
    }

    @Test
    public void findIssueById_shouldLookUpByIdAndBeEmptyWhenUnknown() {
        // given
        MutableIssue gw2 = issue(10002L, "GW-2", 10000L, "Second");
        when(issueManager.getIssueObject(10002L)).thenReturn(gw2);

        // when / then
        assertEquals("GW-2", source.findIssueById(10002L).orElseThrow().key());
        assertEquals(Optional.empty(), source.findIssueById(4242L));
    }
}
