package com.gluework.core.suggest;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Coordination & hand-off: the issue moved from one assignee to another and the previous assignee left a note near
 * that moment. A reassignment alone is not a hand-off (a lead shuffling tickets is routine), and a one-line comment
 * ("done", "first change") is not a note: it must say something or speak to the new assignee.
 */
public final class HandOffRules implements SuggestionRule {
    public static final String RULE = "coordination.hand-off";
    static final Duration NEAR = Duration.ofHours(24);
    /** A note that hands work over says where it stands and what is next; fewer words rarely do. */
    static final int MIN_WORDS = 12;
    static final int MIN_WORDS_WHEN_ADDRESSED = 5;
    private static final Pattern HAND_OFF_WORDS = Pattern.compile(
            "(?i)\\b(hand(ing|ed)?[ -]?(it )?over|hand-?off|handover|taking over|over to you|context|next steps?|left off|status so far)\\b",
            Pattern.DOTALL);

    @Override
    public List<GlueSuggestion> suggest(IssueActivity activity) {
        List<GlueSuggestion> suggestions = new ArrayList<>();
        for (HistoryItem change : activity.history()) {
            if (!change.isField("assignee") || change.fromValue().isBlank() || change.toValue().isBlank()
                    || change.fromValue().equals(change.toValue())) {
                continue;
            }
            note(activity, change).ifPresent(note -> suggestions.add(suggestion(activity, change, note)));
        }
        return suggestions;
    }

    private static Optional<IssueComment> note(IssueActivity activity, HistoryItem change) {
        String previous = change.fromValue();
        String next = change.toValue();
        return activity.comments().stream()
                .filter(c -> previous.equals(c.authorKey()))
                .filter(c -> !c.at().isBefore(change.at().minus(NEAR)) && !c.at().isAfter(change.at().plus(NEAR)))
                .filter(c -> ActivityText.words(c.body()) >= MIN_WORDS
                        || ActivityText.mentions(c.body(), next) && ActivityText.words(c.body()) >= MIN_WORDS_WHEN_ADDRESSED)
                .max((a, b) -> Integer.compare(score(a, next), score(b, next)));
    }

    private static int score(IssueComment note, String next) {
        return (ActivityText.mentions(note.body(), next) ? 2 : 0) + (HAND_OFF_WORDS.matcher(note.body()).find() ? 1 : 0);
    }

    private static GlueSuggestion suggestion(IssueActivity activity, HistoryItem change, IssueComment note) {
        String next = change.toValue();
        SuggestionConfidence confidence = score(note, next) > 0
                ? SuggestionConfidence.high("The previous assignee wrote a hand-off note that "
                + (ActivityText.mentions(note.body(), next) ? "addresses the new assignee" : "says where the work stands")
                + " within a day of the reassignment.")
                : SuggestionConfidence.medium("The previous assignee commented within a day of the reassignment; "
                + "the comment may or may not be a hand-off note.");
        return new GlueSuggestion(activity.issue(), change.fromValue(), "coordination",
                "Handed " + activity.issue().key() + " over to " + displayOf(change) + " with a note on where it stood",
                List.of(new SuggestionEvidence("Reassigned from " + change.fromValue() + " to " + next, change.at(),
                                activity.issueUrl()),
                        new SuggestionEvidence("Wrote a hand-off note", note.at(), note.linkToIt().orElse(activity.issueUrl()))),
                confidence, RULE);
    }

    private static String displayOf(HistoryItem change) {
        return change.toText().isBlank() ? change.toValue() : change.toText();
    }
}
