package com.gluework.confluence.rest;

import com.atlassian.applinks.api.ApplicationLink;
import com.atlassian.applinks.api.ApplicationLinkService;
import com.atlassian.applinks.api.application.jira.JiraApplicationType;
import com.gluework.confluence.macro.SummaryProblem;
import com.gluework.confluence.macro.SummaryProblemException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.net.URI;
import java.util.Map;
import java.util.function.Function;

/**
 * What the forwarding resources share: the primary Jira link, and turning the macro's {@link SummaryProblem}s into
 * JSON answers the browser can show ({@link ProblemDto}). The same kinds as the macro's messages, so a reader gets the
 * same explanation whether a macro or a dialog hit the problem.
 */
final class JiraLinkProxy {
    /** The answer to a failure: its kind, a sentence for the user and, for "authorise", where to do it. */
    public record ProblemDto(int status, String kind, String message, String authorisationUri) {
    }

    private static final Map<SummaryProblem.Kind, String> MESSAGES = Map.ofEntries(
            Map.entry(SummaryProblem.Kind.NO_JIRA_LINK, "No Jira is linked to Confluence. A Confluence administrator has to add an application link to Jira."),
            Map.entry(SummaryProblem.Kind.LINK_NOT_FOUND, "The Jira link is gone. Ask a Confluence administrator to restore it."),
            Map.entry(SummaryProblem.Kind.LOGIN_REQUIRED, "Log in: Glue Work names people, so Jira answers only logged-in users."),
            Map.entry(SummaryProblem.Kind.AUTHORISATION_REQUIRED, "Confluence needs your permission to use Glue Work in Jira as you. Authorise it, then try again."),
            Map.entry(SummaryProblem.Kind.JIRA_UNREACHABLE, "Confluence could not connect to Jira. Try again later."),
            Map.entry(SummaryProblem.Kind.JIRA_SLOW, "Jira did not answer within 5 seconds. Try again in a moment."),
            Map.entry(SummaryProblem.Kind.NOT_FOUND, "Jira has no such board or sprint, or you may not see it."),
            Map.entry(SummaryProblem.Kind.NO_SUCH_SPRINT, "The board has no such sprint."),
            Map.entry(SummaryProblem.Kind.GLUE_WORK_NOT_INSTALLED, "Jira does not have the Glue Work app, or it is disabled."),
            Map.entry(SummaryProblem.Kind.JIRA_ERROR, "Jira answered with an error. Try again later; the Jira log has the details."),
            Map.entry(SummaryProblem.Kind.MALFORMED_ANSWER, "Jira's answer could not be read. Check that Jira and Confluence run matching versions of Glue Work."),
            Map.entry(SummaryProblem.Kind.BAD_PARAMETER, "The request is missing a value."),
            Map.entry(SummaryProblem.Kind.UNEXPECTED, "Something went wrong in Confluence. The Confluence log has the details."));

    private final ApplicationLinkService applicationLinks;

    JiraLinkProxy(ApplicationLinkService applicationLinks) {
        this.applicationLinks = applicationLinks;
    }

    /** Runs {@code call} against the primary Jira link; any problem on the way becomes its JSON answer. */
    Response forward(Function<ApplicationLink, Response> call) {
        ApplicationLink jira = applicationLinks.getPrimaryApplicationLink(JiraApplicationType.class);
        if (jira == null) {
            return problem(SummaryProblem.of(SummaryProblem.Kind.NO_JIRA_LINK));
        }
        try {
            return call.apply(jira);
        } catch (SummaryProblemException e) {
            return problem(e.problem());
        }
    }

    static Response problem(SummaryProblem problem) {
        int status = statusOf(problem.kind());
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE)
                .entity(new ProblemDto(status, problem.kind().keySuffix(), MESSAGES.get(problem.kind()),
                        problem.authorisationUri().map(URI::toString).orElse(null)))
                .build();
    }

    /**
     * 401 only for "authorise" (Confluence itself would answer 401 for a missing login before we run); a Jira that
     * fails is a bad gateway (502) or a gateway timeout (504); set-up problems are 503 until an administrator acts.
     */
    static int statusOf(SummaryProblem.Kind kind) {
        return switch (kind) {
            case AUTHORISATION_REQUIRED, LOGIN_REQUIRED -> 401;
            case NOT_FOUND, NO_SUCH_SPRINT -> 404;
            case BAD_PARAMETER -> 400;
            case NO_JIRA_LINK, LINK_NOT_FOUND, GLUE_WORK_NOT_INSTALLED -> 503;
            case JIRA_SLOW -> 504;
            case JIRA_UNREACHABLE, JIRA_ERROR, MALFORMED_ANSWER -> 502;
            case UNEXPECTED -> 500;
        };
    }
}
