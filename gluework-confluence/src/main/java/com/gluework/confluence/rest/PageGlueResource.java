package com.gluework.confluence.rest;

import com.atlassian.applinks.api.ApplicationLinkService;
import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.gluework.confluence.page.JiraGlueClient;
import com.gluework.confluence.page.PageGlue;
import com.gluework.web.rest.dto.ContributionDto;
import com.gluework.web.rest.dto.ErrorDto;
import com.gluework.web.rest.dto.FieldErrorDto;
import com.gluework.web.rest.dto.NewGlueDto;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * "Record as glue" on a Confluence page, and the glue already credited to it, forwarded to Jira's Glue Work REST API
 * ({@code POST /contributions}, {@code GET /contributions?evidenceLink=}) over the application link as the viewer. The
 * page's address is the evidence: Jira's panel and report show it, which is the link back to the page.
 */
@Path("page-glue")
@LicensedOnly // glue names people: logged-in, licensed Confluence users only, as in Jira
public class PageGlueResource {
    /** The page action's request: the page, and what the dialog asked (one contribution per person credited). */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record RecordPageDto(String pageUrl, String issueKey, String categoryKey, List<String> contributorKeys,
                                String summary, String impact, String occurredOn) {
    }

    /** What was recorded, in order, and Jira's field errors for the first person it refused (nothing after is sent). */
    public record RecordedDto(List<ContributionDto> recorded, List<FieldErrorDto> errors) {
    }

    /** The glue credited to a page, and the "Credited:" line (plain text; the page script places it as text). */
    public record CreditedDto(List<ContributionDto> credited, String line) {
    }

    static final String TOKEN_HEADER = "X-Atlassian-Token";
    /** More people than a page's authors means a mistake, not a team. */
    static final int MAX_PEOPLE = 20;

    private final JiraLinkProxy jira;
    private final JiraGlueClient client = new JiraGlueClient();

    @Inject
    public PageGlueResource(ApplicationLinkService applicationLinkService) {
        this.jira = new JiraLinkProxy(applicationLinkService);
    }

    /**
     * The glue credited to the page at {@code pageUrl}.
     * <ul>
     *   <li>200 — {@link CreditedDto};</li>
     *   <li>400 — {@code pageUrl} is not an address on this Confluence;</li>
     *   <li>401 — the viewer has to authorise Confluence in Jira ({@code authorisationUri});</li>
     *   <li>502/503/504 — Jira failed, is not linked or did not answer ({@link JiraLinkProxy.ProblemDto}).</li>
     * </ul>
     */
    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @LicensedOnly
    public Response credited(@QueryParam("pageUrl") String pageUrl, @Context UriInfo request) {
        URI page = pageOnThisSite(pageUrl, request.getRequestUri());
        if (page == null) {
            return badPageUrl();
        }
        return jira.forward(link -> {
            List<ContributionDto> credited = client.creditedTo(link, page);
            return Response.ok(new CreditedDto(credited, PageGlue.creditedLine(credited))).build();
        });
    }

    /**
     * Records the page as glue for each person named (the caller when none): one contribution each, the page's
     * address as evidence, optionally on an issue.
     * <ul>
     *   <li>201 — {@link RecordedDto} with every contribution stored;</li>
     *   <li>400 — {@link RecordedDto}: Jira's field errors exactly as Jira worded them (an unknown or hidden issue is
     *       an error on {@code issueKey}), and what was stored before them; or {@link ErrorDto} for our own checks;</li>
     *   <li>401 — authorise Confluence in Jira first ({@code authorisationUri});</li>
     *   <li>403 — not sent by Glue Work's own script (XSRF);</li>
     *   <li>502/503/504 — Jira failed, is not linked or did not answer.</li>
     * </ul>
     */
    @POST
    @Consumes(MediaType.APPLICATION_JSON) // a form or text/plain post (all a foreign site can send) never gets here
    @Produces(MediaType.APPLICATION_JSON)
    @LicensedOnly
    public Response record(@HeaderParam(TOKEN_HEADER) String token, @HeaderParam("Origin") String origin,
                           @Context UriInfo request, RecordPageDto body) {
        URI self = request.getRequestUri();
        if (!"no-check".equalsIgnoreCase(token == null ? "" : token.strip())
                || (origin != null && !sameOrigin(origin, self))) {
            return error(403, "xsrf", "XSRF check failed: this change must come from Glue Work's dialog on this site.");
        }
        if (body == null) {
            return error(400, "pageUrl", "Send the page and what to record.");
        }
        URI page = pageOnThisSite(body.pageUrl(), self);
        if (page == null) {
            return badPageUrl();
        }
        List<String> people = body.contributorKeys() == null ? List.of() : body.contributorKeys();
        if (people.size() > MAX_PEOPLE) {
            return error(400, "contributorKeys", "Credit at most " + MAX_PEOPLE + " people at once.");
        }
        List<String> contributors = people.isEmpty() ? java.util.Collections.singletonList(null) : people;
        return jira.forward(link -> {
            List<ContributionDto> recorded = new ArrayList<>();
            for (String contributor : contributors) {
                JiraGlueClient.Recorded answer = client.record(link, new NewGlueDto(blankToNull(body.issueKey()),
                        body.categoryKey(), contributor, body.summary(), body.impact(), List.of(),
                        List.of(page.toString()), blankToNull(body.occurredOn())));
                if (!answer.ok()) {
                    return Response.status(400).entity(new RecordedDto(recorded, answer.errors())).build();
                }
                recorded.add(answer.contribution());
            }
            return Response.status(201).entity(new RecordedDto(recorded, List.of())).build();
        });
    }

    /**
     * The page's absolute address when it is on this Confluence (same scheme, host and port as the request): glue is
     * credited to pages here, and a stray address is refused rather than sent to Jira as evidence.
     */
    static URI pageOnThisSite(String pageUrl, URI self) {
        if (pageUrl == null || pageUrl.isBlank() || pageUrl.length() > 2_000) {
            return null;
        }
        try {
            URI page = new URI(pageUrl.strip());
            boolean web = "https".equalsIgnoreCase(page.getScheme()) || "http".equalsIgnoreCase(page.getScheme());
            return web && page.getRawUserInfo() == null && sameOrigin(page.getScheme() + "://" + page.getRawAuthority(), self)
                    ? page : null;
        } catch (URISyntaxException e) {
            return null;
        }
    }

    static boolean sameOrigin(String origin, URI self) {
        try {
            URI o = new URI(origin.strip());
            return o.getScheme() != null && o.getHost() != null && self.getHost() != null
                    && o.getScheme().equalsIgnoreCase(self.getScheme())
                    && o.getHost().toLowerCase(Locale.ROOT).equals(self.getHost().toLowerCase(Locale.ROOT))
                    && port(o) == port(self);
        } catch (URISyntaxException e) {
            return false;
        }
    }

    private static int port(URI uri) {
        return uri.getPort() > 0 ? uri.getPort() : "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static Response badPageUrl() {
        return error(400, "pageUrl", "Give the address of a page on this Confluence.");
    }

    private static Response error(int status, String field, String message) {
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE).entity(ErrorDto.of(status, field, message)).build();
    }
}
