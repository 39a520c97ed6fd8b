package com.gluework.web.view;

import com.gluework.core.model.IssueContributions;
import com.gluework.core.model.IssueRef;
import com.gluework.core.port.IssueActivitySource;
import com.gluework.core.service.ContributionService;
import com.gluework.core.service.SuggestionService;
import com.gluework.core.suggest.GlueSuggester;
import com.gluework.core.suggest.HistoryItem;
import com.gluework.core.suggest.IssueActivity;
import com.gluework.core.suggest.IssueComment;
import com.gluework.core.testing.FakeHost;
import com.gluework.core.testing.InMemoryCategoryRepository;
import com.gluework.core.testing.InMemoryContributionRepository;
import com.gluework.core.testing.InMemorySuggestionDismissals;
import com.gluework.web.testing.ContributionBuilder;
import com.gluework.web.testing.EscapingVelocityViewRenderer;
import com.gluework.web.testing.RenderedHtml;
import org.junit.Test;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

/** "Possible glue" in the issue panel: under the recorded glue, escaped, never counted, buttons by permission. */
public class PossibleGlueTemplateTest {
    private static final String HOSTILE = "\"><img src=x onerror=alert(1)>";
    private static final Instant T = Instant.parse("2026-11-24T15:00:00Z");
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-25T10:00:00Z"), ZoneOffset.UTC);

    private final FakeHost host = new FakeHost().withIssue(ContributionBuilder.GW_1)
            .withPerson("alice", "Alice Lead").withPerson("dave", "Dave " + HOSTILE).withPerson("carol", "Carol");
    private final InMemoryCategoryRepository categories = new InMemoryCategoryRepository();
    private final InMemoryContributionRepository store = new InMemoryContributionRepository();
    private final ContributionService contributions = new ContributionService(store, categories, host, host, host, CLOCK);
    private final IssueActivitySource activity = new IssueActivitySource() {
        @Override
        public Optional<IssueActivity> findActivity(IssueRef issue) {
            return Optional.of(new IssueActivity(issue, "Task", "carol", URI.create("https://jira.example.com/browse/GW-1"),
                    List.of(new HistoryItem("dave", T, "assignee", "dave", "Dave", "carol", "Carol " + HOSTILE)),
                    List.of(new IssueComment("7", "dave", T.minusSeconds(600),
                            "Handing over to [~carol]: the certificate is in the vault, upload steps are in the runbook.",
                            URI.create("javascript:alert(1)"))),
                    List.of(), null));
        }

        @Override
        public List<IssueActivity> recentActivity(Instant since, int limit) {
            return List.of();
        }
    };
    private final SuggestionService suggestions = new SuggestionService(host, host, activity, store,
            new InMemorySuggestionDismissals(), GlueSuggester.defaultRules(), CLOCK);
    private final EscapingVelocityViewRenderer renderer = new EscapingVelocityViewRenderer();

    @Test
    public void render_shouldListTheSuggestionEscapedWithOnlyWebLinksAndNotCountIt() {
        // when
        RenderedHtml html = render(Optional.of("alice"));

        // then
        assertTrue(html.toString(), html.contains("Possible glue"));
        assertFalse(html.toString(), html.contains("<img src=x"));
        assertTrue(html.contains("data-person-key=\"dave\""));
        assertTrue(html.contains("data-category-key=\"coordination\""));
        assertTrue(html.contains("data-occurred-on=\"2026-11-24\""));
        assertTrue(html.hrefs().stream().noneMatch(h -> h.toLowerCase(java.util.Locale.ROOT).startsWith("javascript")));
        assertTrue(html.hrefs().contains("https://jira.example.com/browse/GW-1"));
        assertTrue(html.contains("gluework-suggestion-record"));
        assertFalse("alice is neither dave nor an administrator", html.contains("gluework-suggestion-dismiss"));
        assertEquals(List.of(), html.unresolvedVelocityReferences());
        assertEquals(List.of(), html.tagsWithEventHandlerAttributes());
    }

    @Test
    public void render_shouldOfferNotGlueToThePersonAndToAdministratorsAndNothingToAnonymousViewers() {
        assertTrue(render(Optional.of("dave")).contains("gluework-suggestion-dismiss"));
        assertTrue(render(Optional.of("dave")).contains("data-for-viewer=\"true\""));
        host.withProjectAdmin("alice");
        assertTrue(render(Optional.of("alice")).contains("gluework-suggestion-dismiss"));
        assertFalse(render(Optional.empty()).contains("gluework-suggestion"));
    }

    @Test
    public void render_shouldDropTheSuggestionOnceThePersonRecordedThatGlue() {
        // when dave records it (his words, after the prefilled form)
        contributions.record(Optional.of("dave"), "GW-1", new com.gluework.core.model.ContributionDraft("coordination",
                null, "Handed the certificate work to Carol", "", List.of(), List.of(), null));

        // then it is glue, counted, and no longer a suggestion
        RenderedHtml html = render(Optional.of("alice"));
        assertFalse(html.contains("gluework-suggestion"));
        assertTrue(html.contains("Handed the certificate work to Carol"));
    }

