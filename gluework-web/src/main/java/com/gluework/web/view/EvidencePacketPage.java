package com.gluework.web.view;

import com.gluework.core.career.ReviewEvidence;
import com.gluework.core.error.AccessDeniedException;
import com.gluework.core.error.AuthenticationRequiredException;
import com.gluework.core.error.GlueWorkException;
import com.gluework.core.error.InvalidInputException;
import com.gluework.core.error.NotFoundException;
import com.gluework.core.service.EvidencePacketService;
import com.gluework.web.report.ReportTexts;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The printable evidence packet page for one request, for hosts that render it as a page of their own (Jira's
 * servlet): one's own packet by default, over the last {@value #DEFAULT_DAYS} days. The service decides who may see it
 * and audits leads' views; refusals answer the matching status (401, 403, 404, 400) and a sentence.
 */
public final class EvidencePacketPage {
    /** A quarter: the usual span between reviews (as the preview's page). */
    public static final int DEFAULT_DAYS = 90;

    private final EvidencePacketService packets;
    private final ViewRenderer renderer;
    private final ReportTexts texts;
    private final Clock clock;

    public EvidencePacketPage(EvidencePacketService packets, ViewRenderer renderer, ReportTexts texts, Clock clock) {
        this.packets = packets;
        this.renderer = renderer;
        this.texts = texts;
        this.clock = clock;
    }

    /**
     * @param person   the {@code person} query parameter, null or blank for the viewer's own packet
     * @param restBase the REST API's base address as the browser reaches it, for the Markdown link
     */
    public Rendered render(Optional<String> viewer, String person, String from, String to, String restBase) {
        String fallbackTitle = texts.text("gluework.packet.title", "");
        try {
            String personKey = Optional.ofNullable(person).filter(p -> !p.isBlank()).or(() -> viewer)
                    .orElseThrow(() -> new AuthenticationRequiredException("user", "Log in to see evidence packets."));
            LocalDate last = Optional.ofNullable(EvidencePacketService.day("to", to)).orElse(LocalDate.now(clock));
            LocalDate first = Optional.ofNullable(EvidencePacketService.day("from", from)).orElse(last.minusDays(DEFAULT_DAYS - 1));
            ReviewEvidence evidence = packets.packet(viewer, personKey, first, last);
            List<EvidencePacketService.ViewOfMyPacket> views = personKey.equals(viewer.orElse(null))
                    ? packets.viewsOfMyPackets(viewer) : List.of();
            EvidencePacketView view = EvidencePacketViewFactory.create(evidence, texts, restBase, viewer.orElse(""), views);
            String body = renderer.render(EvidencePacketView.TEMPLATE, Map.of(EvidencePacketView.CONTEXT_KEY, view));
            return new Rendered(200, texts.text("gluework.packet.title", view.getPersonName()), body, "",
                    view.getPersonKey(), view.getFrom(), view.getTo());
        } catch (GlueWorkException e) {
            String message = e.errors().isEmpty() ? fallbackTitle : e.errors().get(0).message();
            return new Rendered(statusOf(e), fallbackTitle, "", message, "", "", "");
        }
    }

    private static int statusOf(GlueWorkException e) {
        if (e instanceof AuthenticationRequiredException) {
            return 401;
        }
        if (e instanceof AccessDeniedException) {
            return 403;
        }
        if (e instanceof NotFoundException) {
            return 404;
        }
        return e instanceof InvalidInputException ? 400 : 503;
    }

    /**
     * @param bodyHtml  the packet body rendered (and escaped) by {@link EvidencePacketView#TEMPLATE}; "" when refused
     * @param message   why it was refused, plain text; "" on success
     * @param personKey whose packet, for the period form; "" when refused
     */
    public record Rendered(int status, String title, String bodyHtml, String message, String personKey, String from,
                           String to) {
    }
}
