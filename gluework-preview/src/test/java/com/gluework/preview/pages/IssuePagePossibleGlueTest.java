package com.gluework.preview.pages;

import com.gluework.web.testing.EscapingVelocityViewRenderer;
import com.gluework.web.testing.InlineScripts;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.Test;

import java.net.URI;
import java.util.List;
import java.util.Map;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

/** "Possible glue" on the preview's issue page: rendered under the panel, escaped, and only when there is some. */
public class IssuePagePossibleGlueTest {
    private static final String HOSTILE = "<script>alert('x')</script>";

    private final EscapingVelocityViewRenderer renderer = new EscapingVelocityViewRenderer();
    private final FrameView frame = new FrameView(List.of(new FrameView.UserOptionView("alice", "Alice Lead", true)), "Alice Lead");

    private IssuePageView page(List<IssuePageView.PossibleGlueView> possibleGlue) {
        return new IssuePageView(frame, "GW-23", "Rotate the certificate", "Task", "GW", "Payments Platform", "Done", "done",
                "Frank", "Dave", "Sprint 2", "1 Mar 2026, 09:00", "", "", List.of(), List.of(), "<div class=\"panel\"></div>",
                possibleGlue);
    }

    @Test
    public void issuePage_shouldListPossibleGlueWithItsEvidenceUnderThePanel() {
        // given
        IssuePageView.PossibleGlueView handOff = new IssuePageView.PossibleGlueView("Dave " + HOSTILE, "Coordination & hand-off",
                "Handed GW-23 over to Frank " + HOSTILE, "Likely", "The previous assignee wrote a hand-off note.",
                List.of(new IssuePageView.EvidenceView("Wrote a hand-off note", "2 Mar 2026, 15:30",
                                "https://jira.example.com/browse/GW-23?focusedCommentId=1#comment-1"),
                        new IssuePageView.EvidenceView("Reassigned from dave to frank", "2 Mar 2026, 16:00", "")));

        // when
        String html = renderer.render(IssuePageView.TEMPLATE, Map.of("page", page(List.of(handOff))));
        Document doc = Jsoup.parse(html);

        // then
        Element section = doc.selectFirst(".preview-web-panel .preview-possible-glue");
        assertEquals("Possible glue", section.selectFirst("h3").text());
        assertEquals("Dave " + HOSTILE, section.selectFirst(".preview-possible-glue-person").text());
        assertEquals("Handed GW-23 over to Frank " + HOSTILE, section.selectFirst(".preview-possible-glue-summary").text());
        assertEquals("Likely The previous assignee wrote a hand-off note.", section.selectFirst(".preview-possible-glue-why").text());
        assertEquals(List.of("https://jira.example.com/browse/GW-23?focusedCommentId=1#comment-1"),
                section.select(".preview-possible-glue-evidence a").eachAttr("href"));
        assertEquals("Reassigned from dave to frank, 2 Mar 2026, 16:00", section.select(".preview-possible-glue-evidence li").get(1).text());
        assertTrue(doc.select("script").stream().noneMatch(s -> s.html().contains("alert")));
        assertEquals(List.of(), InlineScripts.inRenderedHtml(html));
    }

    @Test
    public void issuePage_shouldShowNoPossibleGlueSectionWhenThereIsNone() {
        String html = renderer.render(IssuePageView.TEMPLATE, Map.of("page", page(List.of())));

        assertFalse(html.contains("preview-possible-glue"));
    }

    @Test
    public void webLink_shouldLetOnlyHttpAddressesBecomeLinks() {
        assertEquals("https://git.example.com/pull/1", IssuePageViewFactory.webLink(URI.create("https://git.example.com/pull/1")));
        assertEquals("http://wiki/x", IssuePageViewFactory.webLink(URI.create("http://wiki/x")));
        assertEquals("", IssuePageViewFactory.webLink(URI.create("javascript:alert(1)")));
        assertEquals("", IssuePageViewFactory.webLink(URI.create("relative/page")));
    }
}
