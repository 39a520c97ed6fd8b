package com.gluework.jira.web;

import com.atlassian.templaterenderer.TemplateRenderer;
import com.gluework.core.report.Sprint;
import com.gluework.core.report.SprintState;
import com.gluework.web.testing.EscapingVelocityViewRenderer;
import com.gluework.web.testing.HostileReports;
import com.gluework.web.testing.InMemorySprintReports;
import com.gluework.web.testing.InlineScripts;
import com.gluework.web.testing.RenderedHtml;
import com.gluework.web.view.SprintReportPageViewFactory;
import com.gluework.web.view.ViewRenderer;
import org.junit.Test;

import java.io.IOException;
import java.io.Writer;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.IntFunction;
import java.util.stream.Collectors;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyMap;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.mock;

/**
 * The Jira report page over gluework-web's in-memory report stack (board 1 "Payments": sprint 1 closed, sprint 2
 * active), rendered through {@link JiraViewRenderer} with a Template Renderer that runs the real templates in an
 * ATR-like escaping Velocity.
 */
public class JiraSprintReportPageTest {
    private static final String DECORATOR = "<meta name=\"decorator\" content=\"atl.general\">";
    private static final Instant JANUARY = Instant.parse("2026-01-05T09:00:00Z");

    private final InMemorySprintReports reports = new InMemorySprintReports().withHeroSprint();
    private final JiraSprintReportPage page = jiraPage(new JiraViewRenderer(velocityTemplateRenderer()));

    @Test
    public void render_withoutParameters_shouldOpenTheFirstBoardOnItsActiveSprintInADecoratedPage() {
        // when
        SprintReportPage.RenderedPage rendered = page.render("alice", "/jira", null, null);

        // then
        RenderedHtml html = new RenderedHtml(rendered.html());
        assertEquals(200, rendered.status());
        assertTrue(html.contains(DECORATOR));
        assertTrue(html.contains("<title>Glue wins</title>"));
        assertTrue(html.contains("<option value=\"2\" selected>Sprint 2 (active)</option>"));
        assertTrue(html.contains("Frank Hero carried 60% of this sprint's glue"));
        // the pickers reload this servlet; charts, exports and issue links point into the same Jira
        assertTrue(html.contains("<form class=\"aui gluework-report-picker\" method=\"get\" action=\"/jira/plugins/servlet/gluework/report\">"));
        assertTrue(html.contains("href=\"/jira/rest/gluework/1.0/sprints/2/report.csv?view="));
        assertTrue(html.contains("href=\"/jira/browse/GW-1\""));
        assertFalse(html.contains("aui-message-error"));
        assertEquals(List.of(), html.unresolvedVelocityReferences());
        assertEquals(List.of(), unresolvedPageReferences(html));
    }

    /** Jira's pages run under a strict Content-Security-Policy where admins set one: no state of the page may need inline script. */
    @Test
    public void render_inEveryState_shouldHoldNoInlineScript() {
        // when: the report, a 400 and a 404 notice above it, and the page without Jira Software
        List<SprintReportPage.RenderedPage> rendered = new ArrayList<>(List.of(page.render("alice", "/jira", null, null),
                page.render("alice", "/jira", "payments", "2"), page.render("alice", "/jira", null, "99")));
        reports.sprints.unavailable();
        rendered.add(page.render("alice", "/jira", null, "2"));

        // then
        for (SprintReportPage.RenderedPage each : rendered) {
            assertEquals("the page answered with " + each.status(), List.of(), InlineScripts.inRenderedHtml(each.html()));
        }
    }

