package com.gluework.confluence.macro;

import com.atlassian.applinks.api.ApplicationLink;
import com.atlassian.confluence.content.render.xhtml.ConversionContext;
import com.atlassian.sal.api.user.UserKey;
import com.atlassian.sal.api.user.UserManager;
import com.gluework.confluence.testing.ExpiringCacheManager;
import com.gluework.confluence.testing.FakeJira;
import com.gluework.confluence.testing.FixedApplicationLinkService;
import com.gluework.confluence.testing.HttpApplicationLink;
import com.gluework.confluence.testing.VelocityTemplateRenderer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;

import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

import static com.gluework.confluence.macro.ReportFixtures.json;
import static com.gluework.confluence.macro.ReportFixtures.report;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/**
 * The real macro over a real HTTP application link to a local fake Jira: each view, the cache per link, sprint and
 * viewer, and every failure mode rendered as its AUI message.
 */
public class GlueSprintSummaryMacroTest {
    private static final String REPORT_3 = "/rest/gluework/1.0/sprints/3/report";
    private static final URI AUTHORISE = URI.create("http://jira.example/plugins/servlet/applinks/oauth/login-dance/authorize?oauth_token=a&callback=b");

    private FakeJira jira;
    private final AtomicReference<String> viewer = new AtomicReference<>("alice");
    private final AtomicReference<Boolean> authorised = new AtomicReference<>(true);
    private final UserManager users = mock(UserManager.class);
    private final ExpiringCacheManager caches = new ExpiringCacheManager(Duration.ofSeconds(60));

    @Before
    public void startJira() throws IOException {
        jira = new FakeJira();
        when(users.getRemoteUserKey()).thenAnswer(i -> viewer.get() == null ? null : new UserKey(viewer.get()));
    }

    @After
    public void stopJira() {
        jira.close();
    }

    private HttpApplicationLink link(URI url) {
        return new HttpApplicationLink("2b1c4a6e-0000-4000-8000-000000000001", "Payments Jira", url, url, true,
                () -> authorised.get() && viewer.get() != null
                        ? Optional.of(new HttpApplicationLink.BasicCredentials(viewer.get(), viewer.get()))
                        : Optional.empty(),
                AUTHORISE);
    }

    private GlueSprintSummaryMacro macro(List<? extends ApplicationLink> links) {
        return new GlueSprintSummaryMacro(new FixedApplicationLinkService(links), caches,
                new VelocityTemplateRenderer(), users);
    }

    private GlueSprintSummaryMacro macro() {
        return macro(List.of(link(jira.url())));
    }

    private static ConversionContext output(String type) {
        ConversionContext context = mock(ConversionContext.class);
        when(context.getOutputType()).thenReturn(type);
        return context;
    }