    @Test
    public void panelRead_shouldStillHideTheSuggestionOfGlueRetiredOutOfTheViewersSight() {
        // given: dave recorded the suggested glue and retired it; carol may not see retired glue of dave's
        com.gluework.core.model.Contribution recorded = contributions.record(Optional.of("dave"), "GW-1",
                new com.gluework.core.model.ContributionDraft("coordination", null, "Handed the certificate work to Carol",
                        "", List.of(), List.of(), null));
        contributions.retire(Optional.of("dave"), recorded.id(), recorded.version());

        // when: the panel is built from its one read
        ContributionService.PanelRead read = contributions.readForPanel(Optional.of("carol"), "GW-1");
        IssuePanelView view = new IssuePanelViewFactory(contributions, host, categories, CLOCK, suggestions)
                .create(read, Optional.of("carol"));

        // then: carol sees neither the retired glue nor its suggestion, as when the suggestions read the glue themselves
        assertEquals(List.of(), read.shown().contributions());
        assertEquals(1, read.everyOnIssue().size());
        assertEquals(List.of(), view.getPossibleGlue());
        assertEquals(List.of(), suggestions.suggestionsFor(Optional.of("carol"), "GW-1"));
    }

    @Test
    public void panelFragment_shouldReadTheIssuesGlueOnceForItsListAndItsPossibleGlue() {
        // given: the panel endpoint on a repository that counts its reads
        com.gluework.core.port.ContributionRepository counted = org.mockito.Mockito.spy(store);
        ContributionService service = new ContributionService(counted, categories, host, host, host, CLOCK);
        SuggestionService countedSuggestions = new SuggestionService(host, host, activity, counted,
                new InMemorySuggestionDismissals(), GlueSuggester.defaultRules(), CLOCK);
        com.gluework.web.rest.IssuePanelResource resource = new com.gluework.web.rest.IssuePanelResource(service,
                () -> Optional.of("alice"), new IssuePanelViewFactory(service, host, categories, CLOCK, countedSuggestions),
                renderer);

        // when
        String html = new String((byte[]) resource.render("GW-1").getEntity(), java.nio.charset.StandardCharsets.UTF_8);

        // then: the suggestion is there, from one read of the issue's glue
        assertTrue(html, html.contains("gluework-suggestion-record"));
        org.mockito.Mockito.verify(counted, org.mockito.Mockito.times(1)).findByIssue(ContributionBuilder.GW_1.id());
    }

    @Test
    public void panelFragment_shouldAskTheHostForTheIssueAndItsBrowsePermissionOnceForItsListAndItsPossibleGlue() {
        // given: the panel endpoint on a host that counts the look-ups and permission checks
        com.gluework.core.port.IssueSource issues = org.mockito.Mockito.mock(com.gluework.core.port.IssueSource.class,
                org.mockito.AdditionalAnswers.delegatesTo(host));
        com.gluework.core.port.AccessPolicy access = org.mockito.Mockito.mock(com.gluework.core.port.AccessPolicy.class,
                org.mockito.AdditionalAnswers.delegatesTo(host));
        ContributionService service = new ContributionService(store, categories, issues, host, access, CLOCK);
        SuggestionService checkedOnce = new SuggestionService(issues, access, activity, store,
                new InMemorySuggestionDismissals(), GlueSuggester.defaultRules(), CLOCK);
        com.gluework.web.rest.IssuePanelResource resource = new com.gluework.web.rest.IssuePanelResource(service,
                () -> Optional.of("alice"), new IssuePanelViewFactory(service, host, categories, CLOCK, checkedOnce),
                renderer);

        // when
        String html = new String((byte[]) resource.render("GW-1").getEntity(), java.nio.charset.StandardCharsets.UTF_8);

        // then: the suggestion is there, with one look-up and one check for the whole panel
        assertTrue(html, html.contains("gluework-suggestion-record"));
        org.mockito.Mockito.verify(issues, org.mockito.Mockito.times(1)).findIssue("GW-1");
        org.mockito.Mockito.verify(access, org.mockito.Mockito.times(1)).canBrowse(Optional.of("alice"), ContributionBuilder.GW_1);
    }

    @Test
    public void panelFragment_shouldStillRefuseAnIssueTheViewerMayNotBrowse_beforeAnyPossibleGlue() {
        // given: alice may not browse GW-1's project; "Possible glue" would find something there
        FakeHost hiding = new FakeHost().withIssue(ContributionBuilder.GW_1).withPerson("alice", "Alice Lead")
                .hidingProjectFrom("alice", ContributionBuilder.GW_1.projectKey());
        ContributionService service = new ContributionService(store, categories, hiding, hiding, hiding, CLOCK);
        SuggestionService hidden = new SuggestionService(hiding, hiding, activity, store, new InMemorySuggestionDismissals(),
                GlueSuggester.defaultRules(), CLOCK);
        com.gluework.web.rest.IssuePanelResource resource = new com.gluework.web.rest.IssuePanelResource(service,
                () -> Optional.of("alice"), new IssuePanelViewFactory(service, hiding, categories, CLOCK, hidden), renderer);

        // then
        org.junit.Assert.assertThrows(com.gluework.core.error.NotFoundException.class, () -> resource.render("GW-1"));
    }

    private RenderedHtml render(Optional<String> viewer) {
        IssuePanelViewFactory factory = new IssuePanelViewFactory(contributions, host, categories, CLOCK, suggestions);
        IssueContributions shown = new IssueContributions(ContributionBuilder.GW_1, store.findByIssue(ContributionBuilder.GW_1.id()));
        IssuePanelView view = factory.create(shown, viewer);
        assertEquals(store.findByIssue(ContributionBuilder.GW_1.id()).size(), view.getCount());
        return new RenderedHtml(renderer.render(IssuePanelView.TEMPLATE, Map.of(IssuePanelView.CONTEXT_KEY, view)));
    }
}
