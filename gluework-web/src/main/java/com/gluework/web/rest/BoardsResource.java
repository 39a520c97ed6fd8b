package com.gluework.web.rest;

import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import com.gluework.core.port.CurrentUser;
import com.gluework.core.service.SprintReportService;
import com.gluework.web.rest.dto.BoardDto;
import com.gluework.web.rest.dto.BoardSprintsDto;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import java.util.List;
import java.util.Optional;

/** The sprint report's pickers: boards, and a board's sprints. */
@Path("boards")
@LicensedOnly // the report names people and their workload: for the team's users, never anonymous
public class BoardsResource {
    private final SprintReportService reports;
    private final CurrentUser currentUser;

    @Inject
    public BoardsResource(SprintReportService reports, CurrentUser currentUser) {
        this.reports = reports;
        this.currentUser = currentUser;
    }

    /**
     * Every board, by name.
     *
     * <ul>
     *   <li>200 — a JSON array of {@link BoardDto}, empty when there are none;</li>
     *   <li>401 — the caller is anonymous;</li>
     *   <li>503 — Jira Software is not installed, so there are no boards (the message says so).</li>
     * </ul>
     */
    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @LicensedOnly
    public List<BoardDto> list() {
        return reports.boards(currentUser.key()).stream().map(SprintReportDtos::toDto).toList();
    }

    /**
     * A board's sprints in the board's order, with the one the report opens on.
     *
     * <ul>
     *   <li>200 — {@link BoardSprintsDto};</li>
     *   <li>401 — the caller is anonymous;</li>
     *   <li>404 — there is no board with that id (a non-numeric id included);</li>
     *   <li>503 — Jira Software is not installed.</li>
     * </ul>
     */
    @GET
    @Path("{boardId}/sprints")
    @Produces(MediaType.APPLICATION_JSON)
    @LicensedOnly
    public BoardSprintsDto sprints(@PathParam("boardId") String boardIdText) {
        long boardId = RequestBodies.boardIdOf(boardIdText);
        Optional<String> actor = currentUser.key();
        return new BoardSprintsDto(SprintReportDtos.toDto(reports.board(actor, boardId)),
                reports.sprintsOf(actor, boardId).stream().map(SprintReportDtos::toDto).toList(),
                reports.defaultSprint(actor, boardId).map(s -> s.id()).orElse(null));
    }
}
