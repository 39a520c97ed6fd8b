package com.gluework.web.view;

import com.gluework.web.report.BundleReportTexts;
import com.gluework.web.testing.InMemoryGlueWork;
import org.junit.Test;

import java.util.Optional;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

/** The printable packet page as Jira's servlet renders it: the viewer's own by default, statuses for refusals. */
public class EvidencePacketPageTest {
    private final InMemoryGlueWork glueWork = new InMemoryGlueWork();
    private final EvidencePacketPage page = new EvidencePacketPage(glueWork.packets, glueWork.renderer,
            new BundleReportTexts(), glueWork.clock);

    @Test
    public void render_shouldShowTheViewersOwnPacketByDefaultAndAuditALeadsView() {
        // given
        glueWork.host.withProjectAdmin("alice");
        glueWork.record("bob", "GW-1", "review", "Caught a race");

        // when
        EvidencePacketPage.Rendered own = page.render(Optional.of("bob"), null, null, null, "/jira/rest/gluework/1.0");
        EvidencePacketPage.Rendered byLead = page.render(Optional.of("alice"), "bob", "2026-11-01", "2026-11-30",
                "/jira/rest/gluework/1.0");

        // then
        assertEquals(200, own.status());
        assertEquals("bob", own.personKey());
        assertEquals("2026-08-28", own.from());
        assertTrue(own.title(), own.title().startsWith("Evidence packet \u2014 Bob"));
        assertTrue(own.bodyHtml(), own.bodyHtml().contains("Caught a race"));
        assertTrue(own.bodyHtml(), own.bodyHtml().contains("href=\"/jira/rest/gluework/1.0/people/bob/packet.md?from=2026-08-28&amp;to=2026-11-25\""));
        assertEquals(200, byLead.status());
        assertEquals(1, glueWork.packetAuditLog.viewsOf("bob").size());
    }

    @Test
    public void render_shouldAnswerTheRefusalsStatusAndSentence() {
        glueWork.record("bob", "GW-1", "review", "Caught a race");

        assertEquals(401, page.render(Optional.empty(), null, null, null, "/rest").status());
        assertEquals(403, page.render(Optional.of("carol"), "bob", null, null, "/rest").status());
        assertEquals(404, page.render(Optional.of("carol"), "nobody", null, null, "/rest").status());
        EvidencePacketPage.Rendered bad = page.render(Optional.of("bob"), null, "2026-13-01", null, "/rest");
        assertEquals(400, bad.status());
        assertTrue(bad.message(), bad.message().contains("YYYY-MM-DD"));
        assertEquals("", bad.bodyHtml());
    }
}
