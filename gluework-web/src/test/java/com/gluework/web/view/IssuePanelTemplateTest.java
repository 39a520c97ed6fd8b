package com.gluework.web.view;

import com.gluework.core.model.Category;
import com.gluework.core.model.Contribution;
import com.gluework.core.model.IssueContributions;
import com.gluework.core.testing.FakeHost;
import com.gluework.core.service.ContributionService;
import com.gluework.core.testing.InMemoryCategoryRepository;
import com.gluework.core.testing.InMemoryContributionRepository;
import com.gluework.web.testing.ContributionBuilder;
import com.gluework.web.testing.EscapingVelocityViewRenderer;
import com.gluework.web.testing.RenderedHtml;
import org.junit.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static com.gluework.web.testing.ContributionBuilder.aContribution;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

/** The issue panel template rendered with fixed models, as Jira's renderer would render it. */
public class IssuePanelTemplateTest {
    private static final String SCRIPT = "<script>alert(1)</script>";
    private static final String ATTRIBUTE_BREAKOUT = "\"><img src=x onerror=alert(1)>";

    private final FakeHost host = new FakeHost()
            .withPerson("alice", "Alice Lead").withPerson("bob", "Bob Builder")
            .withPerson("carol", "Carol Reviewer").withPerson("dave", "Dave Docs");
    private final EscapingVelocityViewRenderer renderer = new EscapingVelocityViewRenderer();

    @Test
    public void render_shouldShowEachContributionWithCategoryPeopleEffectAndEvidence() {
        // given
        Contribution review = aContribution().id(7).by("carol").noticedBy("bob").category("review")
                .summary("Caught a data race in the retry path").impact("Avoided a double-charge bug")
                .evidence("https://github.com/acme/payments/pull/482").corroboratedBy("dave").build();

        // when
        RenderedHtml html = render(Optional.of("alice"), review);

        // then
        assertTrue(html.contains("<span class=\"aui-badge gluework-count\" title=\"Contributions recorded on this issue\">1</span>"));
        assertTrue(html.contains("<li class=\"gluework-contribution\" data-contribution-id=\"7\" data-version=\"1\">"));
        assertTrue(html.contains("data-category-key=\"review\">Code review</span>"));
        assertTrue(html.contains("<span class=\"gluework-contributor\">Carol Reviewer</span>"));
        assertTrue(html.contains("<span class=\"gluework-summary\">Caught a data race in the retry path</span>"));
        assertTrue(html.contains("<span class=\"gluework-impact-text\">Avoided a double-charge bug</span>"));
        assertTrue(html.contains("<a class=\"gluework-evidence-link\" href=\"https://github.com/acme/payments/pull/482\""
                + " rel=\"noopener noreferrer nofollow\" target=\"_blank\">github.com/acme/payments/pull/482</a>"));
        assertTrue(html.contains("<time datetime=\"2026-11-24\">2026-11-24</time>"));
        assertTrue(html.contains("<span class=\"gluework-recorded-by\">noticed by Bob Builder</span>"));
        assertTrue(html.contains("<span class=\"gluework-corroborators\">confirmed by Dave Docs</span>"));
        assertTrue(html.contains("class=\"aui-button aui-button-compact gluework-corroborate\" aria-expanded=\"false\" aria-controls=\"gluework-corroborate-form-7\""));
        assertTrue(html.contains("<form class=\"aui gluework-corroborate-form\" id=\"gluework-corroborate-form-7\" hidden>"));
        assertFalse(html.contains("gluework-empty"));
    }

