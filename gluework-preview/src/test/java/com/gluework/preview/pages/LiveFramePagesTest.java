package com.gluework.preview.pages;

import com.gluework.web.testing.EscapingVelocityViewRenderer;
import org.junit.Test;

import java.util.List;
import java.util.Map;

import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

/** The frame on a live Jira: who is acting and which Jira, escaped; no switcher and none of the demo's words. */
public class LiveFramePagesTest {
    private final EscapingVelocityViewRenderer renderer = new EscapingVelocityViewRenderer();

    @Test
    public void liveFrame_shouldNameTheOwnerAndTheJiraEscapedWithoutSwitcherOrDemoWords() {
        // given: names from a Jira are input like any other
        FrameView frame = FrameView.live("Morgan <b>Hall</b>", "https://jira.example.test/jira?x=\"><script>alert(1)</script>");

        // when
        String html = renderer.render(MessagePageView.TEMPLATE, Map.of("page",
                new MessagePageView(frame, "Jira could not be read", "Jira at https://jira.example.test answered HTTP 500.")));

        // then
        assertTrue(html.contains("Acting as <strong>Morgan &lt;b&gt;Hall&lt;/b&gt;</strong>"));
        assertTrue(html.contains("Read-only preview of the Jira at"));
        assertFalse(html.contains("<script>alert(1)"));
        for (String demoOnly : List.of("preview-user", "Nobody (anonymous)", "demo", "password", "Payments Platform", "GW-1")) {
            assertFalse(demoOnly, html.contains(demoOnly));
        }
    }

    @Test
    public void liveFrame_shouldSayNothingAboutWhoIsActingWhileJiraHasNotSaid() {
        String html = renderer.render(MessagePageView.TEMPLATE, Map.of("page",
                new MessagePageView(FrameView.live("", "https://jira.example.test"), "Jira cannot be reached", "…")));

        assertFalse(html.contains("Acting as"));
        assertTrue(html.contains("href=\"https://jira.example.test\""));
    }
}
