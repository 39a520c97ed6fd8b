package com.gluework.confluence.macro;

import java.net.URI;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * Why the macro shows a message instead of the sprint's glue, and what the message is: every failure between the
 * page and Jira's answer is one of these kinds, each with its own text and next step, so a reader never sees a stack
 * trace or a broken page and knows whom to ask.
 *
 * @param detail           the parameter name for {@link Kind#BAD_PARAMETER}; otherwise empty
 * @param authorisationUri only for {@link Kind#AUTHORISATION_REQUIRED}: where the viewer authorises Confluence in Jira
 */
public record SummaryProblem(Kind kind, String detail, Optional<URI> authorisationUri) {

    /** The AUI message type decides the colour and icon: info for "you can fix this now", warning for set-up, error for faults. */
    public enum Kind {
        /** A parameter's value cannot mean anything; the author edits the macro. */
        BAD_PARAMETER("warning"),
        /** Confluence has no application link to Jira; a Confluence administrator adds one. */
        NO_JIRA_LINK("warning"),
        /** The link the macro names was removed; the author picks another or the administrator restores it. */
        LINK_NOT_FOUND("warning"),
        /** Anonymous viewers cannot be asked for Jira credentials and Glue Work in Jira never answers anonymously. */
        LOGIN_REQUIRED("info"),
        /** The viewer has not let Confluence act for them in Jira yet (OAuth dance): a link to do it. */
        AUTHORISATION_REQUIRED("info"),
        /** Jira refused the connection or could not be reached within the connect timeout. */
        JIRA_UNREACHABLE("error"),
        /** Jira accepted the connection but did not answer within the read timeout. */
        JIRA_SLOW("error"),
        /** The sprint or board does not exist or the viewer may not see it; Jira does not say which, nor do we. */
        NOT_FOUND("warning"),
        /** The board has no sprint of the chosen kind (no active sprint between sprints, no closed one yet). */
        NO_SUCH_SPRINT("info"),
        /** Jira answered that it has no Glue Work REST API: the app is not installed (or disabled) there. */
        GLUE_WORK_NOT_INSTALLED("warning"),
        /** Jira answered with a server error (5xx) or a status that makes no sense for a read. */
        JIRA_ERROR("error"),
        /** Jira answered 200 with something that is not Glue Work's report JSON. */
        MALFORMED_ANSWER("error"),
        /** A fault in Confluence itself (logged with its trace); the page still renders. */
        UNEXPECTED("error");

        private final String auiType;

        Kind(String auiType) {
            this.auiType = auiType;
        }

        public String auiType() {
            return auiType;
        }

        /** The i18n key suffix, e.g. {@code jira-slow}. */
        public String keySuffix() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }

    public SummaryProblem {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(detail, "detail");
        Objects.requireNonNull(authorisationUri, "authorisationUri");
    }

    public static SummaryProblem of(Kind kind) {
        return new SummaryProblem(kind, "", Optional.empty());
    }

    public static SummaryProblem badParameter(String parameter) {
        return new SummaryProblem(Kind.BAD_PARAMETER, parameter, Optional.empty());
    }

    public static SummaryProblem authorisationRequired(URI authorisationUri) {
        return new SummaryProblem(Kind.AUTHORISATION_REQUIRED, "", Optional.ofNullable(authorisationUri));
    }

    public SummaryProblemException exception() {
        return new SummaryProblemException(this, null);
    }

    public SummaryProblemException exception(Throwable cause) {
        return new SummaryProblemException(this, cause);
    }
}
