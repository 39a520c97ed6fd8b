package com.gluework.jira.web;

import com.atlassian.sal.api.auth.LoginUriProvider;
import com.atlassian.webresource.api.assembler.PageBuilderService;
import com.gluework.core.port.CurrentUser;
import com.gluework.web.view.MyGluePage;
import com.gluework.web.view.ViewRenderer;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.util.Map;
import java.util.Optional;

/**
 * "My glue" in Jira, at {@value #PATH}{@code [?week=…&from=…&to=…]}, reached from the user menu: the viewer's weekly note form,
 * notes and glue timeline, decided by gluework-web's {@link MyGluePage} exactly as the preview's page. Read-only: GET
 * alone (other methods get 405); the note form saves through the REST API, whose XSRF check guards the change.
 */
public final class MyGlueServlet extends HttpServlet {
    public static final String PATH = "/plugins/servlet/gluework/my-glue";
    private static final long serialVersionUID = 1L;

    private final transient CurrentUser currentUser;
    private final transient MyGluePage page;
    private final transient ViewRenderer renderer;
    private final transient PageBuilderService pageBuilderService;
    private final transient LoginUriProvider loginUriProvider;

    public MyGlueServlet(CurrentUser currentUser, MyGluePage page, ViewRenderer renderer,
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
        MyGluePage.Rendered rendered = page.render(viewer, request.getParameter("from"), request.getParameter("to"),
                request.getParameter("week"),
                request.getContextPath() + PATH, request.getContextPath() + EvidencePacketServlet.PATH);
        CareerPageServlets.send(response, rendered.status(), renderer, pageBuilderService, Map.of("title", rendered.title(),
                "notice", rendered.message(), "bodyHtml", rendered.bodyHtml(), "periodAction", "", "personKey", "",
                "from", "", "to", ""));
    }
}
