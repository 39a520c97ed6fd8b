package com.gluework.web.view;

import com.gluework.web.testing.InMemorySprintReports;
import org.junit.Test;

import java.util.Optional;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

/**
 * The report page's outcomes, decided here once for Jira and the preview (board 1 "Payments": sprint 1 closed, sprint 2
 * active).
 */
public class SprintReportPageViewFactoryTest {
    private static final ReportLinks LINKS = ReportLinks.under("", "/report");

    private final InMemorySprintReports reports = new InMemorySprintReports().withHeroSprint();
    private final SprintReportPageViewFactory pages = new SprintReportPageViewFactory(reports.views, reports.renderer);

    @Test
    public void create_withoutParameters_shouldAnswer200WithTheReportAndNoNotice() {
        SprintReportPageView page = pages.create(Optional.of("alice"), null, null, LINKS);

        assertEquals(200, page.status());
        assertEquals("", page.notice());
        assertTrue(page.reportBodyHtml().contains("class=\"gluework-report\""));
    }

    @Test
    public void create_withANonNumericParameter_shouldAnswer400NamingItAboveTheDefaultPickers() {
        SprintReportPageView page = pages.create(Optional.of("alice"), "1", "x", LINKS);

        assertEquals(400, page.status());
        assertEquals("error", page.noticeType());
        assertTrue(page.notice(), page.notice().startsWith("The parameter \"sprint\" must be a sprint's number"));
        assertTrue(page.reportBodyHtml().contains("gluework-report-picker"));
    }

    @Test
    public void create_withAnUnknownSprint_shouldAnswer404AboveTheDefaultPickers() {
        SprintReportPageView page = pages.create(Optional.of("alice"), null, "99", LINKS);

        assertEquals(404, page.status());
        assertEquals("error", page.noticeType());
        assertTrue(page.reportBodyHtml().contains("gluework-report-picker"));
    }

    @Test
    public void create_withoutJiraSoftware_shouldAnswer200WithAWarningAndNoPickers() {
        reports.sprints.unavailable();

        SprintReportPageView page = pages.create(Optional.of("alice"), null, "2", LINKS);

        assertEquals(200, page.status());
        assertEquals("warning", page.noticeType());
        assertTrue(page.notice().contains("Jira Software"));
        assertEquals("", page.reportBodyHtml());
    }
}
