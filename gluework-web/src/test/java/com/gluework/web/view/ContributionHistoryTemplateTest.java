package com.gluework.web.view;

import com.gluework.core.model.Category;
import com.gluework.core.model.ChangeKind;
import com.gluework.core.model.ContributionChange;
import com.gluework.core.model.FieldChange;
import com.gluework.core.testing.FakeHost;
import com.gluework.core.testing.InMemoryCategoryRepository;
import com.gluework.web.testing.EscapingVelocityViewRenderer;
import com.gluework.web.testing.RenderedHtml;
import org.junit.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

/** The change history fragment, built by its factory and rendered as Jira's renderer would render it. */
public class ContributionHistoryTemplateTest {
    private static final String SCRIPT = "<script>alert(1)</script>";
    private static final String ATTRIBUTE_BREAKOUT = "\"><img src=x onerror=alert(1)>";
    private static final Instant T0 = Instant.parse("2026-11-25T10:15:30Z");

    private final FakeHost host = new FakeHost()
            .withPerson("alice", "Alice Lead").withPerson("bob", "Bob Builder").withPerson("carol", "Carol Reviewer");
    private InMemoryCategoryRepository categories = new InMemoryCategoryRepository();

    private static ContributionChange change(String actor, ChangeKind kind, FieldChange... fields) {
        return new ContributionChange(1, 7, actor, T0, kind, List.of(fields));
    }

    @Test
    public void create_shouldResolvePeopleAndCategoriesToNamesAndKeepOtherValuesAsTheyAre() {
        // when
        ContributionHistoryView view = factory().create(7, List.of(change("bob", ChangeKind.EDITED,
                new FieldChange("category", "review", "mentoring"),
                new FieldChange("contributor", "carol", "JIRAUSER10400"),
                new FieldChange("beneficiaries", "alice, carol", ""),
                new FieldChange("summary", "Old", "New"))));

        // then
        ChangeEntryView entry = view.getEntries().get(0);
        assertEquals("Bob Builder", entry.getActorName());
        assertEquals("2026-11-25T10:15:30Z", entry.getAt());
        assertEquals("2026-11-25 11:15", entry.getAtLabel());
        List<FieldChangeView> fields = entry.getFieldChanges();
        assertEquals(List.of("Code review", "Carol Reviewer", "Alice Lead, Carol Reviewer", "Old"),
                fields.stream().map(FieldChangeView::getBefore).toList());
        assertEquals(List.of("Mentoring & pairing", "JIRAUSER10400", "", "New"),
                fields.stream().map(FieldChangeView::getAfter).toList());
    }

    @Test
    public void render_shouldSayWhoDidWhatWhenAndEachFieldBeforeAndAfter() {
        // when
        RenderedHtml html = render(List.of(
                change("bob", ChangeKind.CREATED, new FieldChange("summary", "", "Caught a race")),
                change("carol", ChangeKind.EDITED, new FieldChange("summary", "Caught a race", "Caught a data race"),
                        new FieldChange("impact", "", "Avoided a double charge")),
                change("alice", ChangeKind.RETIRED, new FieldChange("state", "ACTIVE", "RETIRED")),
                change("alice", ChangeKind.RESTORED, new FieldChange("state", "RETIRED", "ACTIVE")),
                change("alice", ChangeKind.CORROBORATED, new FieldChange("note", "", "Saw it")),
                change("alice", ChangeKind.CORROBORATION_WITHDRAWN)));

        // then
        assertTrue(html.contains("<span class=\"gluework-history-actor\">Bob Builder</span>"));
        assertTrue(html.contains("<span class=\"gluework-history-kind\">recorded it</span>"));
        assertTrue(html.contains("<time class=\"gluework-history-at\" datetime=\"2026-11-25T10:15:30Z\">2026-11-25 11:15</time>"));
        assertTrue(html.contains("<dt class=\"gluework-history-field\">What was done</dt>"));
        assertTrue(html.contains("<dd class=\"gluework-history-values\"><span class=\"gluework-history-before\">Caught a race</span>"
                + " <span class=\"gluework-history-arrow\" aria-hidden=\"true\">&rarr;</span><span class=\"gluework-visually-hidden\">changed to</span>"
                + " <span class=\"gluework-history-after\">Caught a data race</span></dd>"));
        assertTrue(html.contains("<span class=\"gluework-history-before\">(none)</span>"));
        for (String kind : List.of("edited it", "retired it", "restored it", "corroborated it", "withdrew their corroboration")) {
            assertTrue(kind, html.contains("<span class=\"gluework-history-kind\">" + kind + "</span>"));
        }
        assertTrue(html.contains("<dt class=\"gluework-history-field\">Note</dt>"));
        assertFalse("the kind already says it", html.contains("RETIRED"));
        assertEquals(List.of(), html.unresolvedVelocityReferences());
        assertEquals(List.of(), html.attributesNotDoubleQuoted());
    }

