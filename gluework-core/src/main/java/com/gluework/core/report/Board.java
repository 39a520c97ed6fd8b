package com.gluework.core.report;

import java.util.Comparator;
import java.util.Objects;

/** A Jira Software board, the thing sprints belong to. */
public record Board(long id, String name) {
    /** The order every host lists boards in: by name, ignoring case, as Jira Software's board picker does. */
    public static final Comparator<Board> BY_NAME =
            Comparator.comparing(Board::name, String.CASE_INSENSITIVE_ORDER).thenComparingLong(Board::id);

    public Board {
        Objects.requireNonNull(name, "name");
    }
}
