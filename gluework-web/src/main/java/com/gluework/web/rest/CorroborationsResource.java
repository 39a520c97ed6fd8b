package com.gluework.web.rest;

import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import com.gluework.core.error.NotFoundException;
import com.gluework.core.port.CurrentUser;
import com.gluework.core.service.ContributionService;
import com.gluework.web.rest.dto.ContributionDto;
import com.gluework.web.rest.dto.NewCorroborationDto;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** Peers' "+1, I saw that" on a contribution. */
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
     *   <li>403 — the caller is the contributor (nobody corroborates their own glue);</li>
     *   <li>404 — the contribution does not exist, or its issue is not browsable by the caller;</li>
     *   <li>409 — the caller already corroborated it, or it is retired;</li>
     *   <li>415 — the body is not {@code application/json}.</li>
     * </ul>
     */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @LicensedOnly
    public Response corroborate(@PathParam("contributionId") String contributionId, NewCorroborationDto body) {
        long id = idOf(contributionId);
        String note = body == null ? null : body.note();
        return Response.status(Response.Status.CREATED)
                .entity(dtos.toDto(contributions.corroborate(currentUser.key(), id, note))).build();
    }

    /** An address that cannot name a contribution names none: the same 404 as an unknown id. */
    private static long idOf(String text) {
        try {
            return Long.parseLong(text);
        } catch (NumberFormatException e) {
            throw new NotFoundException("contributionId",
                    "Contribution " + text + " does not exist or you do not have permission to see it.");
        }
    }
}