    @Test
    public void render_shouldOfferTheRecordFormWithDefinitionsTeammatesLimitsAndToday() {
        // when
        RenderedHtml html = render(Optional.of("alice"));

        // then
        assertTrue(html.contains("aria-controls=\"gluework-record-form-GW-1\">Record glue</button>"));
        assertTrue(html.contains("<form class=\"aui gluework-record-form\" id=\"gluework-record-form-GW-1\" hidden>"));
        assertTrue(html.contains("<option value=\"clarification\" data-definition=\"Turned a vague ask into something the team can build and test.\">Requirement clarification</option>"));
        assertTrue(html.contains("<dt>Requirement clarification</dt>"));
        assertTrue(html.contains("<option value=\"\" selected>Me</option>"));
        assertTrue(html.contains("<option value=\"bob\">Bob Builder</option>"));
        assertFalse("the viewer is the 'Me' option", html.contains("<option value=\"alice\">Alice Lead</option>"));
        assertTrue("and may be a beneficiary", html.contains("<option value=\"alice\">Me</option>"));
        assertTrue(html.contains("name=\"beneficiaryKeys\" multiple size=\"4\">"));
        assertTrue(html.contains("data-gluework-picker=\"gluework-who-GW-1\""));
        assertTrue(html.contains("data-gluework-picker=\"gluework-beneficiaries-GW-1\""));
        assertTrue(html.contains("name=\"summary\" required maxlength=\"255\">"));
        assertTrue(html.contains("name=\"impact\" rows=\"3\" maxlength=\"2000\"></textarea>"));
        assertTrue(html.contains("name=\"occurredOn\" value=\"2026-11-25\" max=\"2026-11-25\">"));
        assertTrue(html.contains("data-max-links=\"5\""));
        assertTrue(html.contains("<div class=\"gluework-status\" role=\"status\" aria-live=\"polite\"></div>"));
    }

    @Test
    public void render_shouldLabelEveryFormControl() {
        // when: the record form, and the +1 form of carol's contribution
        RenderedHtml html = render(Optional.of("alice"), aContribution().id(3).by("carol").build());

        // then
        for (String id : html.idsOfFormControls()) {
            assertTrue("label for " + id, java.util.regex.Pattern.compile("<label[^>]*\\sfor=\"" + id + "\"").matcher(html.toString()).find());
        }
        assertEquals(10, html.idsOfFormControls().size());
    }

    @Test
    public void render_shouldSayWhatCountsAsGlueWhenNothingIsRecorded() {
        // when
        RenderedHtml html = render(Optional.of("alice"));

        // then
        assertTrue(html.contains("<p class=\"gluework-empty\">No glue recorded yet. Glue is the work that helps the team ship:"));
        assertTrue(html.contains("<a class=\"gluework-definitions-link\" href=\"#gluework-definitions-GW-1\">What counts as glue?</a>"));
        assertTrue(html.contains("<details class=\"gluework-definitions\" id=\"gluework-definitions-GW-1\">"));
        assertTrue(html.contains(">0</span>"));
        assertFalse(html.contains("<ul class=\"gluework-contributions\">"));
    }

    @Test
    public void render_shouldOfferNeitherFormNorCorroborationToAnAnonymousViewer() {
        // when
        RenderedHtml html = render(Optional.empty(), aContribution().by("carol").build());

        // then
        assertFalse(html.contains("<form"));
        assertFalse(html.contains("gluework-record-toggle"));
        assertFalse(html.contains("gluework-corroborate\""));
        assertTrue(html.contains("<p class=\"gluework-login-hint\">Log in to record glue.</p>"));
    }

    @Test
    public void render_shouldEscapeHostileTextInEveryUserSuppliedField() {
        // given: hostile text in summary, impact, people's names and an admin-edited category
        host.withPerson("mallory", SCRIPT).withPerson("trent", ATTRIBUTE_BREAKOUT);
        Category hostileCategory = new Category("evil", ATTRIBUTE_BREAKOUT, SCRIPT, ATTRIBUTE_BREAKOUT, "", true, 1);
        Contribution hostile = aContribution().by("mallory").noticedBy("trent").category("evil")
                .summary(SCRIPT).impact(ATTRIBUTE_BREAKOUT).helped("mallory").corroboratedWithNote("trent", SCRIPT).build();

        // when
        RenderedHtml html = render(Optional.of("alice"), List.of(hostileCategory), hostile);

        // then
        assertFalse(html.contains(SCRIPT));
        assertFalse(html.contains(ATTRIBUTE_BREAKOUT));
        assertTrue(html.contains("<span class=\"gluework-summary\">&lt;script&gt;alert(1)&lt;/script&gt;</span>"));
        assertTrue(html.contains("<span class=\"gluework-impact-text\">&quot;&gt;&lt;img src=x onerror=alert(1)&gt;</span>"));
        assertTrue(html.contains("<span class=\"gluework-contributor\">&lt;script&gt;alert(1)&lt;/script&gt;</span>"));
        assertTrue(html.contains("noticed by &quot;&gt;&lt;img src=x onerror=alert(1)&gt;"));
        assertTrue(html.contains("<option value=\"trent\">&quot;&gt;&lt;img src=x onerror=alert(1)&gt;</option>"));
        assertTrue(html.contains("data-definition=\"&lt;script&gt;alert(1)&lt;/script&gt;\""));
        assertTrue(html.contains("<span class=\"gluework-beneficiary-names\">&lt;script&gt;alert(1)&lt;/script&gt;</span>"));
        assertTrue(html.contains("<q class=\"gluework-corroboration-note\">&lt;script&gt;alert(1)&lt;/script&gt;</q>"));
        assertTrue(html.contains("<span class=\"gluework-examples\">For example: &quot;&gt;&lt;img src=x onerror=alert(1)&gt;</span>"));
        assertEquals(List.of(), html.tagsNamed("script"));
        assertEquals(List.of(), html.tagsNamed("img"));
        assertEquals(List.of(), html.tagsWithEventHandlerAttributes());
    }

