package com.gluework.web.view;

import com.gluework.core.error.GlueWorkException;
import com.gluework.core.error.NotFoundException;
import com.gluework.core.error.UnavailableException;

import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The sprint report page of every host: parses the picker parameters as sent, asks {@link SprintReportViewFactory} and
 * decides status and notice, so that Jira and the preview answer alike (docs/decisions.md, "Report page statuses"):
 * <ul>
 *   <li>the report: 200;</li>
 *   <li>no Jira Software: 200 and a warning that says what is missing, no pickers (there are no boards). Not 503: the
 *       page works and tells an administrator what to do; a 5xx would trip monitors, and a load balancer may replace
 *       the page with its own error page, hiding the sentence;</li>
 *   <li>a board or sprint parameter that is not a number: 400, a sentence naming the parameter — the request is
 *       malformed, nothing is missing;</li>
 *   <li>an unknown board or sprint (or one the viewer may not see): 404, core's sentence saying which one.</li>
 * </ul>
 * After a 400 or 404 the pickers open on the defaults below the sentence, so the viewer can carry on.
 */
public final class SprintReportPageViewFactory {
    /** Query parameter of the board picker (the template's {@code <select name="board">}). */
    public static final String BOARD_PARAMETER = "board";
    /** Query parameter of the sprint picker (the template's {@code <select name="sprint">}). */
    public static final String SPRINT_PARAMETER = "sprint";
    /** How much of a malformed value the 400 sentence repeats; the rest is cut, so the page stays readable. */
    public static final int MAX_ECHOED_LENGTH = 40;
    /** A picker value: a non-negative id that fits a {@code long}. */
    private static final Pattern ID = Pattern.compile("\\d{1,18}");

    private final SprintReportViewFactory views;
    private final ViewRenderer renderer;

    public SprintReportPageViewFactory(SprintReportViewFactory views, ViewRenderer renderer) {
        this.views = views;
        this.renderer = renderer;
    }

    /**
     * @param board  the {@value #BOARD_PARAMETER} query parameter as sent, null when absent
     * @param sprint the {@value #SPRINT_PARAMETER} query parameter as sent, null when absent
     * @param links  where the page's pickers, charts, exports and issue links point in this host
     */
    public SprintReportPageView create(Optional<String> viewer, String board, String sprint, ReportLinks links) {
        Optional<String> malformed = malformed(BOARD_PARAMETER, board).or(() -> malformed(SPRINT_PARAMETER, sprint));
        if (malformed.isPresent()) {
            return new SprintReportPageView(400, malformed.get(), "error", defaultBody(viewer, links));
        }
        try {
            return new SprintReportPageView(200, "", "", body(viewer, id(board), id(sprint), links));
        } catch (UnavailableException e) {
            return new SprintReportPageView(200, sentence(e), "warning", "");
        } catch (NotFoundException e) {
            return new SprintReportPageView(404, sentence(e), "error", defaultBody(viewer, links));
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
}
