package com.gluework.core.report;

import java.util.Locale;

/** A sprint's lifecycle as Jira Software reports it ({@code "future"}, {@code "active"}, {@code "closed"}). */
public enum SprintState {
    FUTURE, ACTIVE, CLOSED;

    /** Reads the Agile REST API's lower-case state; anything else is a host bug worth failing loudly on. */
    public static SprintState fromJira(String state) {
        if (state == null) {
            throw new IllegalArgumentException("sprint state is missing");
        }
        return switch (state.trim().toLowerCase(Locale.ROOT)) {
            case "future" -> FUTURE;
            case "active" -> ACTIVE;
            case "closed" -> CLOSED;
            default -> throw new IllegalArgumentException("unknown sprint state: " + state);
        };
    }
}
