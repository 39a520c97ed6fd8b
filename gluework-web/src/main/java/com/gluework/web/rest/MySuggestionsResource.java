package com.gluework.web.rest;

import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import com.gluework.core.port.CurrentUser;
import com.gluework.core.service.SuggestionService;
import com.gluework.web.rest.dto.SuggestionDto;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import java.util.List;

/** The caller's own open suggestions across projects (issue 12): what "My glue" shows, or its own page. */
@Path("myself/suggestions")
@LicensedOnly
public class MySuggestionsResource {
    private final SuggestionService suggestions;
    private final CurrentUser currentUser;
    private final SuggestionDtoAssembler dtos;

    @Inject
    public MySuggestionsResource(SuggestionService suggestions, CurrentUser currentUser, SuggestionDtoAssembler dtos) {
        this.suggestions = suggestions;
        this.currentUser = currentUser;
        this.dtos = dtos;
    }

    /**
     * Newest first, from the issues updated in the last 90 days (at most 200, read in batch) that the caller may
     * browse; recorded and dismissed ones left out.
     *
     * <ul>
     *   <li>200 — a JSON array of {@link SuggestionDto}, empty when there is nothing to record;</li>
     *   <li>401 — the caller is anonymous.</li>
     * </ul>
     */
    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @LicensedOnly
    public List<SuggestionDto> list() {
        return dtos.toDtos(currentUser.key(), suggestions.suggestionsOf(currentUser.key()));
    }
}
