package com.gluework.jira.web;

import com.atlassian.jira.issue.MutableIssue;
import com.gluework.core.model.ContributionDraft;
import com.gluework.core.port.CurrentUser;
import com.gluework.core.service.ContributionService;
import com.gluework.core.testing.FakeHost;
import com.gluework.core.testing.InMemoryCategoryRepository;
import com.gluework.core.testing.InMemoryContributionRepository;
import com.gluework.web.view.IssuePanelView;
import com.gluework.web.view.IssuePanelViewFactory;
import org.junit.Before;
import org.junit.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static com.gluework.jira.adapter.JiraMocks.issue;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertSame;
import static org.junit.Assert.assertTrue;

/** Runs the real service and view factory on in-memory adapters; only the Jira issue is mocked. */
public class IssuePanelContextProviderTest {
    private final Clock clock = Clock.fixed(Instant.parse("2026-11-20T10:00:00Z"), ZoneOffset.UTC);
    private final FakeHost host = new FakeHost().withIssue(10001L, "GW-1")
            .withPerson("alice", "Alice").withPerson("bob", "Bob").hidingProjectFrom("bob", "GW");
    private final InMemoryCategoryRepository categories = new InMemoryCategoryRepository();
    private final ContributionService service = new ContributionService(new InMemoryContributionRepository(), categories,
            host, host, host, clock);
    private final IssuePanelViewFactory views = new IssuePanelViewFactory(service, host, categories, clock);
    private final MutableIssue gw1 = issue(10001L, "GW-1", "GW".hashCode(), "Summary of GW-1");

    @Before
    public void aliceRecordedGlueOnGw1() {
        service.record(Optional.of("alice"), "GW-1", new ContributionDraft("review", null,
                "Caught a data race in the retry path", "", List.of(), List.of(), null));
    }

    @Test
    public void getContextMap_shouldAddThePanelAndKeepJirasContext() {
        // given
        Map<String, Object> jiraContext = Map.of("issue", gw1, "project", "the project");

        // when
        Map<String, Object> context = provider(Optional.of("alice")).getContextMap(jiraContext);

        // then
        IssuePanelView panel = (IssuePanelView) context.get(IssuePanelView.CONTEXT_KEY);
        assertEquals("GW-1", panel.getIssueKey());
        assertEquals(1, panel.getCount());
        assertTrue(panel.isCanRecord());
        assertSame(gw1, context.get("issue"));
        assertEquals("the project", context.get("project"));
    }

    @Test
    public void getContextMap_shouldRenderAnEmptyReadOnlyPanelWhenTheViewerMayNotSeeGlueOnTheIssue() {
        // given bob may not browse project GW

        // when
        Map<String, Object> context = provider(Optional.of("bob")).getContextMap(Map.of("issue", gw1));

        // then nothing leaks and nothing is offered
        IssuePanelView panel = (IssuePanelView) context.get(IssuePanelView.CONTEXT_KEY);
        assertEquals(0, panel.getCount());
        assertFalse(panel.isCanRecord());
    }

    @Test
    public void getContextMap_shouldNotThrowForAnonymousViewers() {
        // when
        Map<String, Object> context = provider(Optional.empty()).getContextMap(Map.of("issue", gw1));

        // then
        IssuePanelView panel = (IssuePanelView) context.get(IssuePanelView.CONTEXT_KEY);
        assertFalse(panel.isCanRecord());
        assertEquals("", panel.getCurrentUserKey());
    }

    @Test
    public void getContextMap_shouldAddNoPanelWithoutAnIssue() {
        // when
        Map<String, Object> context = provider(Optional.of("alice")).getContextMap(Map.of("project", "p"));

        // then
        assertFalse(context.containsKey(IssuePanelView.CONTEXT_KEY));
        assertEquals("p", context.get("project"));
    }

    private IssuePanelContextProvider provider(Optional<String> viewer) {
        CurrentUser currentUser = () -> viewer;
        IssuePanelContextProvider provider = new IssuePanelContextProvider(service, views, currentUser);
        provider.init(Map.of());
        return provider;
    }
}
