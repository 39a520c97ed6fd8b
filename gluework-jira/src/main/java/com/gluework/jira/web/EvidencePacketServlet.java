package com.gluework.jira.web;

import com.atlassian.sal.api.auth.LoginUriProvider;
import com.atlassian.webresource.api.assembler.PageBuilderService;
import com.gluework.core.port.CurrentUser;
import com.gluework.web.rest.GlueWorkRestComponents;
import com.gluework.web.view.EvidencePacketPage;
import com.gluework.web.view.ViewRenderer;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.util.Map;
import java.util.Optional;

/**
 * The printable evidence packet page in Jira, at {@value #PATH}{@code [?person=…&from=…&to=…]}, linked from "My glue":
 * one's own packet by default; a lead's view of someone else's is audited by the service before it is shown. Printing
 * is the browser's own (print to PDF); the Markdown download is the REST API's. GET only.
 */
public final class EvidencePacketServlet extends HttpServlet {
    public static final String PATH = "/plugins/servlet/gluework/packet";
    private static final long serialVersionUID = 1L;

    private final transient CurrentUser currentUser;
    private final transient EvidencePacketPage page;
    private final transient ViewRenderer renderer;
    private final transient PageBuilderService pageBuilderService;
    private final transient LoginUriProvider loginUriProvider;

    public EvidencePacketServlet(CurrentUser currentUser, EvidencePacketPage page, ViewRenderer renderer,
                                 PageBuilderService pageBuilderService, LoginUriProvider loginUriProvider) {
        this.currentUser = currentUser;
        this.page = page;
        this.renderer = renderer;
        this.pageBuilderService = pageBuilderService;
        this.loginUriProvider = loginUriProvider;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<String> viewer = currentUser.key();
        if (CareerPageServlets.sentToLogin(viewer.isPresent(), request, response, loginUriProvider)) {
            return;
        }
        EvidencePacketPage.Rendered rendered = page.render(viewer, request.getParameter("person"),
                request.getParameter("from"), request.getParameter("to"),
                request.getContextPath() + GlueWorkRestComponents.BASE_PATH);
        CareerPageServlets.send(response, rendered.status(), renderer, pageBuilderService, Map.of("title", rendered.title(),
                "notice", rendered.message(), "bodyHtml", rendered.bodyHtml(),
                "periodAction", rendered.status() == HttpServletResponse.SC_OK ? request.getContextPath() + PATH : "",
                "personKey", rendered.personKey(), "from", rendered.from(), "to", rendered.to()));
    }
}
