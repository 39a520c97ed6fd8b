package com.gluework.web.rest;

import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import com.gluework.core.error.InvalidInputException;
import com.gluework.core.model.Contribution;
import com.gluework.core.port.CurrentUser;
import com.gluework.core.service.ContributionService;
import com.gluework.web.rest.dto.ContributionDto;
import com.gluework.web.rest.dto.NewGlueDto;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Optional;

/**
 * Glue recorded from anywhere — a Confluence page, a meeting — on an issue or as team glue not tied to one, and the
 * glue credited to a page.
 */
@Path("contributions")
@LicensedOnly // the strictest rule on the class, so a method added without its own annotation is not left open
public class ContributionsResource {
    private final ContributionService contributions;
    private final CurrentUser currentUser;
    private final ContributionDtoAssembler dtos;

    @Inject
    public ContributionsResource(ContributionService contributions, CurrentUser currentUser, ContributionDtoAssembler dtos) {
        this.contributions = contributions;
        this.currentUser = currentUser;
        this.dtos = dtos;
    }

    /**
     * The glue credited to a page or other evidence: contributions that are not retired and name {@code evidenceLink}
     * exactly among their evidence links, oldest first, at most 100 — on issues the caller may browse, and team glue.
     *
     * <ul>
     *   <li>200 — a JSON array of {@code ContributionDto}, empty when nothing names the link;</li>
     *   <li>400 — {@code evidenceLink} is missing or not an absolute http(s) URL;</li>
     *   <li>401 — the caller is anonymous.</li>
     * </ul>
     */
    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @LicensedOnly
    public List<ContributionDto> creditedTo(@QueryParam("evidenceLink") String evidenceLink) {
        return dtos.toDtos(contributions.listForEvidence(currentUser.key(), absoluteHttpUrl(evidenceLink)));
    }

    private static URI absoluteHttpUrl(String text) {
        InvalidInputException invalid = new InvalidInputException("evidenceLink",
                "Give the page's address, an absolute http or https URL.");
        if (text == null || text.isBlank() || text.length() > 2_000) {
            throw invalid;
        }
        try {
            URI uri = new URI(text.strip());
            if (uri.getScheme() == null || !List.of("http", "https").contains(uri.getScheme().toLowerCase(java.util.Locale.ROOT))
                    || uri.getHost() == null) {
                throw invalid;
            }
            return uri;
        } catch (URISyntaxException e) {
            throw invalid;
        }
    }

    /**
     * Records glue for the caller or, with {@code contributorKey}, for a teammate; on {@code issueKey} when given
     * (then with exactly the rules and errors of {@code POST /issues/{issueKey}/contributions}), otherwise as team glue
     * the sprint report counts by its date.
     *
     * <ul>
     *   <li>201 — the stored {@code ContributionDto}; {@code Location} names the new contribution;</li>
     *   <li>400 — a field is missing or wrong (as for the issue endpoint, plus {@code issueKey} when it is not an issue
     *       key like {@code ABC-123}), or the body is not valid JSON ({@code "body"}); each error names its field;
     *       nothing is stored;</li>
     *   <li>401 — the caller is anonymous;</li>
     *   <li>404 — an {@code issueKey} was given, and that issue does not exist or the caller may not browse it;</li>
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
    public Response record(NewGlueDto body) {
        if (body == null) {
            throw RequestBodies.missingBody("the contribution");
        }
        Optional<String> issueKey = Optional.ofNullable(body.issueKey()).filter(key -> !key.isBlank());
        Contribution recorded = contributions.recordAnywhere(currentUser.key(), issueKey,
                RequestBodies.draftOf(body.categoryKey(), body.contributorKey(), body.summary(), body.impact(),
                        body.beneficiaryKeys(), body.evidenceLinks(), body.occurredOn()));
        return Response.created(URI.create("contributions/" + recorded.id())).entity(dtos.toDto(recorded)).build();
    }
}
