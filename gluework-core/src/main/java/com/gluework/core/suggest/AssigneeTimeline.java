package com.gluework.core.suggest;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Who was assigned when, replayed once from an issue's history so that rules asking for every comment stay linear
 * in the activity ({@link IssueActivity#assigneeTimeline()}).
 */
public final class AssigneeTimeline {
    private final List<HistoryItem> changes;
    private final String currentAssignee;
    private final boolean rawValuesMissing;

    AssigneeTimeline(List<HistoryItem> sortedHistory, String currentAssignee) {
        this.changes = sortedHistory.stream().filter(h -> h.isField("assignee")).toList();
        this.currentAssignee = currentAssignee;
        this.rawValuesMissing = changes.stream().anyMatch(c -> c.toValue().isBlank() && !c.toText().isBlank()
                || c.fromValue().isBlank() && !c.fromText().isBlank());
    }

    /**
     * The new value of the last change at or before that moment, else the old value of the first change after it,
     * else the current assignee. Empty when unassigned, or when the history has no raw value to say who it was.
     */
    public Optional<String> assigneeAt(Instant moment) {
        if (changes.isEmpty()) {
            return Optional.ofNullable(currentAssignee);
        }
        int lastBefore = lastIndexAtOrBefore(moment);
        String value = lastBefore >= 0 ? changes.get(lastBefore).toValue() : changes.get(0).fromValue();
        return value.isBlank() ? Optional.empty() : Optional.of(value);
    }

    /**
     * Was this person the assignee at that moment? When the history records assignee changes without raw values (old
     * servers) the answer is "maybe", which counts as yes, so no rule credits someone who may have been the assignee.
     */
    public boolean mayBeAssigneeAt(String userKey, Instant moment) {
        return rawValuesMissing || assigneeAt(moment).map(userKey::equals).orElse(false);
    }

    private int lastIndexAtOrBefore(Instant moment) {
        int low = 0;
        int high = changes.size() - 1;
        int found = -1;
        while (low <= high) {
            int mid = (low + high) >>> 1;
            if (changes.get(mid).at().isAfter(moment)) {
                high = mid - 1;
            } else {
                found = mid;
                low = mid + 1;
            }
        }
        return found;
    }
}