    @Test
    public void render_forABoardWithoutActiveSprint_shouldOpenOnItsLastClosedSprint() {
        // given
        reports.sprints.withBoard(2, "Archive")
                .withSprint(closedSprint(21, 2, "Archive 1", 0), List.of())
                .withSprint(closedSprint(22, 2, "Archive 2", 14), List.of())
                .withSprint(new Sprint(23, 2, "Archive 3", SprintState.FUTURE, null, null, null), List.of());

        // when
        SprintReportPage.RenderedPage rendered = page.render("alice", "", "2", null);

        // then
        assertEquals(200, rendered.status());
        assertTrue(rendered.html().contains("<option value=\"22\" selected>Archive 2</option>"));
        assertTrue(rendered.html().contains("<option value=\"2\" selected>Archive</option>"));
    }

    @Test
    public void render_withAnExplicitSprint_shouldReportThatSprint() {
        // when
        SprintReportPage.RenderedPage rendered = page.render("alice", "/jira", "1", "1");

        // then
        assertEquals(200, rendered.status());
        assertTrue(rendered.html().contains("<option value=\"1\" selected>Sprint 1</option>"));
        assertTrue(rendered.html().contains("Carol Reviewer carried 100% of this sprint's glue (Code review)."));
    }

    @Test
    public void render_withoutJiraSoftware_shouldExplainInAWarningOnAStillDecoratedPage() {
        // given
        reports.sprints.unavailable();

        // when
        SprintReportPage.RenderedPage rendered = page.render("alice", "/jira", null, "2");

        // then
        RenderedHtml html = new RenderedHtml(rendered.html());
        assertEquals(200, rendered.status());
        assertTrue(html.contains(DECORATOR));
        assertTrue(html.toString(), html.contains("<div class=\"aui-message aui-message-warning gluework-report-notice\"><p>Jira Software is not installed"));
        assertEquals(List.of(), html.tagsNamed("form"));
        assertEquals(List.of(), unresolvedPageReferences(html));
    }

    @Test
    public void render_withANonNumericParameter_shouldAnswer400NamingTheParameterAboveTheDefaultPickers() {
        // when
        SprintReportPage.RenderedPage badBoard = page.render("alice", "/jira", "payments", "2");
        SprintReportPage.RenderedPage badSprint = page.render("alice", "/jira", "1", "-3");

        // then
        assertEquals(400, badBoard.status());
        assertTrue(badBoard.html(), badBoard.html().contains(
                "aui-message-error gluework-report-notice\"><p>The parameter &quot;board&quot; must be a board's number, such as board=3, but was &quot;payments&quot;.</p>"));
        assertTrue(badBoard.html().contains("<option value=\"2\" selected>Sprint 2 (active)</option>"));
        assertEquals(400, badSprint.status());
        assertTrue(badSprint.html().contains("The parameter &quot;sprint&quot; must be a sprint's number"));
    }

    @Test
    public void render_withAVeryLongParameter_shouldRepeatOnlyItsBeginning() {
        // when
        SprintReportPage.RenderedPage rendered = page.render("alice", "", "1", "9".repeat(19) + "x".repeat(500));

        // then
        assertEquals(400, rendered.status());
        assertTrue(rendered.html().contains("but was &quot;" + "9".repeat(19) + "x".repeat(SprintReportPageViewFactory.MAX_ECHOED_LENGTH - 19) + "\u2026&quot;."));
    }

    @Test
    public void render_withAnUnknownSprintOrBoard_shouldAnswer404WithASentenceAboveTheDefaultPickers() {
        // when
        SprintReportPage.RenderedPage unknownSprint = page.render("alice", "/jira", null, "99");
        SprintReportPage.RenderedPage unknownBoard = page.render("alice", "/jira", "7", null);

        // then
        assertEquals(404, unknownSprint.status());
        assertTrue(unknownSprint.html().contains("<p>Sprint 99 does not exist.</p>"));
        assertTrue(unknownSprint.html().contains(DECORATOR));
        assertTrue(unknownSprint.html().contains("<option value=\"2\" selected>Sprint 2 (active)</option>"));
        assertEquals(404, unknownBoard.status());
        assertTrue(unknownBoard.html().contains("<p>Board 7 does not exist.</p>"));
    }

