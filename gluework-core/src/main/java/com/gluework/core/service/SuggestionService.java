package com.gluework.core.service;

import com.gluework.core.error.AccessDeniedException;
import com.gluework.core.error.AuthenticationRequiredException;
import com.gluework.core.error.InvalidInputException;
import com.gluework.core.error.NotFoundException;
import com.gluework.core.model.Contribution;
import com.gluework.core.model.IssueRef;
import com.gluework.core.port.AccessPolicy;
import com.gluework.core.port.ContributionRepository;
import com.gluework.core.port.IssueActivitySource;
import com.gluework.core.port.IssueSource;
import com.gluework.core.port.SuggestionDismissals;
import com.gluework.core.suggest.GlueSuggester;
import com.gluework.core.suggest.GlueSuggestion;
import com.gluework.core.suggest.IssueActivity;
import com.gluework.core.suggest.SuggestionRule;

import java.time.Clock;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Possible glue: on an issue, for whoever may browse it (the panel's "Possible glue"), and a person's own across
 * projects. Suggestions are prompts, never counted; they are shown to signed-in people only, since an anonymous viewer
 * can neither record nor dismiss them and has no reason to read what the system guesses about named colleagues.
 * "Not glue" may be answered by the person named or a project administrator of the issue (docs/decisions.md): it hides
 * the suggestion for everyone, so a colleague must not be able to hide someone else's possible credit.
 */
public final class SuggestionService {
    /** How far back a person's page looks: a quarter, as far as anyone remembers glue well enough to record it. */
    public static final Duration PERSONAL_WINDOW = Duration.ofDays(90);
    /** How many recently updated issues a person's page reads at most (in batch). */
    public static final int PERSONAL_ISSUE_LIMIT = 200;
    private static final Pattern ISSUE_KEY = Pattern.compile("[A-Za-z][A-Za-z0-9_]{0,254}-[1-9][0-9]{0,18}");
    private static final Pattern SUGGESTION_ID = Pattern.compile("[0-9a-f]{32}");

    private final IssueSource issues;
    private final AccessPolicy access;
    private final IssueActivitySource activities;
    private final ContributionRepository contributions;
    private final SuggestionDismissals dismissals;
    private final GlueSuggester suggester;
    private final Clock clock;

    /** With the rules the product ships with ({@link GlueSuggester#defaultRules()}): what hosts wire. */
    public SuggestionService(IssueSource issues, AccessPolicy access, IssueActivitySource activities,
                             ContributionRepository contributions, SuggestionDismissals dismissals, Clock clock) {
        this(issues, access, activities, contributions, dismissals, GlueSuggester.defaultRules(), clock);
    }

    public SuggestionService(IssueSource issues, AccessPolicy access, IssueActivitySource activities,
                             ContributionRepository contributions, SuggestionDismissals dismissals,
                             List<SuggestionRule> rules, Clock clock) {
        this.issues = issues;
        this.access = access;
        this.activities = activities;
        this.contributions = contributions;
        this.dismissals = dismissals;
        this.suggester = new GlueSuggester(rules, dismissals);
        this.clock = clock;
    }

    /**
     * Newest first; excludes what was recorded (in any state) or dismissed.
     *
     * @throws InvalidInputException not an issue key
     * @throws NotFoundException     the issue is unknown or not browsable by the actor (the same answer for both)
     */
    public List<GlueSuggestion> suggestionsFor(Optional<String> actorKey, String issueKey) {
        return suggestionsFor(actorKey, issueKey, issue -> contributions.findByIssue(issue.id()));
    }

    /**
     * {@link #suggestionsFor(Optional, String)} for a caller that has just read the issue's contributions (the panel,
     * {@link ContributionService#readForPanel}): the same answer without reading them again.
     *
     * @param everyOnIssue every contribution on the issue, in any state
     */
    public List<GlueSuggestion> suggestionsFor(Optional<String> actorKey, String issueKey, List<Contribution> everyOnIssue) {
        return suggestionsFor(actorKey, issueKey, issue -> everyOnIssue);
    }

    /**
     * "Possible glue" for the issue panel, from its read ({@link ContributionService#readForPanel}), which has just
     * found the issue and checked that the actor may browse it: the same answer as
     * {@link #suggestionsFor(Optional, String, List)} without asking the host for the issue and the browse permission a
     * second time in the same request (in Jira an issue look-up and a permission check; issue 13). Whoever builds a
     * {@link ContributionService.PanelRead} some other way must have made the same check, as they show its glue too.
     */
    public List<GlueSuggestion> suggestionsFor(Optional<String> actorKey, ContributionService.PanelRead read) {
        if (actorKey.isEmpty()) {
            return List.of(); // as for the other ways in: nothing for anonymous viewers
        }
        IssueRef issue = read.shown().issue();
        // The dismissed traces from the panel's own statement where the store read them there, else asked for below.
        return activities.findActivity(issue)
                .map(activity -> read.dismissedSuggestionTraces()
                        .map(dismissed -> suggester.suggest(activity, read.everyOnIssue(), dismissed))
                        .orElseGet(() -> suggester.suggest(activity, read.everyOnIssue())))
                .orElse(List.of());
    }

    private List<GlueSuggestion> suggestionsFor(Optional<String> actorKey, String issueKey,
                                                Function<IssueRef, List<Contribution>> recordedOn) {
        if (actorKey.isEmpty()) {
            return List.of(); // says nothing about the issue either, so nothing is revealed
        }
        IssueRef issue = browsableIssue(actorKey, issueKey);
        return activities.findActivity(issue)
                .map(activity -> suggester.suggest(activity, recordedOn.apply(issue)))
                .orElse(List.of());
    }

    /** May this viewer answer "Not glue" to this suggestion: the person it names, or a project administrator. */
    public boolean canDismiss(Optional<String> actorKey, GlueSuggestion suggestion) {
        return actorKey.isPresent() && (actorKey.get().equals(suggestion.personKey())
                || access.canAdministerProject(actorKey.get(), suggestion.issue()));
    }

    /**
     * "Not glue": hides the suggestion for everyone, remembered. Answering it again (a double click, a second tab, a
     * colleague at the same moment) succeeds and changes nothing.
     *
     * @throws AuthenticationRequiredException the actor is anonymous
     * @throws InvalidInputException           not an issue key, or not a suggestion id
     * @throws NotFoundException               the issue is unknown or hidden, or no such suggestion is on it (recorded
     *                                         glue included: once recorded it is no longer a suggestion)
     * @throws AccessDeniedException           the actor is neither the person named nor a project administrator
     */
    public void dismiss(Optional<String> actorKey, String issueKey, String suggestionId) {
        if (actorKey.isEmpty()) {
            throw new AuthenticationRequiredException("user", "Log in to answer a suggestion.");
        }
        if (suggestionId == null || !SUGGESTION_ID.matcher(suggestionId).matches()) {
            throw new InvalidInputException("suggestionId", "\"" + suggestionId + "\" is not a suggestion id (32 hex digits).");
        }
        IssueRef issue = browsableIssue(actorKey, issueKey);
        Supplier<NotFoundException> unknown = () -> new NotFoundException("suggestionId",
                "Issue " + issueKey + " has no suggestion " + suggestionId + " (it may have been recorded meanwhile).");
        IssueActivity activity = activities.findActivity(issue).orElseThrow(unknown);
        GlueSuggestion suggestion = suggester.suggestIncludingDismissed(activity, contributions.findByIssue(issue.id()))
                .stream().filter(s -> s.id().equals(suggestionId)).findFirst().orElseThrow(unknown);
        if (!canDismiss(actorKey, suggestion)) {
            throw new AccessDeniedException("suggestionId",
                    "Only the person it names or a project administrator may answer \"Not glue\".");
        }
        dismissals.dismiss(issue.id(), suggestion.traceIds(), actorKey.get());
    }

    /**
     * The actor's own open suggestions across projects, newest first: from the issues updated in the last
     * {@link #PERSONAL_WINDOW} (at most {@link #PERSONAL_ISSUE_LIMIT}), read in batch, that the actor may browse.
     *
     * @throws AuthenticationRequiredException the actor is anonymous
     */
    public List<GlueSuggestion> suggestionsOf(Optional<String> actorKey) {
        String person = actorKey.orElseThrow(() -> new AuthenticationRequiredException("user", "Log in to see your suggestions."));
        List<IssueActivity> recent = activities.recentActivity(clock.instant().minus(PERSONAL_WINDOW), PERSONAL_ISSUE_LIMIT)
                .stream().filter(a -> access.canBrowse(actorKey, a.issue())).toList();
        if (recent.isEmpty()) {
            return List.of();
        }
        List<Long> ids = recent.stream().map(a -> a.issue().id()).toList();
        Map<Long, List<Contribution>> recorded = contributions.findByIssues(ids).stream()
                .filter(c -> c.issueRef().isPresent())
                .collect(Collectors.groupingBy(c -> c.issueRef().get().id()));
        Set<String> dismissed = dismissals.dismissedOn(ids);
        return recent.stream()
                .flatMap(a -> suggester.suggest(a, recorded.getOrDefault(a.issue().id(), List.of()), dismissed).stream())
                .filter(s -> s.personKey().equals(person))
                .sorted(Comparator.comparing(GlueSuggestion::latestEvidenceAt).reversed()
                        .thenComparing(s -> s.issue().key()).thenComparing(GlueSuggestion::categoryKey))
                .toList();
    }

    private IssueRef browsableIssue(Optional<String> actorKey, String issueKey) {
        if (issueKey == null || !ISSUE_KEY.matcher(issueKey).matches()) {
            throw new InvalidInputException("issueKey", "\"" + issueKey + "\" is not an issue key like ABC-123.");
        }
        // Built only when thrown: an exception fills in its stack trace when constructed, and the panel asks this on
        // every render from deep in a REST call's stack (issue 13).
        Supplier<NotFoundException> notFound = () -> new NotFoundException("issueKey",
                "Issue " + issueKey + " does not exist or you do not have permission to see it.");
        IssueRef issue = issues.findIssue(issueKey).orElseThrow(notFound);
        if (!access.canBrowse(actorKey, issue)) {
            throw notFound.get();
        }
        return issue;
    }
}
