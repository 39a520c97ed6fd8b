package com.gluework.web.rest;

import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import com.gluework.core.notes.WeeklyNoteRules;
import com.gluework.core.port.CurrentUser;
import com.gluework.core.port.PeopleDirectory;
import com.gluework.core.service.EvidencePacketService;
import com.gluework.core.service.MyGlueService;
import com.gluework.web.rest.dto.GlueTimelineDto;
import com.gluework.web.rest.dto.WeeklyNoteDto;
import com.gluework.web.rest.dto.WeeklyNoteInputDto;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.util.List;

/**
 * The caller's "My glue": their weekly glue notes and their glue timeline. Only ever the caller's own, so no person
 * appears in the path; never cacheable.
 */
@Path("myself")
@LicensedOnly
public class MyGlueResource {
    private final MyGlueService myGlue;
    private final CurrentUser currentUser;
    private final PeopleDirectory people;

    @Inject
    public MyGlueResource(MyGlueService myGlue, CurrentUser currentUser, PeopleDirectory people) {
        this.myGlue = myGlue;
        this.currentUser = currentUser;
        this.people = people;
    }

    /**
     * The caller's notes over a period, newest week first: every ISO week the period touches.
     *
     * <ul>
     *   <li>200 — a list of {@link WeeklyNoteDto};</li>
     *   <li>400 — {@code from} or {@code to} is missing, not a YYYY-MM-DD date, reversed, or more than two years apart;</li>
     *   <li>401 — the caller is anonymous.</li>
     * </ul>
     */
    @GET
    @Path("notes")
    @Produces(MediaType.APPLICATION_JSON)
    @LicensedOnly
    public Response notes(@QueryParam("from") String from, @QueryParam("to") String to) {
        List<WeeklyNoteDto> notes = myGlue.myNotes(currentUser.key(), EvidencePacketService.day("from", from),
                EvidencePacketService.day("to", to)).stream().map(MyGlueDtos::note).toList();
        return fresh(Response.ok(notes));
    }

    /**
     * The caller's note for one ISO week; a week without a note answers an empty one with {@code version} null.
     *
     * <ul>
     *   <li>200 — {@link WeeklyNoteDto};</li>
     *   <li>400 — {@code week} is not an existing YYYY-Www week;</li>
     *   <li>401 — the caller is anonymous.</li>
     * </ul>
     */
    @GET
    @Path("notes/{week}")
    @Produces(MediaType.APPLICATION_JSON)
    @LicensedOnly
    public Response note(@PathParam("week") String week) {
        WeeklyNoteDto note = myGlue.myNote(currentUser.key(), week).map(MyGlueDtos::note)
                .orElseGet(() -> MyGlueDtos.emptyNote(WeeklyNoteRules.week(week)));
        return fresh(Response.ok(note));
    }

    /**
     * Saves the caller's note for one ISO week. Body: {@link WeeklyNoteInputDto}; {@code version} null writes the
     * week's first note, otherwise the note must still be at that version.
     *
     * <ul>
     *   <li>200 — the note as stored now, with its new {@code version};</li>
     *   <li>400 — {@code week} is not a week or is in the future, {@code bullets} is empty or has more than three lines,
     *       {@code bullets[i]} is too long or not one line, {@code visibility} is neither TEAM nor PRIVATE, or the body
     *       is not valid JSON ({@code body}); nothing is stored;</li>
     *   <li>401 — the caller is anonymous;</li>
     *   <li>403 — the request came from another site or without the XSRF header a form cannot send;</li>
     *   <li>404 — {@code version} is given but the week has no note;</li>
     *   <li>409 — the week already has a note (for a first note), or {@code version} is stale; nothing is changed;</li>
     *   <li>413 — the body is over 64 KiB; nothing is changed;</li>
     *   <li>415 — the body is not {@code application/json}, or declares a charset other than UTF-8;</li>
     *   <li>503 — the database cannot store right now (disk full, read-only, unreachable); nothing is changed and
     *       the same request may be sent again later.</li>
     * </ul>
     */
    @PUT
    @Path("notes/{week}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @LicensedOnly
    public Response save(@PathParam("week") String week, WeeklyNoteInputDto body) {
        WeeklyNoteInputDto input = body == null ? new WeeklyNoteInputDto(null, null, null) : body;
        return fresh(Response.ok(MyGlueDtos.note(myGlue.saveMyNote(currentUser.key(), week, input.bullets(),
                input.visibility(), input.version()))));
    }

    /**
     * The caller's glue over a period: contributions and corroborations received, newest first; the share of each
     * category; and the glue still uncorroborated.
     *
     * <ul>
     *   <li>200 — {@link GlueTimelineDto};</li>
     *   <li>400 — {@code from} or {@code to} is missing, not a YYYY-MM-DD date, reversed, or more than two years apart;</li>
     *   <li>401 — the caller is anonymous.</li>
     * </ul>
     */
    @GET
    @Path("timeline")
    @Produces(MediaType.APPLICATION_JSON)
    @LicensedOnly
    public Response timeline(@QueryParam("from") String from, @QueryParam("to") String to) {
        GlueTimelineDto timeline = MyGlueDtos.timeline(myGlue.myTimeline(currentUser.key(),
                EvidencePacketService.day("from", from), EvidencePacketService.day("to", to)), people);
        return fresh(Response.ok(timeline));
    }

    static Response fresh(Response.ResponseBuilder response) {
        return response.header("Cache-Control", "no-store").build();
    }
}