    @Test
    public void render_shouldNeverMakeAJavascriptLinkClickable() {
        // given
        Contribution withLinks = aContribution().evidence("javascript:alert(1)", "JaVaScRiPt:alert(document.cookie)",
                "https://example.com/ok").build();

        // when
        RenderedHtml html = render(Optional.of("alice"), withLinks);

        // then
        assertEquals(List.of("https://example.com/ok"), html.hrefs());
        assertFalse(html.toString().toLowerCase().contains("javascript:"));
    }

    @Test
    public void render_shouldQuoteEveryAttributeAndLeaveNoReferenceUnresolved() {
        // given: the renderer does not escape apostrophes, so unquoted or single-quoted attributes would be injectable
        Contribution full = aContribution().by("carol").noticedBy("bob").impact("x").evidence("https://example.com/a")
                .corroboratedBy("dave").build();

        // when
        RenderedHtml html = render(Optional.of("alice"), full);

        // then
        assertEquals(List.of(), html.attributesNotDoubleQuoted());
        assertEquals(List.of(), html.unresolvedVelocityReferences());
    }

    @Test
    public void render_shouldNameBeneficiariesAndListCorroboratorsWithTheirNotesForHoverAndFocus() {
        // given
        Contribution review = aContribution().id(7).by("carol").helped("bob", "alice")
                .corroboratedWithNote("dave", "Saw it in the PR").corroboratedBy("bob").build();

        // when
        RenderedHtml html = render(Optional.of("alice"), review);

        // then
        assertTrue(html.contains("<span class=\"gluework-beneficiary-names\">Bob Builder, Alice Lead</span>"));
        assertTrue(html.contains("aria-controls=\"gluework-corroboration-details-7\" aria-label=\"2: show who confirmed this\">"));
        assertTrue(html.contains("<ul class=\"gluework-corroboration-details\" id=\"gluework-corroboration-details-7\">"));
        assertTrue(html.contains("<li><span class=\"gluework-corroborator-name\">Dave Docs</span> <q class=\"gluework-corroboration-note\">Saw it in the PR</q></li>"));
        assertTrue(html.contains("<li><span class=\"gluework-corroborator-name\">Bob Builder</span></li>"));
        assertTrue(html.contains("<span class=\"gluework-corroborators\">confirmed by Dave Docs, Bob Builder</span>"));
    }

    @Test
    public void render_shouldOfferWithdrawToACorroboratorAndNoPlusOneToTheContributorHerself() {
        // given
        Contribution carols = aContribution().id(7).by("carol").corroboratedBy("dave").build();

        // when
        RenderedHtml asDave = render(Optional.of("dave"), carols);
        RenderedHtml asCarol = render(Optional.of("carol"), carols);

        // then
        assertTrue(asDave.contains("gluework-withdraw\">Withdraw my +1</button>"));
        assertFalse(asDave.contains("gluework-corroborate\""));
        assertFalse(asCarol.contains("gluework-corroborate\""));
        assertFalse(asCarol.contains("gluework-corroborate-form"));
        assertFalse(asCarol.contains("gluework-withdraw"));
    }

