package com.gluework.confluence.macro;

/**
 * A {@link SummaryProblem} as the template shows it: an AUI message with a title, a sentence saying what happened and
 * the next step, and for some kinds a parameter name, the Jira's name or the authorisation link.
 */
public final class ProblemView {
    private final SummaryProblem problem;
    private final String jiraName;

    public ProblemView(SummaryProblem problem, String jiraName) {
        this.problem = problem;
        this.jiraName = jiraName == null ? "" : jiraName;
    }

    /** {@code info}, {@code warning} or {@code error}: the AUI message class suffix. */
    public String getType() {
        return problem.kind().auiType();
    }

    /** E.g. {@code jira-slow}: a CSS class, so tests and styles can tell the messages apart. */
    public String getKind() {
        return problem.kind().keySuffix();
    }

    public String getTitleKey() {
        return "gluework.macro.summary.problem." + problem.kind().keySuffix() + ".title";
    }

    public String getMessageKey() {
        return "gluework.macro.summary.problem." + problem.kind().keySuffix();
    }

    /** The parameter to fix, for a bad parameter; otherwise empty. */
    public String getParameter() {
        return problem.detail();
    }

    public String getJiraName() {
        return jiraName;
    }

    /** Where the viewer authorises Confluence in Jira; empty unless that is the problem and the link says where. */
    public String getAuthorisationUrl() {
        return problem.authorisationUri().map(Object::toString).orElse("");
    }
}
