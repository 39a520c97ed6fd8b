package com.gluework.core.report;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** Which sprint the report opens on, and which sprint it compares against. */
public final class SprintRules {
    // Later starts first; sprints without a start date (future) sort last, then by id for a stable answer.
    private static final Comparator<Sprint> MOST_RECENT_FIRST = Comparator
            .comparing(Sprint::startDate, Comparator.nullsLast(Comparator.<Instant>reverseOrder()))
            .thenComparing(Sprint::id, Comparator.reverseOrder());

    private SprintRules() {
    }

    /** The picker's default: the board's active sprint (the latest started if several), else its last closed one. */
    public static Optional<Sprint> defaultSprint(List<Sprint> boardSprints) {
        Optional<Sprint> active = boardSprints.stream()
                .filter(s -> s.state() == SprintState.ACTIVE)
                .min(MOST_RECENT_FIRST);
        return active.isPresent() ? active : lastClosed(boardSprints);
    }

    /**
     * The sprint to compare against: the most recently started closed sprint of the same board that started before
     * this one. Empty for the board's first sprint, or for a sprint that has not started.
     */
    public static Optional<Sprint> previousSprint(Sprint current, List<Sprint> boardSprints) {
        if (current.startDate() == null) {
            return Optional.empty();
        }
        return boardSprints.stream()
                .filter(s -> s.boardId() == current.boardId() && s.id() != current.id())
                .filter(s -> s.state() == SprintState.CLOSED && s.startDate() != null)
                .filter(s -> s.startDate().isBefore(current.startDate()))
                .min(MOST_RECENT_FIRST);
    }

    private static Optional<Sprint> lastClosed(List<Sprint> boardSprints) {
        return boardSprints.stream().filter(s -> s.state() == SprintState.CLOSED).min(MOST_RECENT_FIRST);
    }
}