    @Test
    public void render_shouldOfferEditAndRetireOnlyToThoseWhoMayEditButHistoryToEveryViewer() {
        // given: carol did it, bob noticed it
        Contribution carols = aContribution().id(7).by("carol").noticedBy("bob").build();

        // when
        RenderedHtml asDave = render(Optional.of("dave"), carols);
        RenderedHtml asBob = render(Optional.of("bob"), carols);

        // then
        assertTrue(asDave.contains("aria-controls=\"gluework-actions-7\" aria-label=\"More actions\""));
        assertTrue(asDave.contains("aria-controls=\"gluework-history-7\">History</button>"));
        assertFalse(asDave.contains("gluework-edit"));
        assertFalse(asDave.contains("gluework-retire\""));
        assertTrue(asBob.contains("gluework-edit\">Edit</button>"));
        assertTrue(asBob.contains("gluework-retire\">Retire</button>"));
        assertFalse(asBob.contains("gluework-restore"));
        assertTrue(asBob.contains("<div class=\"gluework-history\" id=\"gluework-history-7\" hidden></div>"));
    }

    @Test
    public void render_shouldShowRetiredGlueGreyedAndHiddenOnlyToThoseWhoMayRestoreIt() {
        // given
        Contribution kept = aContribution().id(1).by("carol").build();
        Contribution retired = aContribution().id(2).by("carol").summary("Retired one").retired().version(2).build();

        // when
        RenderedHtml asCarol = render(Optional.of("carol"), kept, retired);
        RenderedHtml asDave = render(Optional.of("dave"), kept, retired);

        // then
        assertTrue(asCarol.contains("<li class=\"gluework-contribution gluework-retired\" data-contribution-id=\"2\" data-version=\"2\" hidden>"));
        assertTrue(asCarol.contains("gluework-restore\">Restore</button>"));
        assertTrue(asCarol.contains("aria-controls=\"gluework-contributions-GW-1\">Show retired (1)</button>"));
        assertTrue("retired glue is not counted", asCarol.contains("gluework-count\" title=\"Contributions recorded on this issue\">1</span>"));
        assertFalse(asDave.contains("Retired one"));
        assertFalse(asDave.contains("gluework-show-retired"));
    }

    @Test
    public void render_shouldCollapseRowsBeyondTheFifthBehindShowAll() {
        // given
        Contribution[] seven = new Contribution[7];
        for (int i = 0; i < seven.length; i++) {
            seven[i] = aContribution().id(i + 1).by("carol").summary("Glue " + (i + 1)).build();
        }

        // when
        RenderedHtml html = render(Optional.of("alice"), seven);

        // then
        assertTrue(html.contains("<li class=\"gluework-contribution\" data-contribution-id=\"3\" data-version=\"1\">"));
        assertTrue(html.contains("<li class=\"gluework-contribution gluework-overflow\" data-contribution-id=\"2\" data-version=\"1\" hidden>"));
        assertTrue(html.contains("<li class=\"gluework-contribution gluework-overflow\" data-contribution-id=\"1\" data-version=\"1\" hidden>"));
        assertTrue(html.contains("aria-expanded=\"false\" aria-controls=\"gluework-contributions-GW-1\">Show all (7)</button>"));
        assertTrue(html.contains(">7</span>"));
    }

    @Test
    public void render_shouldListEveryCategoryWithDefinitionAndExamplesForEveryViewer() {
        // when
        RenderedHtml html = render(Optional.empty());

        // then
        assertTrue(html.contains("<summary>What counts as glue?</summary>"));
        assertTrue(html.contains("<dt>Code review</dt>"));
        assertTrue(html.contains("<span class=\"gluework-examples\">For example: "));
    }

    private RenderedHtml render(Optional<String> viewer, Contribution... contributions) {
        return render(viewer, null, contributions);
    }

    private RenderedHtml render(Optional<String> viewer, List<Category> categoryList, Contribution... contributions) {
        InMemoryCategoryRepository categories = categoryList == null ? new InMemoryCategoryRepository()
                : new InMemoryCategoryRepository(categoryList);
        Clock clock = Clock.fixed(Instant.parse("2026-11-25T10:00:00Z"), ZoneOffset.UTC);
        IssuePanelViewFactory factory = new IssuePanelViewFactory(
                new ContributionService(new InMemoryContributionRepository(), categories, host, host, host, clock),
                host, categories, clock);
        IssuePanelView view = factory.create(new IssueContributions(ContributionBuilder.GW_1, List.of(contributions)), viewer);
        return new RenderedHtml(renderer.render(IssuePanelView.TEMPLATE, Map.of(IssuePanelView.CONTEXT_KEY, view)));
    }
}
