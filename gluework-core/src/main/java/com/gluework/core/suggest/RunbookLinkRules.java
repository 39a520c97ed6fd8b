package com.gluework.core.suggest;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Docs & runbooks: an incident issue links a Confluence page that is a runbook or a post-mortem, and the history says
 * who linked it. The link does not say who wrote the page, so the suggestion goes to the person who brought it to the
 * incident, and says so; a link nobody is recorded as adding suggests nothing.
 */
public final class RunbookLinkRules implements SuggestionRule {
    public static final String RULE = "documentation.runbook-link";
    private static final Pattern INCIDENT_TYPE = Pattern.compile("(?i).*\\b(incident|outage|post-?incident)\\b.*");
    private static final Pattern RUNBOOK = Pattern.compile(
            "(?i).*\\b(run ?books?|playbooks?|post-?mortems?|post mortems?|incident (review|report)s?)\\b.*");
    /** Compiled once, not by {@code String.matches} on every link of every render (issue 13). */
    private static final Pattern POST_MORTEM = Pattern.compile("post.?mortem", Pattern.DOTALL);
    private static final Pattern CONFLUENCE_PATH = Pattern.compile("(?i).*(/display/|/pages/viewpage\\.action|/wiki/spaces/|/spaces/[^/]+/pages/).*");

    /**
     * Whether this rule reads an issue of this type at all. A host reading a list of issues fetches remote links for
     * these issues only, since links cost one host read per issue (Jira's REST search cannot embed them): the code
     * review rule reads links too, so in a list it finds a pull request only when a comment names it, while the
     * panel, which reads one issue's links whatever its type, finds it either way.
     */
    public static boolean looksAtIssueType(String issueType) {
        return issueType != null && INCIDENT_TYPE.matcher(issueType).matches();
    }

    @Override
    public List<GlueSuggestion> suggest(IssueActivity activity) {
        if (!looksAtIssueType(activity.issueType())) {
            return List.of();
        }
        List<GlueSuggestion> suggestions = new ArrayList<>();
        for (RemoteLink link : activity.remoteLinks()) {
            boolean labelled = link.labels().stream().anyMatch(l -> RUNBOOK.matcher(l.replace('-', ' ')).matches()
                    || RUNBOOK.matcher(l).matches());
            boolean titled = RUNBOOK.matcher(link.title()).matches();
            if (!isConfluencePage(link) || !(labelled || titled) || link.addedBy().isEmpty() || link.added().isEmpty()) {
                continue;
            }
            String kind = kind(link);
            SuggestionConfidence confidence = labelled
                    ? SuggestionConfidence.high("The linked page is labelled as a " + kind + "; they linked it to the "
                    + "incident (the page's author may be someone else).")
                    : SuggestionConfidence.medium("The linked page's title says " + kind + "; they linked it to the "
                    + "incident (the page's author may be someone else).");
            suggestions.add(new GlueSuggestion(activity.issue(), link.addedByKey(), "documentation",
                    "Brought the " + kind + " " + ActivityText.quoted(link.title()) + " to incident " + activity.issue().key(),
                    List.of(new SuggestionEvidence("Linked the Confluence page " + ActivityText.quoted(link.title()),
                            link.addedAt(), link.url())),
                    confidence, RULE));
        }
        return suggestions;
    }

    private static boolean isConfluencePage(RemoteLink link) {
        return link.applicationType().toLowerCase(Locale.ROOT).contains("confluence")
                || link.relationship().equalsIgnoreCase("Wiki Page")
                || CONFLUENCE_PATH.matcher(link.url().toString()).matches();
    }

    private static String kind(RemoteLink link) {
        String text = (link.title() + " " + String.join(" ", link.labels())).toLowerCase(Locale.ROOT);
        return POST_MORTEM.matcher(text).find() ? "post-mortem" : text.contains("incident") ? "incident review" : "runbook";
    }
}
