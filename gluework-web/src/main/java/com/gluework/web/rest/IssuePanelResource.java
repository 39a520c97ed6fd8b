package com.gluework.web.rest;

import com.atlassian.plugins.rest.api.security.annotation.AnonymousSiteAccess;
import com.gluework.core.port.CurrentUser;
import com.gluework.core.service.ContributionService;
import com.gluework.web.view.IssuePanelView;
import com.gluework.web.view.IssuePanelViewFactory;
import com.gluework.web.view.ViewRenderer;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.util.Map;
import java.util.Optional;

/**
 * The issue panel as an HTML fragment, rendered with the very template the Jira web panel uses, so the browser
 * can re-render the panel after a change without any HTML being built in JavaScript.
 */
@Path("issues/{issueKey}/panel")
@AnonymousSiteAccess // read only; the service checks browse permission on the issue
public class IssuePanelResource {
    private final ContributionService contributions;
    private final CurrentUser currentUser;
    private final IssuePanelViewFactory views;
    private final ViewRenderer renderer;

    @Inject
    public IssuePanelResource(ContributionService contributions, CurrentUser currentUser, IssuePanelViewFactory views,
                              ViewRenderer renderer) {
        this.contributions = contributions;
        this.currentUser = currentUser;
        this.views = views;
        this.renderer = renderer;
    }

    /**
     * Renders the panel for the caller.
     *
     * <ul>
     *   <li>200 — {@code text/html}: the panel fragment (every user-supplied value HTML-escaped), not cacheable,
     *       since it differs per viewer;</li>
     *   <li>400 — {@code issueKey} is not an issue key like {@code ABC-123} (JSON {@code ErrorDto});</li>
     *   <li>404 — the issue does not exist or the caller (anonymous included) may not browse it (JSON
     *       {@code ErrorDto}).</li>
     * </ul>
     */
    @GET
    @Produces(MediaType.TEXT_HTML + ";charset=UTF-8")
    @AnonymousSiteAccess
    public Response render(@PathParam("issueKey") String issueKey) {
        Optional<String> actor = currentUser.key();
        // One read of the issue's glue serves the list and "Possible glue".
        ContributionService.PanelRead read = contributions.readForPanel(actor, issueKey);
        // The fragment as UTF-8 bytes: a String entity goes through JAX-RS's string writer, an OutputStreamWriter that
        // encodes the 30-60 kB fragment in 8 kB pieces through a CharsetEncoder and hands each piece down the response
        // stack — a third of the time Jersey spent around the panel (JFR, issue 13). A byte[] entity is one write.
        byte[] html = renderer.renderUtf8(IssuePanelView.TEMPLATE, Map.of(IssuePanelView.CONTEXT_KEY, views.create(read, actor)));
        return Response.ok(html).header("Cache-Control", "no-store").build();
    }
}
