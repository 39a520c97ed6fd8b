package com.gluework.web.rest;

import com.atlassian.plugins.rest.api.security.annotation.AnonymousSiteAccess;
import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import com.gluework.core.model.ContributionChange;
import com.gluework.core.port.CurrentUser;
import com.gluework.core.service.ContributionService;
import com.gluework.web.rest.dto.ContributionChangeDto;
import com.gluework.web.rest.dto.ContributionDto;
import com.gluework.web.rest.dto.EditContributionDto;
import com.gluework.web.rest.dto.FieldChangeDto;
import com.gluework.web.rest.dto.PersonDto;
import com.gluework.web.rest.dto.VersionDto;
import com.gluework.web.view.ContributionHistoryView;
import com.gluework.web.view.ContributionHistoryViewFactory;
import com.gluework.web.view.ViewRenderer;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One contribution: read it, edit it, retire and restore it, and read its change history. Every change carries the
 * version it was based on, so a change made meanwhile by someone else is refused (409) instead of overwritten.
 */
@Path("contributions/{contributionId}")
@LicensedOnly // the strictest rule on the class, so a method added without its own annotation is not left open
public class ContributionResource {
    private final ContributionService contributions;
    private final CurrentUser currentUser;
    private final ContributionDtoAssembler dtos;
    private final ContributionHistoryViewFactory histories;
    private final ViewRenderer renderer;

    @Inject
    public ContributionResource(ContributionService contributions, CurrentUser currentUser, ContributionDtoAssembler dtos,
                                ContributionHistoryViewFactory histories, ViewRenderer renderer) {
        this.contributions = contributions;
        this.currentUser = currentUser;
        this.dtos = dtos;
        this.histories = histories;
        this.renderer = renderer;
    }

    /**
     * Reads one contribution; an edit form starts from this and sends its {@code version} back. A retired one (see
     * {@code state}) is answered only to those who may restore it.
     *
     * <ul>
     *   <li>200 — the {@link ContributionDto};</li>
     *   <li>404 — the contribution does not exist, the caller (anonymous included) may not browse its issue, or it is
     *       retired and the caller may not edit it — all the same answer.</li>
     * </ul>
     */
    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @AnonymousSiteAccess // the service still checks browse permission on the issue
    public ContributionDto read(@PathParam("contributionId") String contributionId) {
        return dtos.toDto(contributions.find(currentUser.key(), RequestBodies.contributionIdOf(contributionId)));
    }

    /**
     * Replaces the contribution's fields with the body's (the whole new state; a missing contributor or date keeps the
     * current one) and keeps the old values in its history. An edit that changes nothing stores nothing; one that
     * changes the contributor or the summary withdraws every corroboration (they vouched for the old claim).
     *
     * <ul>
     *   <li>200 — the contribution as stored now, with its new {@code version};</li>
     *   <li>400 — a field is missing or wrong (as for recording, a date after today included; also a missing
     *       {@code version}, or a new contributor
     *       who has corroborated it), or the body is not valid JSON ({@code "body"}); nothing is changed;</li>
     *   <li>401 — the caller is anonymous;</li>
     *   <li>403 — the caller is neither its recorder, its contributor nor an administrator of the project;</li>
     *   <li>404 — the contribution does not exist, or the caller may not browse its issue;</li>
     *   <li>409 — {@code version} is stale: someone changed it since ({@code "version"}); or it is retired
     *       ({@code "state"}); or ({@code "request"}) other changes were being saved at the same moment and this one
     *       could not be ordered after them even when tried again; nothing is changed;</li>
     *   <li>413 — the body is over 64 KiB; nothing is changed;</li>
     *   <li>415 — the body is not {@code application/json}, or declares a charset other than UTF-8;</li>
     *   <li>503 — the database cannot store right now (disk full, read-only, unreachable); nothing is changed and
     *       the same request may be sent again later.</li>
     * </ul>
     */
    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @LicensedOnly
    public ContributionDto edit(@PathParam("contributionId") String contributionId, EditContributionDto body) {
        long id = RequestBodies.contributionIdOf(contributionId);
        if (body == null) {
            throw RequestBodies.missingBody("the contribution");
        }
        int version = RequestBodies.versionOf(body.version());
        return dtos.toDto(contributions.edit(currentUser.key(), id, RequestBodies.draftOf(body.categoryKey(),
                body.contributorKey(), body.summary(), body.impact(), body.beneficiaryKeys(), body.evidenceLinks(),
                body.occurredOn()), version));
    }

