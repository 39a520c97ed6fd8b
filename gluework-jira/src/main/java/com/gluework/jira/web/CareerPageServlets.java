package com.gluework.jira.web;

import com.atlassian.sal.api.auth.LoginUriProvider;
import com.atlassian.webresource.api.assembler.PageBuilderService;
import com.gluework.web.view.ViewRenderer;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;

/**
 * What Glue Work's personal pages in Jira ("My glue", the evidence packet) share: anonymous visitors go to Jira's
 * login page and come back; the page is {@value #TEMPLATE}, a bare HTML document Jira's SiteMesh decorates with the
 * standard {@code atl.general} decorator, around a body gluework-web already rendered and escaped.
 */
final class CareerPageServlets {
    /** The page around the body; rendered by the same renderer, so {@code $i18n} works in both. */
    static final String TEMPLATE = "templates/gluework/jira-career-page.vm";
    /** Web-resource context of the pages' script and styles. */
    static final String WEB_RESOURCE_CONTEXT = "gluework-career-pages";

    private CareerPageServlets() {
    }

    /** Sends the viewer to the login page when nobody is logged in; true when it did. */
    static boolean sentToLogin(boolean loggedIn, HttpServletRequest request, HttpServletResponse response,
                               LoginUriProvider loginUriProvider) throws IOException {
        if (loggedIn) {
            return false;
        }
        response.sendRedirect(loginUriProvider.getLoginUri(SprintReportServlet.returnUri(request)).toASCIIString());
        return true;
    }

    /**
     * @param context the page template's values: {@code title}, {@code notice} ("" for none), {@code bodyHtml} ("" for
     *                none), {@code periodAction} ("" for no period form), {@code personKey}, {@code from}, {@code to}
     */
    static void send(HttpServletResponse response, int status, ViewRenderer renderer, PageBuilderService pageBuilder,
                     Map<String, String> context) throws IOException {
        // Required before the response is written: the decorator puts the page's resources into the decorated <head>.
        pageBuilder.assembler().resources().requireContext(WEB_RESOURCE_CONTEXT);
        String html = renderer.render(TEMPLATE, new HashMap<>(context));
        // setStatus, not sendError: sendError would replace the page with the container's error page, undecorated.
        response.setStatus(status);
        response.setContentType("text/html;charset=UTF-8");
        // Personal data, computed for this viewer: never cached by a shared proxy.
        response.setHeader("Cache-Control", "private, no-store");
        response.getWriter().write(html);
    }
}
