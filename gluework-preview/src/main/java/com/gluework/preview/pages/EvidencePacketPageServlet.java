package com.gluework.preview.pages;

import com.gluework.core.port.CurrentUser;
import com.gluework.core.service.EvidencePacketService;
import com.gluework.web.report.ReportTexts;
import com.gluework.web.rest.GlueWorkRestComponents;
import com.gluework.web.view.EvidencePacketPage;
import com.gluework.web.view.ViewRenderer;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.time.Clock;
import java.util.Optional;

/**
 * {@code /packet[?person=bob&from=2026-09-01&to=2026-11-30]}, the preview's evidence packet page: one's own packet by
 * default, over the last {@value EvidencePacketPage#DEFAULT_DAYS} days. What the request means, who may see it and the
 * audit of leads' views are gluework-web's {@link EvidencePacketPage} (shared with Jira's page); refusals get a message
 * page with the matching status (401, 403, 404, 400).
 */
public final class EvidencePacketPageServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;

    private final transient EvidencePacketPage page;
    private final transient IssuePageViewFactory pages;
    private final transient ViewRenderer renderer;
    private final transient CurrentUser currentUser;

    public EvidencePacketPageServlet(EvidencePacketService packets, IssuePageViewFactory pages, ViewRenderer renderer,
                                     CurrentUser currentUser, ReportTexts texts, Clock clock) {
        this.page = new EvidencePacketPage(packets, renderer, texts, clock);
        this.pages = pages;
        this.renderer = renderer;
        this.currentUser = currentUser;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<String> viewer = currentUser.key();
        EvidencePacketPage.Rendered rendered = page.render(viewer, request.getParameter("person"),
                request.getParameter("from"), request.getParameter("to"),
                request.getContextPath() + GlueWorkRestComponents.BASE_PATH);
        if (rendered.status() == HttpServletResponse.SC_OK) {
            PageResponses.send(response, renderer, HttpServletResponse.SC_OK, PacketPageView.TEMPLATE,
                    new PacketPageView(pages.frame(viewer), rendered.title(), rendered.personKey(), rendered.from(),
                            rendered.to(), rendered.bodyHtml()));
        } else {
            String message = rendered.status() == HttpServletResponse.SC_UNAUTHORIZED
                    ? "Pick who you are in the menu at the top right to see an evidence packet. (Preview only: there are no real logins here.)"
                    : rendered.message();
            PageResponses.send(response, renderer, rendered.status(), MessagePageView.TEMPLATE,
                    new MessagePageView(pages.frame(viewer), "Evidence packet", message));
        }
    }
}
