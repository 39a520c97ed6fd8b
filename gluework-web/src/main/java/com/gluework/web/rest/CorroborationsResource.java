package com.gluework.web.rest;

import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import com.gluework.core.port.CurrentUser;
import com.gluework.core.service.ContributionService;
import com.gluework.web.rest.dto.ContributionDto;
import com.gluework.web.rest.dto.NewCorroborationDto;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** Peers' "+1, I saw that" on a contribution: add one, or withdraw your own. */
@Path("contributions/{contributionId}/corroborations")
@LicensedOnly
public class CorroborationsResource {
    private final ContributionService contributions;
    private final CurrentUser currentUser;
    private final ContributionDtoAssembler dtos;

    @Inject
    public CorroborationsResource(ContributionService contributions, CurrentUser currentUser,
                                  ContributionDtoAssembler dtos) {
        this.contributions = contributions;
        this.currentUser = currentUser;
        this.dtos = dtos;
    }

    /**
     * Adds the caller's corroboration, with an optional note ({@code {"note":"…"}}; an empty body means no note).
     *
     * <ul>
     *   <li>201 — the contribution with its corroborations, as a {@link ContributionDto};</li>
     *   <li>400 — the note is over 1,000 characters, or the body is not valid JSON ({@code "body"});</li>
     *   <li>401 — the caller is anonymous;</li>
     *   <li>403 — the caller is the contributor or the recorder (their word is already on it);</li>
     *   <li>404 — the contribution does not exist, its issue is not browsable by the caller, or it is retired and the
     *       caller may not edit it;</li>
     *   <li>409 — the caller already corroborated it, or it is retired (answered to its editors only), or
     *       ({@code "request"}) it collided with other changes being saved at the same moment even when tried
     *       again;</li>
     *   <li>413 — the body is over 64 KiB; nothing is changed;</li>
     *   <li>415 — the body is not {@code application/json}, or declares a charset other than UTF-8;</li>
     *   <li>503 — the database cannot store right now (disk full, read-only, unreachable); nothing is changed and
     *       the same request may be sent again later.</li>
     * </ul>
     */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @LicensedOnly
    public Response corroborate(@PathParam("contributionId") String contributionId, NewCorroborationDto body) {
        long id = RequestBodies.contributionIdOf(contributionId);
        String note = body == null ? null : body.note();
        return Response.status(Response.Status.CREATED)
                .entity(dtos.toDto(contributions.corroborate(currentUser.key(), id, note))).build();
    }

    /**
     * Withdraws the caller's own corroboration. It stays in the contribution's history but no longer counts or shows;
     * corroborating again later is allowed. No body, so it needs the XSRF header {@code X-Atlassian-Token: no-check}
     * (see {@link XsrfRequestFilter}).
     *
     * <ul>
     *   <li>200 — the contribution without the caller's corroboration, as a {@link ContributionDto};</li>
     *   <li>401 — the caller is anonymous;</li>
     *   <li>404 — the contribution does not exist, its issue is not browsable by the caller, or it is retired and the
     *       caller may not edit it;</li>
     *   <li>409 — the caller has no corroboration on it, or ({@code "request"}) it collided with other changes
     *       being saved at the same moment even when tried again;</li>
     *   <li>503 — the database cannot store right now (disk full, read-only, unreachable); nothing is changed and
     *       the same request may be sent again later.</li>
     * </ul>
     */
    @DELETE
    @Path("mine")
    @Produces(MediaType.APPLICATION_JSON)
    @LicensedOnly
    public ContributionDto withdrawMine(@PathParam("contributionId") String contributionId) {
        long id = RequestBodies.contributionIdOf(contributionId);
        return dtos.toDto(contributions.withdrawCorroboration(currentUser.key(), id));
    }
}