    @Test
    public void render_withHostileBoardAndSprintNamesAndParameters_shouldAddNoMarkupOfItsOwn() {
        // given: boards and sprints named after every naughty string, and a benign twin of the same shape
        List<String> naughty = HostileReports.naughtyStrings();
        InMemorySprintReports benignReports = new InMemorySprintReports();
        withBoardsAndSprintsNamed(benignReports, naughty.size(), i -> "name" + i);
        withBoardsAndSprintsNamed(reports, naughty.size(), naughty::get);
        ViewRenderer renderer = new JiraViewRenderer(velocityTemplateRenderer());
        JiraSprintReportPage benignPage = new JiraSprintReportPage(new SprintReportPageViewFactory(benignReports.views, renderer), renderer);

        // when
        RenderedHtml benign = new RenderedHtml(benignPage.render("alice", "", "10", null).html());
        RenderedHtml hostile = new RenderedHtml(page.render("alice", "", "10", null).html());
        RenderedHtml hostileParameter = new RenderedHtml(page.render("alice", "", "\"><script>alert(1)</script>", null).html());

        // then every name is in the pickers (besides board 1, "Payments"), yet none made a tag, attribute or handler
        assertEquals(1 + naughty.size() + naughty.size(), hostile.tagsNamed("option").size());
        assertEquals(tagNames(benign), tagNames(hostile));
        assertEquals(benign.tags().size(), hostile.tags().size());
        assertEquals(List.of(), hostile.tagsWithEventHandlerAttributes());
        assertEquals(List.of(), hostile.attributesNotDoubleQuoted());
        assertEquals(List.of(), hostileParameter.tagsNamed("script"));
        assertTrue(hostileParameter.contains("&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;"));
    }

    /** Boards 10, 11, … and, all on board 10, closed sprints 1000, 1001, … named {@code name.apply(i)}. */
    private static void withBoardsAndSprintsNamed(InMemorySprintReports reports, int count, IntFunction<String> name) {
        for (int i = 0; i < count; i++) {
            reports.sprints.withBoard(10 + i, name.apply(i))
                    .withSprint(closedSprint(1000 + i, 10, name.apply(i), 14 * i), List.of());
        }
    }

    private static Sprint closedSprint(long id, long boardId, String name, int startDay) {
        Instant start = JANUARY.plus(startDay, ChronoUnit.DAYS);
        Instant end = start.plus(11, ChronoUnit.DAYS);
        return new Sprint(id, boardId, name, SprintState.CLOSED, start, end, end);
    }

    /** Velocity prints a reference it cannot resolve as written; the page template's own names must all resolve. */
    private static List<String> unresolvedPageReferences(RenderedHtml html) {
        return List.of("$notice", "$noticeType", "${noticeType}", "$reportBodyHtml").stream().filter(html::contains).toList();
    }

    private static Set<String> tagNames(RenderedHtml html) {
        return html.tags().stream().map(t -> t.substring(1).split("[\\s>]")[0].toLowerCase(Locale.ROOT))
                .collect(Collectors.toSet());
    }

    /** Atlassian Template Renderer, emulated: the real templates in Velocity 2, escaping as ATR does. */
    private static TemplateRenderer velocityTemplateRenderer() {
        EscapingVelocityViewRenderer velocity = new EscapingVelocityViewRenderer();
        TemplateRenderer templateRenderer = mock(TemplateRenderer.class);
        try {
            doAnswer(call -> {
                call.<Writer>getArgument(2).write(velocity.render(call.getArgument(0), call.getArgument(1)));
                return null;
            }).when(templateRenderer).render(anyString(), anyMap(), any(Writer.class));
        } catch (IOException e) {
            throw new AssertionError("stubbing does not write", e);
        }
        return templateRenderer;
    }

    private JiraSprintReportPage jiraPage(ViewRenderer renderer) {
        return new JiraSprintReportPage(new SprintReportPageViewFactory(reports.views, renderer), renderer);
    }
}
