package com.gluework.jira.web;

import com.atlassian.webresource.api.assembler.PageBuilderService;
import com.gluework.core.port.CurrentUser;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * The sprint glue-wins report page in Jira, at {@code /plugins/servlet/gluework/report?boardId=…&sprintId=…} (the
 * project sidebar link adds {@code projectKey}, which the page does not need). Read-only: it serves GET alone, so no
 * state ever changes on GET and Jira's XSRF protection has nothing to guard.
 * <p>
 * The report names people and their workload, so anonymous visitors are sent to Jira's login page, which brings them
 * back here afterwards. Malformed ids are ignored (the page then opens on its defaults) rather than answered with an
 * error page, as the ids only come from the page's own picker.
 */
public final class SprintReportServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    static final String LOGIN_PATH = "/login.jsp?os_destination=";

    private final transient CurrentUser currentUser;
    private final transient SprintReportPage page;
    private final transient PageBuilderService pageBuilderService;

    public SprintReportServlet(CurrentUser currentUser, SprintReportPage page, PageBuilderService pageBuilderService) {
        this.currentUser = currentUser;
        this.page = page;
        this.pageBuilderService = pageBuilderService;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<String> viewer = currentUser.key();
        if (viewer.isEmpty()) {
            response.sendRedirect(request.getContextPath() + LOGIN_PATH + URLEncoder.encode(pathAndQuery(request), StandardCharsets.UTF_8));
            return;
        }
        pageBuilderService.assembler().resources().requireContext(SprintReportPage.WEB_RESOURCE_CONTEXT);
        String body = page.render(viewer.get(), id(request.getParameter("boardId")), id(request.getParameter("sprintId")));
        response.setContentType("text/html;charset=UTF-8");
        // The report must not be cached by shared proxies: it is computed over what this viewer may see.
        response.setHeader("Cache-Control", "private, no-store");
        response.getWriter().write(body);
    }

    /** Where to come back to after logging in, relative to Jira's context path (as os_destination expects). */
    private static String pathAndQuery(HttpServletRequest request) {
        String path = request.getServletPath() + Optional.ofNullable(request.getPathInfo()).orElse("");
        return request.getQueryString() == null ? path : path + "?" + request.getQueryString();
    }

    static Optional<Long> id(String value) {
        if (value == null || !value.matches("\\d{1,18}")) {
            return Optional.empty();
        }
        return Optional.of(Long.parseLong(value));
    }
}
