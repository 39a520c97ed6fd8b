package com.gluework.web.rest;

import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import com.gluework.core.port.CurrentUser;
import com.gluework.core.report.SprintReport;
import com.gluework.core.service.SprintReportService;
import com.gluework.web.report.ReportTexts;
import com.gluework.web.report.SprintReportCharts;
import com.gluework.web.report.SprintReportCsv;
import com.gluework.web.report.SprintReportMarkdown;
import com.gluework.web.rest.dto.SprintReportDto;
import com.gluework.web.view.ReportLinks;
import com.gluework.web.view.SprintReportBodyView;
import com.gluework.web.view.SprintReportView;
import com.gluework.web.view.SprintReportViewFactory;
import com.gluework.web.view.ViewRenderer;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import java.util.Map;
import java.util.Optional;

/**
 * One sprint's glue-wins report: as JSON, as CSV and Markdown downloads, as the page body's HTML fragment, and its two
 * SVG charts. Every answer is computed for the caller (over the glue they may see), so none is cacheable by a browser
 * or proxy. The charts and downloads take the {@code view} token of the page they belong to and then reuse the report
 * that page computed for this same caller (see {@link com.gluework.web.view.ComputedReports}); without a token, or with
 * one that is not the caller's, they compute it.
 *
 * <p>Errors are JSON {@code ErrorDto}s, whatever the method produces on success.
 */
@Path("sprints/{sprintId}")
@LicensedOnly // the report names people and their workload: for the team's users, never anonymous
public class SprintReportResource {
    /** Charts are images: a browser that opens one directly must not run anything in it. */
    private static final String CHART_POLICY = "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'self'";

    private final SprintReportService reports;
    private final CurrentUser currentUser;
    private final SprintReportViewFactory views;
    private final ViewRenderer renderer;
    private final ReportTexts texts;

    @Inject
    public SprintReportResource(SprintReportService reports, CurrentUser currentUser, SprintReportViewFactory views,
                                ViewRenderer renderer, ReportTexts texts) {
        this.reports = reports;
        this.currentUser = currentUser;
        this.views = views;
        this.renderer = renderer;
        this.texts = texts;
    }

    /**
     * The report as JSON.
     *
     * <ul>
     *   <li>200 — {@link SprintReportDto};</li>
     *   <li>401 — the caller is anonymous;</li>
     *   <li>404 — there is no sprint with that id (a non-numeric id included);</li>
     *   <li>503 — Jira Software is not installed, so there are no sprints (the message says so).</li>
     * </ul>
     */
    @GET
    @Path("report")
    @Produces(MediaType.APPLICATION_JSON)
    @LicensedOnly
    public Response report(@PathParam("sprintId") String sprintIdText) {
        long sprintId = RequestBodies.sprintIdOf(sprintIdText);
        return fresh(Response.ok(SprintReportDtos.toDto(reports.report(currentUser.key(), sprintId))));
    }

    /**
     * The counted glue as a CSV download.
     *
     * <ul>
     *   <li>200 — {@code text/csv} (RFC 4180, UTF-8) downloaded as {@code glue-wins-sprint-<id>.csv}: a header row,
     *       then one row per counted contribution, text cells neutralised against spreadsheet formulas (see
     *       {@link SprintReportCsv});</li>
     *   <li>401 — the caller is anonymous;</li>
     *   <li>404 — there is no sprint with that id (a non-numeric id included);</li>
     *   <li>503 — Jira Software is not installed, so there are no sprints (the message says so).</li>
     * </ul>
     */
    @GET
    @Path("report.csv")
    @Produces(SprintReportCsv.MEDIA_TYPE)
    @LicensedOnly
    public Response csv(@PathParam("sprintId") String sprintIdText,
                        @QueryParam(SprintReportBodyView.VIEW_PARAMETER) String view) {
        long sprintId = RequestBodies.sprintIdOf(sprintIdText);
        String csv = SprintReportCsv.write(views.reportOf(currentUser.key(), sprintId, view));
        return download(Response.ok(csv, SprintReportCsv.MEDIA_TYPE), sprintId, "csv");
    }

    /**
     * The report as a Markdown download.
     *
     * <ul>
     *   <li>200 — {@code text/markdown} downloaded as {@code glue-wins-sprint-<id>.md}: the report to paste into
     *       Confluence or a retro document, user text escaped (see {@link SprintReportMarkdown});</li>
     *   <li>401 — the caller is anonymous;</li>
     *   <li>404 — there is no sprint with that id (a non-numeric id included);</li>
     *   <li>503 — Jira Software is not installed, so there are no sprints (the message says so).</li>
     * </ul>
     */
    @GET
    @Path("report.md")
    @Produces(SprintReportMarkdown.MEDIA_TYPE)
    @LicensedOnly
    public Response markdown(@PathParam("sprintId") String sprintIdText,
                             @QueryParam(SprintReportBodyView.VIEW_PARAMETER) String view) {
        long sprintId = RequestBodies.sprintIdOf(sprintIdText);
        String markdown = new SprintReportMarkdown(texts).write(views.reportOf(currentUser.key(), sprintId, view).report());
        return download(Response.ok(markdown, SprintReportMarkdown.MEDIA_TYPE), sprintId, "md");
    }

