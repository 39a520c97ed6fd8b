package com.gluework.core.service;

import com.gluework.core.error.InvalidInputException;
import com.gluework.core.error.NotFoundException;
import com.gluework.core.model.IssueRef;
import com.gluework.core.port.AccessPolicy;
import com.gluework.core.port.ContributionRepository;
import com.gluework.core.port.IssueActivitySource;
import com.gluework.core.port.IssueSource;
import com.gluework.core.port.SuggestionDismissals;
import com.gluework.core.suggest.GlueSuggester;
import com.gluework.core.suggest.GlueSuggestion;
import com.gluework.core.suggest.SuggestionRule;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Possible glue on an issue, for whoever may browse it (the panel's "Possible glue"). Suggestions are prompts, never counted; they are shown to
 * signed-in people only, since an anonymous viewer can neither record nor dismiss them and has no reason to read
 * what the system guesses about named colleagues.
 */
public final class SuggestionService {
    private static final Pattern ISSUE_KEY = Pattern.compile("[A-Za-z][A-Za-z0-9_]{0,254}-[1-9][0-9]{0,18}");

    private final IssueSource issues;
    private final AccessPolicy access;
    private final IssueActivitySource activities;
    private final ContributionRepository contributions;
    private final GlueSuggester suggester;

    public SuggestionService(IssueSource issues, AccessPolicy access, IssueActivitySource activities,
                             ContributionRepository contributions, SuggestionDismissals dismissals, List<SuggestionRule> rules) {
        this.issues = issues;
        this.access = access;
        this.activities = activities;
        this.contributions = contributions;
        this.suggester = new GlueSuggester(rules, dismissals);
    }

    /**
     * Newest first; excludes what was recorded (in any state) or dismissed.
     *
     * @throws InvalidInputException not an issue key
     * @throws NotFoundException     the issue is unknown or not browsable by the actor (the same answer for both)
     */
    public List<GlueSuggestion> suggestionsFor(Optional<String> actorKey, String issueKey) {
        if (actorKey.isEmpty()) {
            return List.of(); // says nothing about the issue either, so nothing is revealed
        }
        if (issueKey == null || !ISSUE_KEY.matcher(issueKey).matches()) {
            throw new InvalidInputException("issueKey", "\"" + issueKey + "\" is not an issue key like ABC-123.");
        }
        NotFoundException notFound = new NotFoundException("issueKey",
                "Issue " + issueKey + " does not exist or you do not have permission to see it.");
        IssueRef issue = issues.findIssue(issueKey).orElseThrow(() -> notFound);
        if (!access.canBrowse(actorKey, issue)) {
            throw notFound;
        }
        return activities.findActivity(issue)
                .map(activity -> suggester.suggest(activity, contributions.findByIssue(issue.id())))
                .orElse(List.of());
    }
}
