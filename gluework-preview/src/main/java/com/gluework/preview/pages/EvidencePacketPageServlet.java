package com.gluework.preview.pages;

import com.gluework.core.career.ReviewEvidence;
import com.gluework.core.error.AccessDeniedException;
import com.gluework.core.error.AuthenticationRequiredException;
import com.gluework.core.error.GlueWorkException;
import com.gluework.core.error.InvalidInputException;
import com.gluework.core.error.NotFoundException;
import com.gluework.core.port.CurrentUser;
import com.gluework.core.service.EvidencePacketService;
import com.gluework.web.report.ReportTexts;
import com.gluework.web.rest.GlueWorkRestComponents;
import com.gluework.web.view.EvidencePacketView;
import com.gluework.web.view.EvidencePacketViewFactory;
import com.gluework.web.view.ViewRenderer;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code /packet[?person=bob&from=2026-09-01&to=2026-11-30]}, the preview's evidence packet page: one's own packet by
 * default, over the last {@value #DEFAULT_DAYS} days. The same service as the REST API decides who may see it and
 * audits leads' views; refusals get a message page with the matching status (401, 403, 404, 400).
 */
public final class EvidencePacketPageServlet extends HttpServlet {
    /** A quarter: the usual span between reviews. */
    static final int DEFAULT_DAYS = 90;
    private static final long serialVersionUID = 1L;

    private final transient EvidencePacketService packets;
    private final transient IssuePageViewFactory pages;
    private final transient ViewRenderer renderer;
    private final transient CurrentUser currentUser;
    private final transient ReportTexts texts;
    private final transient Clock clock;

    public EvidencePacketPageServlet(EvidencePacketService packets, IssuePageViewFactory pages, ViewRenderer renderer,
                                     CurrentUser currentUser, ReportTexts texts, Clock clock) {
        this.packets = packets;
        this.pages = pages;
        this.renderer = renderer;
        this.currentUser = currentUser;
        this.texts = texts;
        this.clock = clock;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<String> viewer = currentUser.key();
        try {
            String person = Optional.ofNullable(request.getParameter("person")).filter(p -> !p.isBlank())
                    .or(() -> viewer).orElseThrow(() -> new AuthenticationRequiredException("user",
                            "Pick who you are in the menu at the top right to see an evidence packet. (Preview only: there are no real logins here.)"));
            LocalDate to = Optional.ofNullable(EvidencePacketService.day("to", request.getParameter("to")))
                    .orElse(LocalDate.now(clock));
            LocalDate from = Optional.ofNullable(EvidencePacketService.day("from", request.getParameter("from")))
                    .orElse(to.minusDays(DEFAULT_DAYS - 1));
            ReviewEvidence evidence = packets.packet(viewer, person, from, to);
            List<EvidencePacketService.ViewOfMyPacket> views = person.equals(viewer.orElse(null))
                    ? packets.viewsOfMyPackets(viewer) : List.of();
            EvidencePacketView view = EvidencePacketViewFactory.create(evidence, texts,
                    request.getContextPath() + GlueWorkRestComponents.BASE_PATH, viewer.orElse(""), views);
            String body = renderer.render(EvidencePacketView.TEMPLATE, Map.of(EvidencePacketView.CONTEXT_KEY, view));
            PageResponses.send(response, renderer, HttpServletResponse.SC_OK, PacketPageView.TEMPLATE,
                    new PacketPageView(pages.frame(viewer), texts.text("gluework.packet.title", view.getPersonName()),
                            view.getPersonKey(), view.getFrom(), view.getTo(), body));
        } catch (GlueWorkException e) {
            PageResponses.send(response, renderer, status(e), MessagePageView.TEMPLATE, new MessagePageView(
                    pages.frame(viewer), "Evidence packet",
                    e.errors().isEmpty() ? "The evidence packet is not available." : e.errors().get(0).message()));
        }
    }

    private static int status(GlueWorkException e) {
        if (e instanceof AuthenticationRequiredException) {
            return HttpServletResponse.SC_UNAUTHORIZED;
        }
        if (e instanceof AccessDeniedException) {
            return HttpServletResponse.SC_FORBIDDEN;
        }
        if (e instanceof NotFoundException) {
            return HttpServletResponse.SC_NOT_FOUND;
        }
        return e instanceof InvalidInputException ? HttpServletResponse.SC_BAD_REQUEST : HttpServletResponse.SC_SERVICE_UNAVAILABLE;
    }
}
