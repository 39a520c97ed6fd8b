package com.gluework.web.view;

import com.gluework.web.report.BundleReportTexts;
import com.gluework.web.testing.InMemoryGlueWork;
import com.gluework.web.testing.RenderedHtml;
import org.junit.Test;

import java.util.List;
import java.util.Optional;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

/** The "My glue" page body as every host renders it: statuses, the note form's state, the timeline, escaping. */
public class MyGluePageTest {
    private final InMemoryGlueWork glueWork = new InMemoryGlueWork();
    private final MyGluePage page = new MyGluePage(glueWork.myGlue, glueWork.host, glueWork.renderer,
            new BundleReportTexts(), glueWork.clock);

    @Test
    public void render_shouldFillTheFormWithThisWeeksNoteAndListTheTimelineEscaped() {
        // given: bob's glue (one corroborated by dave) and a private note this week with markup in it
        long caught = glueWork.record("bob", "GW-1", "review", "Caught a <script>race</script>");
        glueWork.service.corroborate(Optional.of("dave"), caught, "saw it");
        glueWork.record("bob", "GW-2", "documentation", "Wrote the runbook");
        glueWork.myGlue.saveMyNote(Optional.of("bob"), "2026-W48", List.of("Unblocked <b>carol</b> & dave"), "PRIVATE", null);

        // when
        MyGluePage.Rendered rendered = page.render(Optional.of("bob"), "2026-11-01", "2026-11-30", "/jira/my-glue",
                "/jira/packet");

        // then
        assertEquals(200, rendered.status());
        assertEquals("My glue", rendered.title());
        String html = rendered.bodyHtml();
        RenderedHtml parsed = new RenderedHtml(html);
        assertTrue(html, html.contains("data-week=\"2026-W48\" data-version=\"1\""));
        assertTrue(html, html.contains("value=\"Unblocked &lt;b&gt;carol&lt;/b&gt; &amp; dave\""));
        assertTrue(html, html.contains("id=\"gluework-myglue-private\" name=\"visibility\" value=\"PRIVATE\" checked"));
        assertTrue(html, html.contains("Caught a &lt;script&gt;race&lt;/script&gt;"));
        assertFalse(html, html.contains("<script>race"));
        assertTrue(html, html.contains("2 contributions and one corroboration received from 2026-11-01 to 2026-11-30."));
        assertTrue(html, html.contains("Corroborated by Dave Docs"));
        assertTrue(html, html.contains("href=\"/jira/packet?from=2026-11-01&amp;to=2026-11-30\""));
        assertTrue(html, html.contains("action=\"/jira/my-glue\""));
        assertEquals("only the runbook waits for a corroboration", 1, html.split("gluework-myglue-uncorroborated\"", -1).length - 1);
        assertTrue(html, html.substring(html.indexOf("gluework-myglue-uncorroborated\"")).contains("Wrote the runbook"));
        assertEquals(List.of(), parsed.unresolvedVelocityReferences());
        assertEquals(List.of(), parsed.attributesNotDoubleQuoted());
    }

    @Test
    public void render_withoutANoteOrGlue_shouldOfferAnEmptyFirstNoteAndSayThereIsNothingYet() {
        MyGluePage.Rendered rendered = page.render(Optional.of("carol"), null, null, "/my-glue", "/packet");

        String html = rendered.bodyHtml();
        assertEquals(200, rendered.status());
        assertTrue(html, html.contains("data-version=\"\""));
        assertTrue(html, html.contains("No glue recorded in this period."));
        assertTrue(html, html.contains("No notes in this period yet."));
        assertTrue("the default period is the last 90 days", html.contains("value=\"2026-08-28\"") && html.contains("value=\"2026-11-25\""));
        assertTrue("saving needs the script, which enables the button", html.contains("gluework-myglue-save\" disabled"));
    }

    @Test
    public void render_ofAnEarlierWeek_shouldPutThatWeeksNoteInTheFormAndLinkTheWeeksAround() {
        // given: notes for W47 and W48 (the current week)
        glueWork.myGlue.saveMyNote(Optional.of("bob"), "2026-W47", java.util.List.of("Last week, one line"), "TEAM", null);
        glueWork.myGlue.saveMyNote(Optional.of("bob"), "2026-W48", java.util.List.of("This week, one line"), "TEAM", null);

        // when
        String earlier = page.render(Optional.of("bob"), "2026-11-01", "2026-11-30", "2026-W47", "/my-glue", "/packet").bodyHtml();
        String current = page.render(Optional.of("bob"), "2026-11-01", "2026-11-30", null, "/my-glue", "/packet").bodyHtml();

        // then
        assertTrue(earlier, earlier.contains("data-week=\"2026-W47\" data-version=\"1\""));
        assertTrue(earlier, earlier.contains("value=\"Last week, one line\""));
        assertTrue(earlier, earlier.contains("href=\"/my-glue?week=2026-W46&amp;from=2026-11-01&amp;to=2026-11-30\""));
        assertTrue(earlier, earlier.contains("href=\"/my-glue?week=2026-W48&amp;from=2026-11-01&amp;to=2026-11-30\""));
        assertFalse("no link past the current week", current.contains("gluework-myglue-next"));
        assertTrue(current, current.contains("<a href=\"/my-glue?week=2026-W47&amp;from=2026-11-01&amp;to=2026-11-30\">2026-W47</a>"));
    }

    @Test
    public void render_ofAFutureOrMalformedWeek_shouldAnswer400() {
        MyGluePage.Rendered future = page.render(Optional.of("bob"), null, null, "2026-W49", "/my-glue", "/packet");
        MyGluePage.Rendered malformed = page.render(Optional.of("bob"), null, null, "next", "/my-glue", "/packet");

        assertEquals(400, future.status());
        assertTrue(future.message(), future.message().contains("not for 2026-W49"));
        assertEquals(400, malformed.status());
        assertTrue(malformed.message(), malformed.message().contains("YYYY-Www"));
    }

    @Test
    public void render_shouldRefuseAnonymousVisitorsAndBadPeriodsWithTheirStatus() {
        MyGluePage.Rendered anonymous = page.render(Optional.empty(), null, null, "/my-glue", "/packet");
        MyGluePage.Rendered reversed = page.render(Optional.of("bob"), "2026-11-30", "2026-11-01", "/my-glue", "/packet");
        MyGluePage.Rendered notADate = page.render(Optional.of("bob"), "yesterday", null, "/my-glue", "/packet");

        assertEquals(401, anonymous.status());
        assertEquals("", anonymous.bodyHtml());
        assertEquals(400, reversed.status());
        assertEquals("The period must not end before it starts.", reversed.message());
        assertEquals(400, notADate.status());
        assertTrue(notADate.message(), notADate.message().startsWith("Give from as YYYY-MM-DD"));
    }
}
