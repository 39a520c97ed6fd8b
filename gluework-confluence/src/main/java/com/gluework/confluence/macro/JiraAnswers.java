package com.gluework.confluence.macro;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.util.Locale;

/**
 * Classifies what came back from Jira into "here is the JSON" or a {@link SummaryProblem}: pure rules over a status,
 * a body and an exception chain, so every failure mode is tested without a Jira.
 */
public final class JiraAnswers {
    private static final ObjectMapper JSON = new ObjectMapper();

    private JiraAnswers() {
    }

    /** The body of a successful answer, or the problem the status means. */
    public static String successBody(int status, String body) {
        if (status >= 200 && status < 300) {
            if (body == null || body.isBlank()) {
                throw SummaryProblem.of(SummaryProblem.Kind.MALFORMED_ANSWER).exception();
            }
            return body;
        }
        throw problemOf(status, body).exception();
    }

    static SummaryProblem problemOf(int status, String body) {
        return switch (status) {
            // Through an application link a 401 means Jira did not accept whom Confluence says the viewer is: the
            // viewer has to (re-)authorise the link, which is also what the link's own "credentials required" means.
            case 401 -> SummaryProblem.of(SummaryProblem.Kind.AUTHORISATION_REQUIRED);
            // Glue Work answers 403 and 404 for a sprint or board the viewer may not see, as Jira Software does; we
            // do not try to tell them apart either.
            case 403 -> SummaryProblem.of(SummaryProblem.Kind.NOT_FOUND);
            // Only Glue Work's own 404 says "no such sprint"; any other 404 (Jira's HTML page, a REST "null for uri")
            // means the path itself is unknown: the app is not installed or disabled in that Jira.
            case 404 -> isGlueWorkError(body) ? SummaryProblem.of(SummaryProblem.Kind.NOT_FOUND)
                    : SummaryProblem.of(SummaryProblem.Kind.GLUE_WORK_NOT_INSTALLED);
            default -> SummaryProblem.of(SummaryProblem.Kind.JIRA_ERROR);
        };
    }

    /** Glue Work's errors are {@code {"status":404,"errors":[...]}} (the REST API's ErrorDto). */
    public static boolean isGlueWorkError(String body) {
        if (body == null || body.isBlank()) {
            return false;
        }
        try {
            JsonNode node = JSON.readTree(body);
            return node != null && node.isObject() && node.path("status").isInt() && node.path("errors").isArray();
        } catch (java.io.IOException | RuntimeException notJson) {
            return false;
        }
    }

    /**
     * The problem a failed exchange means. SAL reports timeouts as {@code ResponseConnectTimeoutException} and
     * {@code ResponseReadTimeoutException} (docs/atlassian-signatures.md §2.11) and other transports as the JDK's
     * exceptions, so the chain is read by type and by those names rather than by one class.
     */
    public static SummaryProblem transportFailure(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            String name = t.getClass().getSimpleName().toLowerCase(Locale.ROOT);
            String message = String.valueOf(t.getMessage()).toLowerCase(Locale.ROOT);
            if (t instanceof ConnectException || t instanceof UnknownHostException || name.contains("connecttimeout")
                    || (t instanceof SocketTimeoutException && message.contains("connect"))) {
                return SummaryProblem.of(SummaryProblem.Kind.JIRA_UNREACHABLE);
            }
            if (t instanceof SocketTimeoutException || name.contains("timeout")) {
                return SummaryProblem.of(SummaryProblem.Kind.JIRA_SLOW);
            }
        }
        return SummaryProblem.of(SummaryProblem.Kind.JIRA_UNREACHABLE);
    }
}
