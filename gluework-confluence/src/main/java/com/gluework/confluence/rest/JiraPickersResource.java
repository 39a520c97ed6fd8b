package com.gluework.confluence.rest;

import com.atlassian.applinks.api.ApplicationLinkService;
import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import com.gluework.confluence.macro.SummaryProblem;
import com.gluework.confluence.page.JiraGlueClient;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * The macro browser's board and sprint pickers, filled from Jira's Glue Work API ({@code GET /boards},
 * {@code GET /boards/{id}/sprints}) over the primary application link as the viewer: an author picks among the boards
 * and sprints they can see in Jira instead of typing ids.
 */
@Path("jira/boards")
@LicensedOnly // the pickers name Jira's boards and sprints: logged-in users only
public class JiraPickersResource {
    private final JiraLinkProxy jira;
    private final JiraGlueClient client = new JiraGlueClient();

    @Inject
    public JiraPickersResource(ApplicationLinkService applicationLinkService) {
        this.jira = new JiraLinkProxy(applicationLinkService);
    }

    /** 200 — Jira's boards ({@code [{id, name}]}); 401 with {@code authorisationUri}; 502/503/504 as the page action. */
    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @LicensedOnly
    public Response boards() {
        return jira.forward(link -> Response.ok(client.boards(link)).build());
    }

    /** 200 — the board with its sprints and default sprint; 404 for a board that is not a positive id or not visible. */
    @GET
    @Path("{boardId}/sprints")
    @Produces(MediaType.APPLICATION_JSON)
    @LicensedOnly
    public Response sprints(@PathParam("boardId") String boardIdText) {
        long boardId = positiveId(boardIdText);
        if (boardId <= 0) {
            return JiraLinkProxy.problem(SummaryProblem.of(SummaryProblem.Kind.NOT_FOUND));
        }
        return jira.forward(link -> Response.ok(client.sprints(link, boardId)).build());
    }

    /** Canonical digits only (as the macro's parameters), so nothing but a board id reaches Jira's path. */
    static long positiveId(String text) {
        if (text == null || !text.matches("[1-9][0-9]{0,17}")) {
            return -1;
        }
        return Long.parseLong(text);
    }
}