    @Test
    public void render_ofACorroborationAnEditWithdrew_shouldNameTheEditorAndWhoseCorroborationItWas() {
        // when: Carol's edit of the summary withdrew Bob's corroboration; Alice withdrew her own
        ContributionHistoryView view = factory().create(7, List.of(
                change("carol", ChangeKind.CORROBORATION_WITHDRAWN, new FieldChange(FieldChange.CORROBORATOR, "bob", "")),
                change("alice", ChangeKind.CORROBORATION_WITHDRAWN)));
        RenderedHtml html = new RenderedHtml(new EscapingVelocityViewRenderer().render(ContributionHistoryView.TEMPLATE,
                Map.of(ContributionHistoryView.CONTEXT_KEY, view)));

        // then
        assertTrue(view.getEntries().get(0).isCorroborationWithdrawnByEdit());
        assertFalse(view.getEntries().get(1).isCorroborationWithdrawnByEdit());
        assertEquals("Bob Builder", view.getEntries().get(0).getFieldChanges().get(0).getBefore());
        assertTrue(html.contains("<span class=\"gluework-history-actor\">Carol Reviewer</span>"));
        assertTrue(html.contains("<span class=\"gluework-history-kind\">withdrew a corroboration by changing who did it"
                + " or what was done</span>"));
        assertTrue(html.contains("<dt class=\"gluework-history-field\">Corroborated by</dt>"));
        assertTrue(html.contains("<span class=\"gluework-history-before\">Bob Builder</span>"));
        assertTrue(html.contains("<span class=\"gluework-history-kind\">withdrew their corroboration</span>"));
    }

    @Test
    public void render_shouldEscapeHostileTextInNamesAndInEveryBeforeAndAfterValue() {
        // given: hostile names, a hostile category name, hostile values and a hostile note
        host.withPerson("mallory", SCRIPT).withPerson("trent", ATTRIBUTE_BREAKOUT);
        categories = new InMemoryCategoryRepository(List.of(new Category("evil", SCRIPT, "", "", "", true, 99)));

        // when
        RenderedHtml html = render(List.of(
                change("mallory", ChangeKind.EDITED,
                        new FieldChange("category", "review", "evil"),
                        new FieldChange("contributor", "trent", "mallory"),
                        new FieldChange("summary", SCRIPT, ATTRIBUTE_BREAKOUT),
                        new FieldChange("impact", ATTRIBUTE_BREAKOUT, SCRIPT),
                        new FieldChange("beneficiaries", "trent", "mallory, trent"),
                        new FieldChange("evidenceLinks", "javascript:alert(1)", "https://x.example/\"><script>")),
                change("trent", ChangeKind.CORROBORATED, new FieldChange("note", "", SCRIPT))));

        // then
        String escapedScript = "&lt;script&gt;alert(1)&lt;/script&gt;";
        String escapedBreakout = "&quot;&gt;&lt;img src=x onerror=alert(1)&gt;";
        assertTrue(html.contains("<span class=\"gluework-history-actor\">" + escapedScript + "</span>"));
        assertTrue(html.contains("<span class=\"gluework-history-actor\">" + escapedBreakout + "</span>"));
        assertTrue(html.contains("<span class=\"gluework-history-after\">" + escapedScript + "</span>")); // category, impact, note
        assertTrue(html.contains("<span class=\"gluework-history-before\">" + escapedBreakout + "</span>")); // contributor
        assertTrue(html.contains("<span class=\"gluework-history-after\">" + escapedScript + ", " + escapedBreakout + "</span>"));
        assertFalse(html.contains(SCRIPT));
        assertFalse(html.contains(ATTRIBUTE_BREAKOUT));
        assertEquals(List.of(), html.tagsNamed("script"));
        assertEquals(List.of(), html.tagsNamed("img"));
        assertEquals(List.of(), html.tagsWithEventHandlerAttributes());
        assertEquals("links in history are text, never links", List.of(), html.hrefs());
    }

    @Test
    public void render_shouldSaySoWhenThereIsNoHistory() {
        // when
        RenderedHtml html = render(List.of());

        // then
        assertTrue(html.contains("<p class=\"gluework-history-empty\">No changes recorded.</p>"));
    }

    private ContributionHistoryViewFactory factory() {
        return new ContributionHistoryViewFactory(host, categories, Clock.fixed(T0, ZoneId.of("Europe/Berlin")));
    }

    private RenderedHtml render(List<ContributionChange> history) {
        ContributionHistoryView view = factory().create(7, history);
        return new RenderedHtml(new EscapingVelocityViewRenderer()
                .render(ContributionHistoryView.TEMPLATE, Map.of(ContributionHistoryView.CONTEXT_KEY, view)));
    }
}
