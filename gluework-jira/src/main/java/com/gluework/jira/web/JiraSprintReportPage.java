package com.gluework.jira.web;

import com.gluework.core.error.GlueWorkException;
import com.gluework.core.error.NotFoundException;
import com.gluework.core.error.UnavailableException;
import com.gluework.web.view.ReportLinks;
import com.gluework.web.view.SprintReportView;
import com.gluework.web.view.SprintReportViewFactory;
import com.gluework.web.view.ViewRenderer;
import jakarta.servlet.http.HttpServletResponse;

import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The sprint report page in Jira: the web layer's report view (the same factory and template as the preview) inside
 * {@value #TEMPLATE}, a bare HTML page whose {@code <meta name="decorator" content="atl.general">} asks Jira's SiteMesh
 * filter for the standard decorator of general (non-admin) pages, so Jira adds its header, footer and the page's web
 * resources around it — the documented way for plugin servlets ("Using Standard Page Decorators",
 * https://developer.atlassian.com/display/DOCS/Using+Standard+Page+Decorators).
 * <p>
 * Every outcome is a whole page, so the viewer never lands on a bare error screen:
 * <ul>
 *   <li>no Jira Software: 200, a warning that says so, no pickers (there are no boards to pick from);</li>
 *   <li>a board or sprint parameter that is not a number: 400, a sentence naming the parameter;</li>
 *   <li>an unknown board or sprint: 404, core's sentence saying which one;</li>
 * </ul>
 * and after a 400 or 404 the pickers open on the defaults below the sentence, so the viewer can carry on.
 */
public final class JiraSprintReportPage implements SprintReportPage {
    /** The page around the report body; rendered by the same renderer, so {@code $i18n} works in both. */
    public static final String TEMPLATE = "templates/gluework/jira-report-page.vm";
    static final String NOTICE_KEY = "notice";
    static final String NOTICE_TYPE_KEY = "noticeType";
    static final String BODY_KEY = "reportBodyHtml";
    /** A picker value: a non-negative id that fits a {@code long}. */
    private static final Pattern ID = Pattern.compile("\\d{1,18}");
    /** How much of a malformed value the 400 sentence repeats; the rest is cut, so the page stays readable. */
    static final int MAX_ECHOED_LENGTH = 40;

    private final SprintReportViewFactory views;
    private final ViewRenderer renderer;

    /** @param renderer {@link JiraViewRenderer} in Jira: Atlassian Template Renderer, escaping, with {@code $i18n} */
    public JiraSprintReportPage(SprintReportViewFactory views, ViewRenderer renderer) {
        this.views = views;
        this.renderer = renderer;
    }

    @Override
    public RenderedPage render(String viewerKey, String contextPath, String board, String sprint) {
        Optional<String> viewer = Optional.of(viewerKey);
        ReportLinks links = ReportLinks.under(contextPath, PATH);
        Optional<String> malformed = malformed(BOARD_PARAMETER, board).or(() -> malformed(SPRINT_PARAMETER, sprint));
        if (malformed.isPresent()) {
            return page(HttpServletResponse.SC_BAD_REQUEST, Notice.ERROR, malformed.get(), defaultBody(viewer, links));
        }
        try {
            return page(HttpServletResponse.SC_OK, Notice.NONE, "", body(viewer, id(board), id(sprint), links));
        } catch (UnavailableException e) {
            return page(HttpServletResponse.SC_OK, Notice.WARNING, sentence(e), "");
        } catch (NotFoundException e) {
            return page(HttpServletResponse.SC_NOT_FOUND, Notice.ERROR, sentence(e), defaultBody(viewer, links));
        }
    }

    private String body(Optional<String> viewer, Optional<Long> board, Optional<Long> sprint, ReportLinks links) {
        SprintReportView view = views.create(viewer, board, sprint, links);
        return renderer.render(SprintReportView.TEMPLATE, Map.of(SprintReportView.CONTEXT_KEY, view));
    }

    /** The pickers on their defaults under an error; nothing if even those fail (the sentence above still helps). */
    private String defaultBody(Optional<String> viewer, ReportLinks links) {
        try {
            return body(viewer, Optional.empty(), Optional.empty(), links);
        } catch (GlueWorkException e) {
            return "";
        }
    }

    private RenderedPage page(int status, Notice notice, String sentence, String bodyHtml) {
        String html = renderer.render(TEMPLATE, Map.of(NOTICE_KEY, sentence, NOTICE_TYPE_KEY, notice.cssSuffix,
                BODY_KEY, bodyHtml));
        return new RenderedPage(status, html);
    }

    /** Absent and empty mean "the default"; anything else must be an id. */
    static Optional<String> malformed(String parameter, String value) {
        if (value == null || value.isEmpty() || ID.matcher(value).matches()) {
            return Optional.empty();
        }
        String echoed = value.length() > MAX_ECHOED_LENGTH ? value.substring(0, MAX_ECHOED_LENGTH) + "\u2026" : value;
        return Optional.of("The parameter \"" + parameter + "\" must be a " + parameter + "'s number, such as "
                + parameter + "=3, but was \"" + echoed + "\".");
    }

    private static Optional<Long> id(String value) {
        return value == null || value.isEmpty() ? Optional.empty() : Optional.of(Long.parseLong(value));
    }

    private static String sentence(GlueWorkException e) {
        return e.errors().isEmpty() ? "The report is not available." : e.errors().get(0).message();
    }

    /** The AUI message kinds the page uses, by their {@code aui-message-*} class suffix. */
    private enum Notice {
        NONE(""), WARNING("warning"), ERROR("error");

        private final String cssSuffix;

        Notice(String cssSuffix) {
            this.cssSuffix = cssSuffix;
        }
    }
}
