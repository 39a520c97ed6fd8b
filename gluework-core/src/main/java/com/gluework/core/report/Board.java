package com.gluework.core.report;

import java.util.Objects;

/** A Jira Software board, the thing sprints belong to. */
public record Board(long id, String name) {
    public Board {
        Objects.requireNonNull(name, "name");
    }
}
