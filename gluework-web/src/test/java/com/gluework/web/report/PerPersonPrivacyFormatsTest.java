package com.gluework.web.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.gluework.core.privacy.PerPersonVisibility;
import com.gluework.core.report.SprintReport;
import com.gluework.web.rest.SprintReportDtos;
import com.gluework.web.testing.InMemorySprintReports;
import org.junit.Before;
import org.junit.Test;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

/**
 * Issue 11: when a project shows per-person figures to its admins only, no format of the report names anyone for a
 * viewer who is not one — JSON, the HTML page, CSV, Markdown and both SVG charts — while its admin still sees them.
 */
public class PerPersonPrivacyFormatsTest {
    /** Every name and key of the fixture's people; the summaries name nobody. */
    private static final List<String> NAMES = List.of("Alice Lead", "Bob Builder", "Carol Reviewer", "Frank Hero",
            "Erin New", "\"alice\"", "\"carol\"", "\"frank\"", "\"erin\"", ",frank,", ",carol,", ",alice,");

    private final InMemorySprintReports reports = new InMemorySprintReports().withHeroSprint();
    private final ObjectMapper json = new ObjectMapper();

    @Before
    public void gwShowsPerPersonFiguresToItsAdminsOnly() {
        reports.host.withProjectAdmin("alice");
        reports.privacy.setPerPersonVisibility(reports.host.issue("GW-1").projectId(), PerPersonVisibility.PROJECT_ADMINS,
                "alice", InMemorySprintReports.NOW);
    }

    @Test
    public void everyFormat_forAViewerWhoIsNotAProjectAdmin_shouldNameNobody() throws Exception {
        // when
        Map<String, String> formats = formatsFor("bob");

        // then
        formats.forEach((format, text) -> {
            for (String name : NAMES) {
                assertTrue(format + " names " + name + ":\n" + text, !text.contains(name));
            }
        });
        assertTrue(formats.get("json").contains("\"perPersonHidden\":true"));
        assertTrue(formats.get("html").contains("gluework-per-person-hidden"));
        assertTrue(formats.get("markdown").contains("administrators only"));
        assertTrue("the wins stay, without their doer", formats.get("html").contains("Caught a data race in the retry path"));
        assertTrue(formats.get("csv").contains("A teammate"));
    }

    @Test
    public void everyFormat_forTheProjectsAdmin_shouldStillShowPerPersonFigures() throws Exception {
        // when
        Map<String, String> formats = formatsFor("alice");

        // then
        formats.forEach((format, text) -> assertTrue(format + ":\n" + text, text.contains("Frank Hero") || format.equals("categories.svg")));
        assertTrue(formats.get("json").contains("\"perPersonHidden\":false"));
    }

    @Test
    public void teamLevelFigures_shouldStayTheSameForEveryone() {
        SprintReport forBob = reports.service.report(Optional.of("bob"), 2);
        SprintReport forAlice = reports.service.report(Optional.of("alice"), 2);
        // bob may not browse SEC-1, so his totals differ only by alice's incident there
        assertEquals(forAlice.headline().contributions() - 1, forBob.headline().contributions());
        assertEquals(forAlice.matrix().columns(), forBob.matrix().columns());
        assertEquals(List.of(), forBob.matrix().rows());
        assertTrue(forBob.distribution().gini() > 0);
    }

    private Map<String, String> formatsFor(String viewer) throws Exception {
        Optional<String> actor = Optional.of(viewer);
        SprintReport report = reports.service.report(actor, 2);
        SprintReportCharts charts = new SprintReportCharts(reports.texts);
        Map<String, String> formats = new LinkedHashMap<>();
        formats.put("json", json.writeValueAsString(SprintReportDtos.toDto(report)));
        formats.put("html", reports.renderPage(viewer, null, 2L));
        formats.put("csv", SprintReportCsv.write(reports.service.export(actor, 2)));
        formats.put("markdown", new SprintReportMarkdown(reports.texts).write(report));
        formats.put("categories.svg", charts.categories(report));
        formats.put("distribution.svg", charts.distribution(report, reports.service.heroThresholdShare()));
        return formats;
    }
}
