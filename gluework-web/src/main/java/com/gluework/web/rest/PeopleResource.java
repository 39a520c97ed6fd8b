package com.gluework.web.rest;

import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import com.gluework.core.port.CurrentUser;
import com.gluework.core.service.PeopleService;
import com.gluework.web.rest.dto.PersonDto;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import java.util.List;

/** Teammates by name, for the panel's "who did it" and "who benefited" pickers. */
@Path("people")
@LicensedOnly // the user directory is not public: only logged-in, licensed users may search it
public class PeopleResource {
    private final PeopleService people;
    private final CurrentUser currentUser;

    @Inject
    public PeopleResource(PeopleService people, CurrentUser currentUser) {
        this.people = people;
        this.currentUser = currentUser;
    }

    /**
     * Active people whose name or username contains {@code query} (case-insensitive), at most 20.
     *
     * <ul>
     *   <li>200 — a JSON array of {@link PersonDto}, empty when nobody matches;</li>
     *   <li>400 — {@code query} is missing, blank or over 100 characters ({@code "query"});</li>
     *   <li>401 — the caller is anonymous.</li>
     * </ul>
     */
    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @LicensedOnly
    public List<PersonDto> search(@QueryParam("query") String query) {
        return people.search(currentUser.key(), query).stream().map(p -> new PersonDto(p.key(), p.displayName())).toList();
    }
}
