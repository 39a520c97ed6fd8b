package com.gluework.web.rest;

import com.atlassian.plugins.rest.api.security.annotation.AnonymousSiteAccess;
import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import com.gluework.core.model.Contribution;
import com.gluework.core.model.ContributionDraft;
import com.gluework.core.port.CurrentUser;
import com.gluework.core.service.ContributionService;
import com.gluework.web.rest.dto.ContributionDto;
import com.gluework.web.rest.dto.NewContributionDto;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.net.URI;
import java.util.List;

/** The glue recorded on one issue: list it, record more. */
@Path("issues/{issueKey}/contributions")
@LicensedOnly // the strictest rule on the class, so a method added without its own annotation is not left open
public class IssueContributionsResource {
    private final ContributionService contributions;
    private final CurrentUser currentUser;
    private final ContributionDtoAssembler dtos;

    @Inject
    public IssueContributionsResource(ContributionService contributions, CurrentUser currentUser,
                                      ContributionDtoAssembler dtos) {
        this.contributions = contributions;
        this.currentUser = currentUser;
        this.dtos = dtos;
    }

    /**
     * Lists the issue's contributions, oldest first. Retired ones (see {@code state}) are listed only for callers who
     * may restore them: their recorder, their contributor or a project administrator.
     *
     * <ul>
     *   <li>200 — a JSON array of {@link ContributionDto}, empty when nothing is recorded;</li>
     *   <li>400 — {@code issueKey} is not an issue key like {@code ABC-123};</li>
     *   <li>404 — the issue does not exist, or the caller (anonymous included) may not browse it; the two cases
     *       get the same answer so a hidden issue is never revealed. Anonymous callers get 404 rather than 401 for
     *       the same reason.</li>
     * </ul>
     */
    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @AnonymousSiteAccess // the service still checks browse permission on the issue
    public List<ContributionDto> list(@PathParam("issueKey") String issueKey) {
        return dtos.toDtos(contributions.listForIssue(currentUser.key(), issueKey).contributions());
    }

    /**
     * Records glue on the issue, for the caller or, with {@code contributorKey}, for a teammate (a peer observation).
     *
     * <ul>
     *   <li>201 — the stored {@link ContributionDto}; {@code Location} names the new contribution;</li>
     *   <li>400 — a field is missing or wrong (summary empty or over 255 characters, impact over 2,000, unknown or
     *       inactive category, unknown contributor or beneficiary, an evidence link that is not http(s), a date
     *       that is not {@code YYYY-MM-DD} or is after today), or the body is not valid JSON ({@code "body"}); each error names its
     *       field; nothing is stored;</li>
     *   <li>401 — the caller is anonymous;</li>
     *   <li>404 — the issue does not exist or the caller may not browse it;</li>
     *   <li>409 — ({@code "request"}) other changes were being saved at the same moment and this one could not be
     *       ordered after them even when tried again; nothing is stored;</li>
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
    public Response record(@PathParam("issueKey") String issueKey, NewContributionDto body) {
        Contribution recorded = contributions.record(currentUser.key(), issueKey, draftOf(body));
        // Relative: JAX-RS resolves it against the application's base URI (…/rest/gluework/1.0/).
        return Response.created(URI.create("contributions/" + recorded.id())).entity(dtos.toDto(recorded)).build();
    }

    private static ContributionDraft draftOf(NewContributionDto body) {
        if (body == null) {
            throw RequestBodies.missingBody("the contribution");
        }
        return RequestBodies.draftOf(body.categoryKey(), body.contributorKey(), body.summary(), body.impact(),
                body.beneficiaryKeys(), body.evidenceLinks(), body.occurredOn());
    }
}