    /**
     * Retires the contribution: it no longer counts or shows (except to the people who may restore it), and nothing
     * is deleted. Body: {@code {"version":n}}.
     *
     * <ul>
     *   <li>200 — the retired contribution, with its new {@code version};</li>
     *   <li>400 — {@code version} is missing, or the body is not valid JSON ({@code "body"});</li>
     *   <li>401 — the caller is anonymous;</li>
     *   <li>403 — the caller may not edit it;</li>
     *   <li>404 — the contribution does not exist, or the caller may not browse its issue;</li>
     *   <li>409 — {@code version} is stale, or it is already retired, or ({@code "request"}) it collided with other
     *       changes being saved at the same moment even when tried again; nothing is changed;</li>
     *   <li>413 — the body is over 64 KiB; nothing is changed;</li>
     *   <li>415 — the body is not {@code application/json}, or declares a charset other than UTF-8;</li>
     *   <li>503 — the database cannot store right now (disk full, read-only, unreachable); nothing is changed and
     *       the same request may be sent again later.</li>
     * </ul>
     */
    @POST
    @Path("retire")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @LicensedOnly
    public ContributionDto retire(@PathParam("contributionId") String contributionId, VersionDto body) {
        long id = RequestBodies.contributionIdOf(contributionId);
        return dtos.toDto(contributions.retire(currentUser.key(), id, versionIn(body)));
    }

    /**
     * Restores a retired contribution. Body: {@code {"version":n}}.
     *
     * <ul>
     *   <li>200 — the active contribution, with its new {@code version};</li>
     *   <li>400 — {@code version} is missing, or the body is not valid JSON ({@code "body"});</li>
     *   <li>401 — the caller is anonymous;</li>
     *   <li>403 — the caller may not edit it;</li>
     *   <li>404 — the contribution does not exist, or the caller may not browse its issue;</li>
     *   <li>409 — {@code version} is stale, or it is not retired, or ({@code "request"}) it collided with other
     *       changes being saved at the same moment even when tried again; nothing is changed;</li>
     *   <li>413 — the body is over 64 KiB; nothing is changed;</li>
     *   <li>415 — the body is not {@code application/json}, or declares a charset other than UTF-8;</li>
     *   <li>503 — the database cannot store right now (disk full, read-only, unreachable); nothing is changed and
     *       the same request may be sent again later.</li>
     * </ul>
     */
    @POST
    @Path("restore")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @LicensedOnly
    public ContributionDto restore(@PathParam("contributionId") String contributionId, VersionDto body) {
        long id = RequestBodies.contributionIdOf(contributionId);
        return dtos.toDto(contributions.restore(currentUser.key(), id, versionIn(body)));
    }

    /**
     * Who changed what and when, oldest first: creation, edits (each changed field before → after, people and
     * categories by name), retire, restore, corroborations and their withdrawal.
     *
     * <ul>
     *   <li>200 — a JSON array of {@link ContributionChangeDto};</li>
     *   <li>404 — the contribution does not exist, the caller (anonymous included) may not browse its issue, or it is
     *       retired and the caller may not edit it.</li>
     * </ul>
     */
    @GET
    @Path("history")
    @Produces(MediaType.APPLICATION_JSON)
    @AnonymousSiteAccess
    public List<ContributionChangeDto> history(@PathParam("contributionId") String contributionId) {
        return historyView(contributionId).getEntries().stream().map(entry -> new ContributionChangeDto(
                new PersonDto(entry.getActorKey(), entry.getActorName()), entry.getAt(), entry.getKind(),
                entry.getFieldChanges().stream().map(f -> new FieldChangeDto(f.getField(), f.getBefore(), f.getAfter()))
                        .toList())).toList();
    }

    /**
     * The same history as an HTML fragment, rendered with the panel's templates and escaping, for the panel to show in
     * place (the browser builds no HTML from data).
     *
     * <ul>
     *   <li>200 — {@code text/html}: the history fragment, not cacheable;</li>
     *   <li>404 — the contribution does not exist, the caller may not browse its issue, or it is retired and the
     *       caller may not edit it (JSON {@code ErrorDto}).</li>
     * </ul>
     */
    @GET
    @Path("history")
    @Produces(MediaType.TEXT_HTML + ";charset=UTF-8")
    @AnonymousSiteAccess
    public Response historyFragment(@PathParam("contributionId") String contributionId) {
        String html = renderer.render(ContributionHistoryView.TEMPLATE,
                Map.of(ContributionHistoryView.CONTEXT_KEY, historyView(contributionId)));
        return Response.ok(html).header("Cache-Control", "no-store").build();
    }

    private ContributionHistoryView historyView(String contributionId) {
        long id = RequestBodies.contributionIdOf(contributionId);
        Optional<String> actor = currentUser.key();
        List<ContributionChange> history = contributions.history(actor, id);
        return histories.create(id, history);
    }

    private static int versionIn(VersionDto body) {
        if (body == null) {
            throw RequestBodies.missingBody("{\"version\": n}");
        }
        return RequestBodies.versionOf(body.version());
    }
}
