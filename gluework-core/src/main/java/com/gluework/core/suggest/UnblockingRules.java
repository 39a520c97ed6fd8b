package com.gluework.core.suggest;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Unblocking: the issue was blocked (a "Blocked"-like status, or Jira Software's "Flagged" impediment), someone other
 * than the assignee commented shortly before it left that state, and the comment says something (it is not only a
 * question, and not by whoever raised the block). Only the last comment by someone other than the assignee before the
 * release is considered: when several people talked, the one who spoke last before the issue moved is the likeliest to
 * have unblocked it, and one right suggestion beats three guesses.
 */
public final class UnblockingRules implements SuggestionRule {
    public static final String RULE = "coordination.unblocked";
    /** "Shortly before": an answer two days before the release may well be what released it; older ones are noise. */
    static final Duration SHORTLY_BEFORE = Duration.ofHours(48);
    static final Duration VERY_SHORTLY_BEFORE = Duration.ofHours(12);
    static final int MIN_WORDS = 6;
    /** "Waiting for customer" is not here: the one who answers it is the customer, which is not glue. */
    private static final Pattern BLOCKED_STATUS = Pattern.compile("(?i).*\\b(blocked|on hold|impeded|impediment)\\b.*");
    private static final String FLAGGED = "Flagged";

    @Override
    public List<GlueSuggestion> suggest(IssueActivity activity) {
        AssigneeTimeline assignees = activity.assigneeTimeline();
        List<GlueSuggestion> suggestions = new ArrayList<>();
        Instant blockedSince = null;
        String blockedBy = null;
        for (HistoryItem item : activity.history()) {
            if (entersBlock(item)) {
                blockedSince = item.at();
                blockedBy = item.authorKey();
            } else if (leavesBlock(item)) {
                Instant since = blockedSince == null ? item.at().minus(SHORTLY_BEFORE) : blockedSince;
                unblockingComment(activity, assignees, item, since, blockedBy)
                        .ifPresent(c -> suggestions.add(suggestion(activity, assignees, item, c)));
                blockedSince = null;
                blockedBy = null;
            }
        }
        return suggestions;
    }

    private static boolean entersBlock(HistoryItem item) {
        return item.isField("status") && isBlocked(item.toText()) && !isBlocked(item.fromText())
                || item.isField(FLAGGED) && !item.toText().isBlank() && item.fromText().isBlank();
    }

    private static boolean leavesBlock(HistoryItem item) {
        return item.isField("status") && isBlocked(item.fromText()) && !isBlocked(item.toText())
                || item.isField(FLAGGED) && item.toText().isBlank() && !item.fromText().isBlank();
    }

    private static boolean isBlocked(String status) {
        return BLOCKED_STATUS.matcher(status).matches();
    }

    private static Optional<IssueComment> unblockingComment(IssueActivity activity, AssigneeTimeline assignees,
                                                            HistoryItem release, Instant blockedSince, String blockedBy) {
        Instant from = blockedSince.isAfter(release.at().minus(SHORTLY_BEFORE)) ? blockedSince : release.at().minus(SHORTLY_BEFORE);
        IssueComment last = null;
        for (IssueComment comment : activity.comments()) {
            boolean inWindow = comment.at().isAfter(from) && !comment.at().isAfter(release.at());
            // The assignee's own words ("thanks, that was it") are skipped: they are the one being unblocked.
            if (inWindow && comment.author().isPresent() && !assignees.mayBeAssigneeAt(comment.authorKey(), comment.at())
                    && !assignees.mayBeAssigneeAt(comment.authorKey(), release.at())) {
                last = comment;
            }
        }
        if (last == null || last.authorKey().equals(blockedBy)
                || ActivityText.words(last.body()) < MIN_WORDS || ActivityText.isOnlyAQuestion(last.body())) {
            return Optional.empty(); // the last word from someone else was a question, or came from whoever raised the block
        }
        return Optional.of(last);
    }

    /** Did the assignee thank or name them between their comment and the release? Then it surely helped. */
    private static boolean acknowledged(IssueActivity activity, AssigneeTimeline assignees, IssueComment answer,
                                        HistoryItem release) {
        return activity.comments().stream()
                .filter(c -> c.at().isAfter(answer.at()) && !c.at().isAfter(release.at()))
                .filter(c -> c.author().isPresent() && assignees.mayBeAssigneeAt(c.authorKey(), c.at()))
                .anyMatch(c -> ActivityText.mentions(c.body(), answer.authorKey()));
    }

    private static GlueSuggestion suggestion(IssueActivity activity, AssigneeTimeline assignees, HistoryItem release,
                                             IssueComment comment) {
        String state = release.isField(FLAGGED) ? "flagged as an impediment" : ActivityText.quoted(release.fromText());
        Duration before = Duration.between(comment.at(), release.at());
        boolean acknowledged = acknowledged(activity, assignees, comment, release);
        String reason = "Commented " + hours(before) + " before the issue left " + state + ", and is not its assignee"
                + (acknowledged ? "; the assignee named them afterwards." : ".");
        SuggestionConfidence confidence = acknowledged || before.compareTo(VERY_SHORTLY_BEFORE) <= 0
                ? SuggestionConfidence.high(reason) : SuggestionConfidence.medium(reason);
        String leftState = release.isField(FLAGGED) ? "Cleared the impediment flag" : "Moved from " + ActivityText.quoted(release.fromText())
                + " to " + ActivityText.quoted(release.toText());
        return new GlueSuggestion(activity.issue(), comment.authorKey(), "coordination",
                "Unblocked " + activity.issue().key() + " with an answer while it was blocked",
                List.of(new SuggestionEvidence("Commented while it was blocked", comment.at(),
                                comment.linkToIt().orElse(activity.issueUrl())),
                        new SuggestionEvidence(leftState, release.at(), activity.issueUrl())),
                confidence, RULE);
    }

    private static String hours(Duration duration) {
        long minutes = duration.toMinutes();
        return minutes < 90 ? minutes + " minutes" : (minutes + 30) / 60 + " hours";
    }
}
