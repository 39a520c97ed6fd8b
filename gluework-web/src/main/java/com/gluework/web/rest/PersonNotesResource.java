package com.gluework.web.rest;

import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import com.gluework.core.port.CurrentUser;
import com.gluework.core.service.EvidencePacketService;
import com.gluework.core.service.MyGlueService;
import com.gluework.web.rest.dto.PersonNotesDto;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** Someone's weekly glue notes, as the caller may see them (see {@link MyGlueService#notesOf}). */
@Path("people/{personKey}/notes")
@LicensedOnly
public class PersonNotesResource {
    private final MyGlueService myGlue;
    private final CurrentUser currentUser;

    @Inject
    public PersonNotesResource(MyGlueService myGlue, CurrentUser currentUser) {
        this.myGlue = myGlue;
        this.currentUser = currentUser;
    }

    /**
     * The person's notes over a period, newest week first: all of them for the person and their leads, the TEAM ones
     * for every other logged-in colleague.
     *
     * <ul>
     *   <li>200 — {@link PersonNotesDto};</li>
     *   <li>400 — {@code from} or {@code to} is missing, not a YYYY-MM-DD date, reversed, or more than two years apart;</li>
     *   <li>401 — the caller is anonymous;</li>
     *   <li>404 — there is no such user.</li>
     * </ul>
     */
    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @LicensedOnly
    public Response notes(@PathParam("personKey") String personKey, @QueryParam("from") String from,
                          @QueryParam("to") String to) {
        MyGlueService.PersonNotes notes = myGlue.notesOf(currentUser.key(), personKey,
                EvidencePacketService.day("from", from), EvidencePacketService.day("to", to));
        return MyGlueResource.fresh(Response.ok(new PersonNotesDto(MyGlueDtos.person(notes.person()),
                notes.period().from().toString(), notes.period().to().toString(),
                notes.notes().stream().map(MyGlueDtos::note).toList())));
    }
}
