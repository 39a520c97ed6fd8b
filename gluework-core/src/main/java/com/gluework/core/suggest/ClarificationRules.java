package com.gluework.core.suggest;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Requirement clarification: someone other than the assignee substantially rewrote the description or the acceptance
 * criteria before work started or early in the sprint. Edits once work is well under way are left alone (they are as
 * likely scope churn as clarification), and so are small touch-ups and edits by the assignee, who is doing their own
 * job when they refine their own ticket.
 */
public final class ClarificationRules implements SuggestionRule {
    public static final String RULE = "clarification.requirement-edit";
    /** "Early in the sprint": the first three days, when a clarified story can still be built as clarified. */
    static final Duration EARLY_IN_SPRINT = Duration.ofDays(3);
    /** A rewrite that adds less than this is a touch-up (a typo, a link), not a clarification. */
    static final int MIN_ADDED_CHARACTERS = 40;
    private static final Pattern ACCEPTANCE_FIELD = Pattern.compile("(?i).*acceptance.*");
    private static final Pattern ACCEPTANCE_TEXT = Pattern.compile(
            "(?is)(acceptance criteria|definition of done|\\bgiven\\b.+\\bwhen\\b.+\\bthen\\b|\\bAC\\s*[0-9:])");

    @Override
    public List<GlueSuggestion> suggest(IssueActivity activity) {
        Optional<Instant> deadline = deadline(activity);
        if (deadline.isEmpty()) {
            return List.of(); // no sprint and work never started: nothing anchors "before work"
        }
        AssigneeTimeline assignees = activity.assigneeTimeline();
        List<GlueSuggestion> suggestions = new ArrayList<>();
        for (HistoryItem item : activity.history()) {
            boolean acceptanceField = ACCEPTANCE_FIELD.matcher(item.field()).matches();
            if (!(acceptanceField || item.isField("description")) || item.author().isEmpty()
                    || !item.at().isBefore(deadline.get())
                    || assignees.mayBeAssigneeAt(item.authorKey(), item.at())) {
                continue;
            }
            int added = item.toText().strip().length() - item.fromText().strip().length();
            boolean criteriaAdded = acceptanceField ? !item.toText().isBlank()
                    : ACCEPTANCE_TEXT.matcher(item.toText()).find() && !ACCEPTANCE_TEXT.matcher(item.fromText()).find();
            if (added < MIN_ADDED_CHARACTERS && !(criteriaAdded && added > 0)) {
                continue;
            }
            suggestions.add(suggestion(activity, item, acceptanceField, criteriaAdded, added));
        }
        return suggestions;
    }

    /** Edits before this moment count: three days into the sprint, or else when the issue first changed status. */
    private static Optional<Instant> deadline(IssueActivity activity) {
        if (activity.sprintPeriod().isPresent()) {
            return Optional.of(activity.sprint().start().plus(EARLY_IN_SPRINT));
        }
        return activity.history().stream().filter(h -> h.isField("status")).map(HistoryItem::at).findFirst();
    }

    private static GlueSuggestion suggestion(IssueActivity activity, HistoryItem item, boolean acceptanceField,
                                             boolean criteriaAdded, int added) {
        String what = acceptanceField ? "Edited the " + item.field() + " field"
                : "Edited the description (" + (added >= 0 ? "+" : "") + added + " characters)";
        String when = activity.sprintPeriod()
                .map(s -> item.at().isBefore(s.start()) ? "before the sprint started" : "early in the sprint")
                .orElse("before work started");
        String summary = criteriaAdded
                ? "Wrote acceptance criteria for " + activity.issue().key() + " " + when
                : "Clarified the requirements of " + activity.issue().key() + " " + when + " by rewriting its description";
        SuggestionConfidence confidence = criteriaAdded
                ? SuggestionConfidence.high("Acceptance criteria added by someone other than the assignee, " + when + ".")
                : SuggestionConfidence.medium("A substantial description rewrite by someone other than the assignee, "
                + when + "; it may be a clarification or a change of scope.");
        return new GlueSuggestion(activity.issue(), item.authorKey(), "clarification", summary,
                List.of(new SuggestionEvidence(what, item.at(), activity.issueUrl())), confidence, RULE);
    }
}
