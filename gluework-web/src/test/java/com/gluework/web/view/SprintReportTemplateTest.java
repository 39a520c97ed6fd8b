package com.gluework.web.view;

import com.gluework.web.testing.HostileReports;
import com.gluework.web.testing.InMemorySprintReports;
import com.gluework.web.testing.RenderedHtml;
import org.junit.Test;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

public class SprintReportTemplateTest {
    private final InMemorySprintReports reports = new InMemorySprintReports().withHeroSprint();

    @Test
    public void render_shouldShowPickersHeadlineHeroAlertWinsMatrixChartsOpportunitiesAndOutcomes() {
        // when
        RenderedHtml html = new RenderedHtml(reports.renderPage("alice", null, null));

        // then: the active sprint is chosen by default
        assertEquals(List.of(), html.unresolvedVelocityReferences());
        assertTrue(html.contains("<option value=\"2\" selected>Sprint 2 (active)</option>"));
        assertTrue(html.contains("<option value=\"1\">Sprint 1</option>"));
        assertTrue(html.contains("5 contributions \u00b7 3 people \u00b7 1 corroborated \u00b7 2 with stated impact"));
        assertTrue(html.toString(), html.contains("Frank Hero carried 60% of this sprint's glue (Code review, Coordination &amp; hand-off)."));
        assertTrue(html.contains("rotate Code review to Alice Lead, Carol Reviewer;"));
        assertTrue(html.contains("pair Erin New with Frank Hero on the next Coordination &amp; hand-off."));
        assertTrue(html.contains("<a class=\"gluework-win-issue\" href=\"/browse/GW-1\">GW-1</a>"));
        assertTrue(html.contains("confirmed by Carol Reviewer"));
        assertTrue(html.contains("<th scope=\"row\">Frank Hero</th>"));
        assertEquals(2, html.tagsNamed("img").size());
        assertTrue(html.contains("src=\"/rest/gluework/1.0/sprints/2/charts/distribution.svg?view="));
        assertTrue(html.contains("Erin New has no recorded glue yet \u2014 pair with Frank Hero on the next Code review?"));
        assertTrue(html.contains("Small samples (0 clarified issues, 4 others)"));
        assertTrue(html.contains("href=\"/rest/gluework/1.0/sprints/2/report.csv?view="));
        assertTrue(html.contains("href=\"/rest/gluework/1.0/sprints/2/report.md?view="));
        assertTrue(html.contains("<form class=\"aui gluework-report-picker\" method=\"get\" action=\"/report\">"));
        assertTrue(html.contains("Gini coefficient 0.60"));
        assertTrue(html.contains("(Sprint 1: 1.00, change \u22120.40)"));
    }

    @Test
    public void render_forAnotherSprint_shouldSelectItAndCompareNothingForTheBoardsFirstSprint() {
        // when
        RenderedHtml html = new RenderedHtml(reports.renderPage("alice", 1L, 1L));

        // then
        assertTrue(html.contains("<option value=\"1\" selected>Sprint 1</option>"));
        assertTrue(html.contains("Carol Reviewer carried 100% of this sprint's glue (Code review)."));
        assertFalse(html.contains("gluework-comparison-table"));
        assertEquals(List.of(), html.unresolvedVelocityReferences());
    }

    @Test
    public void render_shouldMarkARowOfSomeoneNotOnTheTeamAndLeaveThemOutOfTheShares() {
        // given a reviewer from another team helps on GW-1
        reports.host.withPerson("zoe", "Zoe Platform");
        reports.add("zoe", "review", "GW-1", "2026-03-18", "Second review", "", null);

        // when
        RenderedHtml html = new RenderedHtml(reports.renderPage("alice", null, 2L));

        // then
        assertTrue(html.toString(), html.contains("<th scope=\"row\">Zoe Platform <span class=\"aui-lozenge "
                + "aui-lozenge-subtle gluework-not-on-team\">not on the team</span></th>"));
        assertTrue(html.contains("6 contributions"));
        assertTrue("frank's share is still of the team's 5", html.contains("Frank Hero carried 60% of this sprint's glue"));
    }

    @Test
    public void render_withHostileNamesAndSummaries_shouldAddNoMarkupOfItsOwn() {
        // given: outsiders with hostile names, each with hostile glue (impact stated, so it is a win) on GW-1
        List<String> naughty = HostileReports.naughtyStrings();
        RenderedHtml benign = new RenderedHtml(reports.renderPage("alice", null, 2L));
        Set<String> benignTags = tagNames(benign);
        for (int i = 0; i < naughty.size(); i++) {
            reports.host.withPerson("x" + i, naughty.get(i).isBlank() ? "x" + i : naughty.get(i));
            reports.add("x" + i, "review", "GW-1", "2026-03-17", naughty.get(i).isBlank() ? "x" : naughty.get(i),
                    naughty.get(i).isBlank() ? "x" : naughty.get(i), null);
        }

        // when
        RenderedHtml html = new RenderedHtml(reports.renderPage("alice", null, 2L));

        // then
        assertEquals(benignTags, tagNames(html));
        assertEquals(List.of(), html.tagsWithEventHandlerAttributes());
        assertEquals(List.of(), html.attributesNotDoubleQuoted());
        assertTrue(html.hrefs().stream().allMatch(h -> h.startsWith("/browse/") || h.startsWith("/rest/gluework/1.0/")
                || h.startsWith("https://")));
        // every newcomer adds exactly one row to the matrix, and nothing else (outsiders are not in the shares table)
        assertEquals(benign.tagsNamed("tr").size() + naughty.size(), html.tagsNamed("tr").size());
    }

    private static Set<String> tagNames(RenderedHtml html) {
        return html.tags().stream().map(t -> t.substring(1).split("[\\s>]")[0].toLowerCase(Locale.ROOT))
                .collect(Collectors.toSet());
    }
}
