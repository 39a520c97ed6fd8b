package com.gluework.core.suggest;

import com.gluework.core.model.Contribution;
import com.gluework.core.port.SuggestionDismissals;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Runs the signal rules over one issue's activity and returns what is worth showing: one suggestion per person and
 * category (several traces of the same glue are one prompt with all their evidence), without what the person already
 * recorded in that category on that issue (active or retired: either way they have decided) and without the findings
 * someone dismissed as "not glue" (by trace, so new evidence of the same kind can still be proposed). Newest first.
 */
public final class GlueSuggester {
    private final List<SuggestionRule> rules;
    private final SuggestionDismissals dismissals;

    public GlueSuggester(List<SuggestionRule> rules, SuggestionDismissals dismissals) {
        this.rules = List.copyOf(rules);
        this.dismissals = Objects.requireNonNull(dismissals, "dismissals");
    }

    /** The five signals the product ships with. */
    public static List<SuggestionRule> defaultRules() {
        return List.of(new ClarificationRules(), new UnblockingRules(), new HandOffRules(), new RunbookLinkRules(),
                new CodeReviewRules());
    }

    /**
     * @param recordedOnIssue the glue recorded on this issue, in any state
     */
    public List<GlueSuggestion> suggest(IssueActivity activity, Collection<Contribution> recordedOnIssue) {
        // The dismissed traces are read only when a rule found something the issue's recorded glue does not already
        // hide: most issues have no candidate at all, and the read is a statement on every issue panel (issue 13).
        return suggest(activity, recordedOnIssue, () -> dismissals.dismissedOn(List.of(activity.issue().id())));
    }

    /**
     * Every suggestion the issue's activity supports, dismissed ones included (recorded glue still hides its own):
     * what "Not glue" looks a suggestion up in, so that answering it twice is not an error.
     */
    public List<GlueSuggestion> suggestIncludingDismissed(IssueActivity activity, Collection<Contribution> recordedOnIssue) {
        return suggest(activity, recordedOnIssue, Set.of());
    }

    /**
     * As {@link #suggest(IssueActivity, Collection)}, with the dismissed traces read by the caller (in one read for a
     * list of issues).
     */
    public List<GlueSuggestion> suggest(IssueActivity activity, Collection<Contribution> recordedOnIssue,
                                        Set<String> dismissedTraces) {
        return suggest(activity, recordedOnIssue, () -> dismissedTraces);
    }

    private List<GlueSuggestion> suggest(IssueActivity activity, Collection<Contribution> recordedOnIssue,
                                         Supplier<Set<String>> dismissedTracesWhenNeeded) {
        Set<SuggestionKey> hidden = new LinkedHashSet<>();
        recordedOnIssue.stream()
                .filter(c -> c.issueRef().map(i -> i.id() == activity.issue().id()).orElse(false))
                .forEach(c -> hidden.add(new SuggestionKey(activity.issue().id(), c.contributorKey(), c.categoryKey())));
        List<GlueSuggestion> candidates = new ArrayList<>();
        for (SuggestionRule rule : rules) {
            for (GlueSuggestion suggestion : rule.suggest(activity)) {
                if (!hidden.contains(suggestion.key())) {
                    candidates.add(suggestion);
                }
            }
        }
        if (candidates.isEmpty()) {
            return List.of();
        }
        Set<String> dismissedTraces = dismissedTracesWhenNeeded.get();
        Map<SuggestionKey, List<GlueSuggestion>> byKey = new LinkedHashMap<>();
        for (GlueSuggestion suggestion : candidates) {
            if (!dismissedTraces.containsAll(suggestion.traceIds())) {
                byKey.computeIfAbsent(suggestion.key(), k -> new ArrayList<>()).add(suggestion);
            }
        }
        return byKey.values().stream()
                .map(GlueSuggester::merge)
                .sorted(Comparator.comparing(GlueSuggestion::latestEvidenceAt).reversed()
                        .thenComparing(GlueSuggestion::personKey).thenComparing(GlueSuggestion::categoryKey))
                .toList();
    }

    /** The surest suggestion's words (the first one's on a tie), with the evidence of all, in one pass. */
    private static GlueSuggestion merge(List<GlueSuggestion> same) {
        GlueSuggestion lead = same.get(0);
        Set<SuggestionEvidence> evidence = new LinkedHashSet<>();
        List<String> traces = new ArrayList<>();
        for (GlueSuggestion s : same) {
            traces.addAll(s.traceIds());
            if (s.confidence().level().compareTo(lead.confidence().level()) > 0) {
                lead = s;
            }
            evidence.addAll(s.evidence());
        }
        return same.size() == 1 ? lead : new GlueSuggestion(lead.issue(), lead.personKey(), lead.categoryKey(), lead.summary(),
                List.copyOf(evidence), lead.confidence(), lead.rule(), traces);
    }
}