    /**
     * The report page's body for this sprint as an HTML fragment (pickers included, opened on its board), rendered
     * with the page's own template, so Jira pages and Confluence macros can embed it.
     *
     * <ul>
     *   <li>200 — {@code text/html}, every user value escaped;</li>
     *   <li>401 — the caller is anonymous;</li>
     *   <li>404 — there is no sprint with that id (a non-numeric id included);</li>
     *   <li>503 — Jira Software is not installed, so there are no sprints (the message says so).</li>
     * </ul>
     */
    @GET
    @Path("report.html")
    @Produces(MediaType.TEXT_HTML + ";charset=UTF-8")
    @LicensedOnly
    public Response fragment(@PathParam("sprintId") String sprintIdText, @Context UriInfo uri) {
        long sprintId = RequestBodies.sprintIdOf(sprintIdText);
        SprintReportView view = views.create(currentUser.key(), Optional.empty(), Optional.of(sprintId), linksFor(uri));
        return fresh(Response.ok(renderer.render(SprintReportView.TEMPLATE, Map.of(SprintReportView.CONTEXT_KEY, view))));
    }

    /**
     * The chart of contributions per category, with the previous sprint's counts when there are any.
     *
     * <ul>
     *   <li>200 — {@code image/svg+xml} with {@code <title>}, {@code <desc>} and {@code aria-label} stating every
     *       number;</li>
     *   <li>401 — the caller is anonymous;</li>
     *   <li>404 — there is no sprint with that id (a non-numeric id included);</li>
     *   <li>503 — Jira Software is not installed, so there are no sprints (the message says so).</li>
     * </ul>
     */
    @GET
    @Path("charts/categories.svg")
    @Produces(SprintReportCharts.MEDIA_TYPE)
    @LicensedOnly
    public Response categoriesChart(@PathParam("sprintId") String sprintIdText,
                                    @QueryParam(SprintReportBodyView.VIEW_PARAMETER) String view) {
        long sprintId = RequestBodies.sprintIdOf(sprintIdText);
        SprintReport report = views.reportOf(currentUser.key(), sprintId, view).report();
        return chart(new SprintReportCharts(texts).categories(report));
    }

    /**
     * The chart of each person's share of the sprint's glue against the hero threshold.
     *
     * <ul>
     *   <li>200 — {@code image/svg+xml} with {@code <title>}, {@code <desc>} and {@code aria-label} stating every
     *       share;</li>
     *   <li>401 — the caller is anonymous;</li>
     *   <li>404 — there is no sprint with that id (a non-numeric id included);</li>
     *   <li>503 — Jira Software is not installed, so there are no sprints (the message says so).</li>
     * </ul>
     */
    @GET
    @Path("charts/distribution.svg")
    @Produces(SprintReportCharts.MEDIA_TYPE)
    @LicensedOnly
    public Response distributionChart(@PathParam("sprintId") String sprintIdText,
                                      @QueryParam(SprintReportBodyView.VIEW_PARAMETER) String view) {
        long sprintId = RequestBodies.sprintIdOf(sprintIdText);
        SprintReport report = views.reportOf(currentUser.key(), sprintId, view).report();
        return chart(new SprintReportCharts(texts).distribution(report, reports.heroThresholdShare()));
    }

    /** The host's context path is whatever precedes the REST base path in this request's base URI. */
    static ReportLinks linksFor(UriInfo uri) {
        String base = uri.getBaseUri().getRawPath();
        int rest = base.lastIndexOf(GlueWorkRestComponents.BASE_PATH);
        return ReportLinks.under(rest < 0 ? "" : base.substring(0, rest), "");
    }

    private static Response chart(String svg) {
        return fresh(Response.ok(svg, SprintReportCharts.MEDIA_TYPE)
                .header("Content-Security-Policy", CHART_POLICY)
                .header("X-Content-Type-Options", "nosniff"));
    }

    private static Response download(Response.ResponseBuilder response, long sprintId, String extension) {
        // The file name is built from the numeric id only: no user text ever reaches a header.
        return fresh(response.header("Content-Disposition",
                "attachment; filename=\"glue-wins-sprint-" + sprintId + "." + extension + "\"")
                .header("X-Content-Type-Options", "nosniff"));
    }

    private static Response fresh(Response.ResponseBuilder response) {
        return response.header("Cache-Control", "no-store").build();
    }
}
