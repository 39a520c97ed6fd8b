package com.gluework.web.rest;

import com.atlassian.plugins.rest.api.security.annotation.AnonymousSiteAccess;
import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import com.gluework.core.port.CurrentUser;
import com.gluework.core.service.SuggestionService;
import com.gluework.web.rest.dto.SuggestionDto;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.util.List;

/** Possible glue on one issue (issue 12): list it, answer "Not glue". Never counted anywhere. */
@Path("issues/{issueKey}/suggestions")
@LicensedOnly // the strictest rule on the class, so a method added without its own annotation is not left open
public class IssueSuggestionsResource {
    private final SuggestionService suggestions;
    private final CurrentUser currentUser;
    private final SuggestionDtoAssembler dtos;

    @Inject
    public IssueSuggestionsResource(SuggestionService suggestions, CurrentUser currentUser, SuggestionDtoAssembler dtos) {
        this.suggestions = suggestions;
        this.currentUser = currentUser;
        this.dtos = dtos;
    }

    /**
     * The issue's open suggestions, newest first: without glue the person already recorded in that category on the
     * issue, and without what someone answered "Not glue".
     *
     * <ul>
     *   <li>200 — a JSON array of {@link SuggestionDto}; empty for anonymous callers (they can neither record nor
     *       dismiss, and have no reason to read guesses about named colleagues);</li>
     *   <li>400 — {@code issueKey} is not an issue key like {@code ABC-123};</li>
     *   <li>404 — the issue does not exist or the caller may not browse it (the same answer for both).</li>
     * </ul>
     */
    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @AnonymousSiteAccess // the service answers anonymous callers with an empty list
    public List<SuggestionDto> list(@PathParam("issueKey") String issueKey) {
        return dtos.toDtos(currentUser.key(), suggestions.suggestionsFor(currentUser.key(), issueKey));
    }

    /**
     * "Not glue": hides the suggestion for everyone, remembered. Idempotent: answering again succeeds. No body, so it
     * needs the XSRF header {@code X-Atlassian-Token: no-check} (see {@link XsrfRequestFilter}).
     *
     * <ul>
     *   <li>204 — dismissed (now or before);</li>
     *   <li>400 — {@code issueKey} is not an issue key, or {@code suggestionId} is not 32 hex digits;</li>
     *   <li>401 — the caller is anonymous;</li>
     *   <li>403 — the caller is neither the person the suggestion names nor an administrator of the issue's project,
     *       or the XSRF header is missing;</li>
     *   <li>404 — the issue does not exist or is hidden from the caller, or it has no such suggestion (also once the
     *       person recorded it);</li>
     *   <li>503 — the database cannot store right now (disk full, read-only, unreachable); nothing is changed and
     *       the same request may be sent again later.</li>
     * </ul>
     */
    @PUT
    @Path("{suggestionId}/dismissal")
    @LicensedOnly
    public Response dismiss(@PathParam("issueKey") String issueKey, @PathParam("suggestionId") String suggestionId) {
        suggestions.dismiss(currentUser.key(), issueKey, suggestionId);
        return Response.noContent().build();
    }
}