    private static Map<String, String> params(String... pairs) {
        Map<String, String> map = new HashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put(pairs[i], pairs[i + 1]);
        }
        return map;
    }

    private static Document render(GlueSprintSummaryMacro macro, Map<String, String> params) {
        return Jsoup.parseBodyFragment(macro.execute(params, "", output("display")));
    }

    // ------------------------------------------------------------------ views

    @Test
    public void winsView_shouldListTheSprintsWinsEscapedAndCutToTheLimitWithALinkToJira() {
        // given
        jira.json(REPORT_3, json(report(3, 5)));

        // when
        Document page = render(macro(), params("sprint", "3", "maxWins", "3"));

        // then
        assertEquals("Glue work in Sprint 3 Active", page.selectFirst(".gluework-summary-title").text());
        List<Element> wins = page.select(".gluework-summary-win");
        assertEquals(3, wins.size());
        assertEquals("Dave Kowalski", wins.get(0).selectFirst(".gluework-win-contributor").text());
        assertEquals("Wrote the <script>alert(1)</script> payments runbook", wins.get(0).selectFirst(".gluework-win-summary").text());
        assertTrue("no script element from user text", page.select("script").isEmpty());
        assertEquals(jira.url() + "/browse/GW-12", wins.get(0).selectFirst("a").attr("href"));
        assertEquals("corroborated by 2", wins.get(0).selectFirst(".gluework-win-corroborated").text());
        assertEquals("Erin <b>Li</b>", wins.get(1).selectFirst(".gluework-win-contributor").text());
        assertEquals("2 more wins are in the full report in Jira.", page.selectFirst(".gluework-summary-more").text());
        assertTrue(page.select(".gluework-summary-matrix").isEmpty());
        assertEquals(jira.url() + "/plugins/servlet/gluework/report?board=1&sprint=3",
                page.selectFirst(".gluework-summary-source a").attr("href"));
        assertEquals(List.of("alice /jira" + REPORT_3), jira.requests());
    }

    @Test
    public void matrixView_shouldShowThePersonByCategoryTableAndNoWins() {
        jira.json(REPORT_3, json(report(3, 4)));

        Document page = render(macro(), params("sprint", "3", "view", "matrix"));

        Element table = page.selectFirst("table.gluework-summary-matrix");
        assertNotNull(table);
        assertEquals("Person Docs & runbooks Deep review Total", table.selectFirst("thead tr").text());
        assertEquals("Dave Kowalski 1 0 1", table.select("tbody tr").get(0).text());
        assertEquals("Erin <b>Li</b> 0 3 3", table.select("tbody tr").get(1).text());
        assertEquals("Total 1 3 4", table.selectFirst("tfoot tr").text());
        assertTrue(page.select(".gluework-summary-win").isEmpty());
    }

    @Test
    public void fullView_shouldShowWinsMatrixDistributionAndHeroAlert() {
        jira.json(REPORT_3, json(report(3, 4)));

        Document page = render(macro(), params("sprint", "3", "view", "full"));

        assertEquals(4, page.select(".gluework-summary-win").size());
        assertNotNull(page.selectFirst("table.gluework-summary-matrix"));
        assertEquals("Erin <b>Li</b> did 80% of the glue; Gini coefficient 0.41 (0 is evenly spread).",
                page.selectFirst(".gluework-summary-distribution").text());
        assertEquals("Erin carried 80% of the glue; rotate deep reviews.", page.selectFirst(".gluework-summary-hero").text());
    }

    @Test
    public void activeSprint_shouldBeLookedUpOnTheBoardThenReported() {
        jira.json("/rest/gluework/1.0/boards/1/sprints", json(ReportFixtures.board(1,
                ReportFixtures.sprint(1, "CLOSED", "2026-11-01T10:00:00Z"), ReportFixtures.sprint(2, "CLOSED", "2026-11-14T10:00:00Z"),
                ReportFixtures.sprint(3, "ACTIVE", null), ReportFixtures.sprint(4, "FUTURE", null))));
        jira.json(REPORT_3, json(report(3, 2)));
        jira.json("/rest/gluework/1.0/sprints/2/report", json(report(2, 1)));

        assertEquals("Glue work in Sprint 3 Active",
                render(macro(), params("board", "1", "sprint", "active")).selectFirst(".gluework-summary-title").text());
        assertEquals("Glue work in Sprint 2 Active",
                render(macro(), params("board", "1", "sprint", "last-closed")).selectFirst(".gluework-summary-title").text());
    }

    @Test
    public void aBoardWithoutAnActiveSprint_shouldSayThereIsNoSprintToShow() {
        jira.json("/rest/gluework/1.0/boards/1/sprints", json(ReportFixtures.board(1,
                ReportFixtures.sprint(1, "CLOSED", "2026-11-01T10:00:00Z"))));

        assertProblem(render(macro(), params("board", "1")), "no-such-sprint", "info", "No sprint to show");
    }

    // ------------------------------------------------------------------ cache

    @Test
    public void cache_shouldServeTheSameViewerFromCacheButAskJiraForAnotherViewer() {
        jira.json(REPORT_3, json(report(3, 2)));
        GlueSprintSummaryMacro macro = macro();

        render(macro, params("sprint", "3"));
        render(macro, params("sprint", "3", "view", "matrix")); // the view does not change what Jira is asked
        viewer.set("bob");
        render(macro, params("sprint", "3"));

        assertEquals(List.of("alice /jira" + REPORT_3, "bob /jira" + REPORT_3), jira.requests());
        assertEquals(2, caches.entries(GlueSprintSummaryMacro.CACHE_NAME));
    }

    @Test
    public void cache_shouldNotKeepFailures() {
        jira.reply(REPORT_3, 500, "application/json", "{\"status\":500,\"errors\":[]}");
        GlueSprintSummaryMacro macro = macro();
        assertProblem(render(macro, params("sprint", "3")), "jira-error", "error", "Jira could not answer");

        jira.json(REPORT_3, json(report(3, 2)));
        assertEquals(2, render(macro, params("sprint", "3")).select(".gluework-summary-win").size());
    }

    // ------------------------------------------------------------------ failures

    @Test
    public void noJiraLink_shouldTellTheAdministratorsNextStep() {
        Document page = render(macro(List.of()), params("sprint", "3"));
        assertProblem(page, "no-jira-link", "warning", "No Jira is linked to Confluence");
        assertTrue(page.text(), page.text().contains("Administration > Application links"));
    }

    @Test
    public void aRemovedLink_shouldSaySo() {
        assertProblem(render(macro(), params("sprint", "3", "applicationLink", "gone")), "link-not-found", "warning",
                "The Jira link this summary uses is gone");
    }

    @Test
    public void anonymousViewer_shouldBeAskedToLogIn() {
        viewer.set(null);
        assertProblem(render(macro(), params("sprint", "3")), "login-required", "info", "Log in to see the glue summary");
        assertTrue(jira.requests().isEmpty());
    }

    @Test
    public void aViewerWhoHasNotAuthorised_shouldGetTheAuthorisationLink() {
        authorised.set(false);
        Document page = render(macro(), params("sprint", "3"));
        assertProblem(page, "authorisation-required", "info", "Authorise Confluence to read Glue Work in Jira");
        assertEquals(AUTHORISE.toString(), page.selectFirst("a.gluework-summary-authorise").attr("href"));
        assertEquals("Authorise with Payments Jira", page.selectFirst("a.gluework-summary-authorise").text());
    }

    @Test
    public void jira401_shouldAskTheViewerToAuthorise() {
        jira.reply(REPORT_3, 401, "application/json", "{\"status\":401,\"errors\":[]}");
        Document page = render(macro(), params("sprint", "3"));
        assertProblem(page, "authorisation-required", "info", "Authorise Confluence to read Glue Work in Jira");
        assertEquals(AUTHORISE.toString(), page.selectFirst("a.gluework-summary-authorise").attr("href"));
    }

    @Test
    public void jira403_shouldSayNotFoundOrNotVisible() {
        jira.reply(REPORT_3, 403, "application/json", "{\"status\":403,\"errors\":[{\"field\":null,\"message\":\"no\"}]}");
        assertProblem(render(macro(), params("sprint", "3")), "not-found", "warning", "Sprint or board not found");
    }

    @Test
    public void glueWorks404_shouldSaySprintNotFound() {
        jira.reply(REPORT_3, 404, "application/json", "{\"status\":404,\"errors\":[{\"field\":\"sprintId\",\"message\":\"No sprint 3.\"}]}");
        assertProblem(render(macro(), params("sprint", "3")), "not-found", "warning", "Sprint or board not found");
    }

    @Test
    public void jirasOwn404_shouldSayGlueWorkIsNotInstalled() {
        // FakeJira answers unknown paths with Jira's HTML 404
        Document page = render(macro(), params("sprint", "3"));
        assertProblem(page, "glue-work-not-installed", "warning", "Glue Work is not installed in Jira");
        assertTrue(page.text().contains("Payments Jira does not have the Glue Work app"));
    }

    @Test
    public void jira500_shouldSayJiraCouldNotAnswer() {
        jira.reply(REPORT_3, 500, "text/html", "<h1>java.lang.NullPointerException at com.atlassian...</h1>");
        Document page = render(macro(), params("sprint", "3"));
        assertProblem(page, "jira-error", "error", "Jira could not answer");
        assertFalse("Jira's error text is never shown", page.text().contains("NullPointerException"));
    }

    @Test
    public void malformedJson_shouldSayTheAnswerCouldNotBeRead() {
        jira.json(REPORT_3, "{\"sprint\": {\"id\": 3, \"name\": \"Sprint 3\"}, \"wins\": [");
        assertProblem(render(macro(), params("sprint", "3")), "malformed-answer", "error", "Jira's answer could not be read");
    }

    @Test
    public void jsonThatIsNotAReport_shouldSayTheAnswerCouldNotBeRead() {
        jira.json(REPORT_3, "{\"sprint\": {\"id\": 3, \"name\": \"Sprint 3\"}, \"wins\": [{\"summary\": \"x\"}]}");
        assertProblem(render(macro(), params("sprint", "3")), "malformed-answer", "error", "Jira's answer could not be read");
    }

    @Test
    public void refusedConnection_shouldSayJiraCannotBeReached() throws IOException {
        Document page = render(macro(List.of(link(FakeJira.refusingUrl()))), params("sprint", "3"));
        assertProblem(page, "jira-unreachable", "error", "Jira cannot be reached");
    }

    @Test
    public void aJiraThatDoesNotAnswer_shouldCostAtMostTheReadTimeoutAndSaySo() {
        jira.reply(REPORT_3, new FakeJira.Reply(200, "application/json", json(report(3, 2)), 60_000));

        long start = System.nanoTime();
        Document page = render(macro(), params("sprint", "3"));
        long tookMs = (System.nanoTime() - start) / 1_000_000;

        assertProblem(page, "jira-slow", "error", "Jira is not answering");
        // Not a speed target (docs/benchmarks.md measures that): proof that the page gave up long before Jira's
        // answer, with a margin wide enough for a loaded build machine.
        assertTrue("gave up after " + tookMs + " ms", tookMs < 30_000);
    }

    @Test
    public void badParameters_shouldNameTheParameterToFix() {
        Document page = render(macro(), params("sprint", "3", "view", "chart"));
        assertProblem(page, "bad-parameter", "warning", "This glue summary needs a fix");
        assertTrue(page.text(), page.text().contains("The macro's view parameter"));
        assertTrue(jira.requests().isEmpty());
    }

    // ------------------------------------------------------------------ exports

    @Test
    public void exportOutputTypes_shouldRenderAStaticVersionWithoutScriptsOrButtons() {
        jira.json(REPORT_3, json(report(3, 2)));
        for (String type : List.of("pdf", "word", "email")) {
            String html = macro().execute(params("sprint", "3", "view", "full"), "", output(type));
            Document page = Jsoup.parseBodyFragment(html);
            assertTrue(type, page.select("script, [onclick], button, .aui-button").isEmpty());
            assertNotNull(type, page.selectFirst(".gluework-summary-exported"));
            assertEquals(type, "1", page.selectFirst("table.gluework-summary-matrix").attr("border"));
            assertTrue(type, page.selectFirst(".gluework-summary-source a").attr("href").startsWith("http://"));
        }
    }

    @Test
    public void exportOfAnAuthorisationProblem_shouldPrintTheAddressInsteadOfAButton() {
        authorised.set(false);
        Document page = Jsoup.parseBodyFragment(macro().execute(params("sprint", "3"), "", output("pdf")));
        assertTrue(page.select("a, button").isEmpty());
        assertTrue(page.text(), page.text().contains("Authorise Confluence in Jira at " + AUTHORISE));
    }

    private static void assertProblem(Document page, String kind, String auiType, String title) {
        Element message = page.selectFirst(".gluework-problem-" + kind);
        assertNotNull(kind + " message expected in:\n" + page.body().html(), message);
        assertTrue(message.classNames().contains("aui-message-" + auiType));
        assertEquals(title, message.selectFirst("p.title").text());
        String text = page.text();
        assertFalse("no raw i18n key: " + text, text.contains("gluework.macro"));
        assertFalse("no stack trace: " + text, text.contains("Exception") || text.contains("\tat "));
    }
}
