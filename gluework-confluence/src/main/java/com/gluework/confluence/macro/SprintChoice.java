package com.gluework.confluence.macro;

/**
 * Which sprint the macro shows: the board's active sprint, its last closed one, or a sprint by id. The first two are
 * looked up on the board at every (uncached) render, so a page on "active" follows the team from sprint to sprint.
 *
 * @param sprintId only for {@link Kind#ID}; 0 otherwise
 */
public record SprintChoice(Kind kind, long sprintId) {
    public enum Kind { ACTIVE, LAST_CLOSED, ID }

    public static final SprintChoice ACTIVE = new SprintChoice(Kind.ACTIVE, 0);
    public static final SprintChoice LAST_CLOSED = new SprintChoice(Kind.LAST_CLOSED, 0);

    public static SprintChoice id(long sprintId) {
        return new SprintChoice(Kind.ID, sprintId);
    }

    /** The value as the macro's {@code sprint} parameter spells it. */
    public String parameterValue() {
        return switch (kind) {
            case ACTIVE -> "active";
            case LAST_CLOSED -> "last-closed";
            case ID -> Long.toString(sprintId);
        };
    }
}
