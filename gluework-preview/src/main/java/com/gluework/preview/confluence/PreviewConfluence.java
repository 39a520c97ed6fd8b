package com.gluework.preview.confluence;

import com.atlassian.applinks.api.application.jira.JiraApplicationType;
import com.atlassian.sal.api.user.UserManager;
import com.gluework.confluence.macro.GlueSprintSummaryMacro;
import com.gluework.confluence.testing.ExpiringCacheManager;
import com.gluework.confluence.testing.FixedApplicationLinkService;
import com.gluework.confluence.testing.VelocityTemplateRenderer;
import com.gluework.core.port.CurrentUser;
import com.gluework.core.port.PeopleDirectory;
import com.gluework.preview.pages.IssuePageViewFactory;
import com.gluework.preview.pages.WikiPageServlet;
import com.gluework.web.view.ViewRenderer;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.Optional;
import java.util.List;

/** Mounts the Confluence-like space ({@code /wiki}) and the misbehaving Jira on the preview (demo team only). */
public final class PreviewConfluence {
    /** The macro keeps Jira's answers this long in Confluence too ({@code GlueSprintSummaryMacro}). */
    static final Duration CACHE_EXPIRY = Duration.ofSeconds(60);

    private PreviewConfluence() {
    }

    /** The real macro class, on HTTP application links to this preview, as the signed-in demo user. */
    public static GlueSprintSummaryMacro summaryMacro(FixedApplicationLinkService links, CurrentUser currentUser) {
        UserManager users = new SignedInSalUser(currentUser::key);
        return new GlueSprintSummaryMacro(links, new ExpiringCacheManager(CACHE_EXPIRY), new VelocityTemplateRenderer(), users);
    }

    /** SAL's user manager of a Confluence where {@code userKey} is signed in (page checks without a running preview). */
    public static UserManager signedInAs(String userKey) {
        return new SignedInSalUser(() -> Optional.of(userKey));
    }

    public static void mount(ServletContextHandler context, URI previewUrl, CurrentUser currentUser,
                             IssuePageViewFactory pages, ViewRenderer renderer, PeopleDirectory people) {
        FixedApplicationLinkService links = new FixedApplicationLinkService(PreviewApplicationLinks.of(previewUrl, currentUser));
        context.addServlet(new ServletHolder("wiki", new WikiPageServlet(WikiSpace.demo(),
                summaryMacro(links, currentUser), summaryMacro(new FixedApplicationLinkService(List.of()), currentUser),
                pages, renderer, currentUser, people,
                links.getPrimaryApplicationLink(JiraApplicationType.class), previewUrl)), "/wiki/*");
        context.addServlet(new ServletHolder("misbehaving-jira", new MisbehavingJiraServlet()),
                MisbehavingJiraServlet.PATH + "/*");
        // The macro links to Jira's report page; in the preview that page is /report.
        context.addServlet(new ServletHolder("jira-report-path", new HttpServlet() {
            private static final long serialVersionUID = 1L;

            @Override
            protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
                String query = request.getQueryString();
                response.sendRedirect("/report" + (query == null ? "" : "?" + query));
            }
        }), "/plugins/servlet/gluework/report");
    }
}
