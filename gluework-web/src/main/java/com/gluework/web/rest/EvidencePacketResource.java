package com.gluework.web.rest;

import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import com.gluework.core.career.CalibrationClaim;
import com.gluework.core.career.EvidenceItem;
import com.gluework.core.career.ReviewEvidence;
import com.gluework.core.model.Person;
import com.gluework.core.port.CurrentUser;
import com.gluework.core.service.EvidencePacketService;
import com.gluework.web.career.CalibrationText;
import com.gluework.web.career.EvidencePacketMarkdown;
import com.gluework.web.report.ReportTexts;
import com.gluework.web.rest.dto.CalibrationSentenceDto;
import com.gluework.web.rest.dto.CategoryRefDto;
import com.gluework.web.rest.dto.EvidenceItemDto;
import com.gluework.web.rest.dto.EvidencePacketDto;
import com.gluework.web.rest.dto.PersonDto;
import com.gluework.web.rest.dto.RubricDimensionDto;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * Evidence packets for self-reviews, 1:1s and promotion cases. Readable by the person and the leads of projects they
 * worked in (see {@link EvidencePacketService}); every view by someone else is logged, and the person reads that log
 * through {@link PacketViewsResource}. Never cacheable: each answer is computed for the caller.
 */
@Path("people/{personKey}")
@LicensedOnly
public class EvidencePacketResource {
    private final EvidencePacketService packets;
    private final CurrentUser currentUser;
    private final ReportTexts texts;

    @Inject
    public EvidencePacketResource(EvidencePacketService packets, CurrentUser currentUser, ReportTexts texts) {
        this.packets = packets;
        this.currentUser = currentUser;
        this.texts = texts;
    }

    /**
     * One person's packet as JSON.
     *
     * <ul>
     *   <li>200 — {@link EvidencePacketDto};</li>
     *   <li>400 — {@code from} or {@code to} is missing, not a YYYY-MM-DD date, reversed, or more than two years apart;</li>
     *   <li>401 — the caller is anonymous;</li>
     *   <li>403 — the caller is neither the person nor a lead of a project they worked in;</li>
     *   <li>404 — there is no such user.</li>
     * </ul>
     */
    @GET
    @Path("packet")
    @Produces(MediaType.APPLICATION_JSON)
    @LicensedOnly
    public Response packet(@PathParam("personKey") String personKey, @QueryParam("from") String from,
                           @QueryParam("to") String to) {
        ReviewEvidence evidence = packets.packet(currentUser.key(), personKey, EvidencePacketService.day("from", from), EvidencePacketService.day("to", to));
        return fresh(Response.ok(toDto(evidence)));
    }

    /**
     * One person's packet as a Markdown download.
     *
     * <ul>
     *   <li>200 — {@code text/markdown} downloaded as {@code glue-evidence-<from>-<to>.md}, user text escaped (see
     *       {@link EvidencePacketMarkdown});</li>
     *   <li>400 — {@code from} or {@code to} is missing, not a YYYY-MM-DD date, reversed, or more than two years apart;</li>
     *   <li>401 — the caller is anonymous;</li>
     *   <li>403 — the caller is neither the person nor a lead of a project they worked in;</li>
     *   <li>404 — there is no such user.</li>
     * </ul>
     */
    @GET
    @Path("packet.md")
    @Produces(EvidencePacketMarkdown.MEDIA_TYPE)
    @LicensedOnly
    public Response markdown(@PathParam("personKey") String personKey, @QueryParam("from") String from,
                             @QueryParam("to") String to) {
        ReviewEvidence evidence = packets.packet(currentUser.key(), personKey, EvidencePacketService.day("from", from), EvidencePacketService.day("to", to));
        String markdown = new EvidencePacketMarkdown(texts).write(evidence.packet(), evidence.draft(), evidence.people());
        // Only the validated ISO dates reach the header: no user text, no person key.
        String file = "glue-evidence-" + evidence.packet().period().from() + "-" + evidence.packet().period().to() + ".md";
        return fresh(Response.ok(markdown, EvidencePacketMarkdown.MEDIA_TYPE)
                .header("Content-Disposition", "attachment; filename=\"" + file + "\"")
                .header("X-Content-Type-Options", "nosniff"));
    }

    EvidencePacketDto toDto(ReviewEvidence evidence) {
        CalibrationText words = new CalibrationText(texts, evidence.people(), UnaryOperator.identity());
        List<String> sentences = words.sentences(evidence.draft());
        List<CalibrationSentenceDto> draft = new ArrayList<>();
        for (int i = 0; i < sentences.size(); i++) {
            CalibrationClaim claim = evidence.draft().claims().get(i);
            draft.add(new CalibrationSentenceDto(claim.kind().name(), sentences.get(i), claim.sourceIds()));
        }
        return new EvidencePacketDto(person(evidence.packet().person()),
                evidence.packet().period().from().toString(), evidence.packet().period().to().toString(),
                evidence.packet().highlights().stream().map(i -> item(i, words)).toList(),
                evidence.packet().dimensions().stream().map(d -> new RubricDimensionDto(d.dimension(),
                        words.dimensionName(d.dimension()), d.items().stream().map(i -> item(i, words)).toList())).toList(),
                draft);
    }

    private static EvidenceItemDto item(EvidenceItem item, CalibrationText words) {
        var c = item.contribution();
        return new EvidenceItemDto(c.id(), c.issueRef().map(i -> i.key()).orElse(null),
                new CategoryRefDto(item.category().key(), item.category().name()), c.summary(), c.impact(),
                c.occurredOn().toString(),
                c.beneficiaryKeys().stream().map(k -> person(words.person(k))).toList(),
                c.evidenceLinks().stream().map(URI::toString).toList(),
                c.corroborations().stream().map(k -> person(words.person(k.corroboratorKey()))).toList(),
                item.strength().name(), words.spotlight(item));
    }

    static PersonDto person(Person p) {
        return new PersonDto(p.key(), p.displayName());
    }

    private static Response fresh(Response.ResponseBuilder response) {
        return response.header("Cache-Control", "no-store").build();
    }
}
