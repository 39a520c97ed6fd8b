package com.gluework.confluence.macro;

import java.util.Map;
import java.util.Optional;

/**
 * The macro's parameters, checked. Absent parameters take the defaults the macro browser shows; a value that cannot
 * mean anything is a {@link SummaryProblem.Kind#BAD_PARAMETER} naming the parameter, so the page author learns which
 * one to fix instead of seeing a guess.
 *
 * @param applicationLinkId the Jira link chosen in the macro browser; empty for the primary Jira link
 * @param boardId           needed for {@code active} and {@code last-closed}; empty when a sprint id is given
 * @param maxWins           how many wins are listed at most (1–{@value #MOST_WINS_LIMIT})
 */
public record SummaryParameters(Optional<String> applicationLinkId, Optional<Long> boardId, SprintChoice sprint,
                                SummaryView view, int maxWins) {
    public static final String APPLICATION_LINK = "applicationLink";
    public static final String BOARD = "board";
    public static final String SPRINT = "sprint";
    public static final String VIEW = "view";
    public static final String MAX_WINS = "maxWins";

    public static final int DEFAULT_MAX_WINS = 10;
    public static final int MOST_WINS_LIMIT = 50;

    /** Reads the parameters as Confluence hands them to {@code Macro.execute} (values may be absent or blank). */
    public static SummaryParameters parse(Map<String, String> parameters) {
        Optional<String> link = value(parameters, APPLICATION_LINK);
        Optional<Long> board = value(parameters, BOARD).map(text -> positiveId(text, BOARD));
        SprintChoice sprint = value(parameters, SPRINT).map(SummaryParameters::sprintChoice).orElse(SprintChoice.ACTIVE);
        if (sprint.kind() != SprintChoice.Kind.ID && board.isEmpty()) {
            // "active" and "last-closed" are relative to a board; without one there is nothing to look them up on.
            throw SummaryProblem.badParameter(BOARD).exception();
        }
        SummaryView view = value(parameters, VIEW)
                .map(text -> SummaryView.ofParameter(text).orElseThrow(() -> SummaryProblem.badParameter(VIEW).exception()))
                .orElse(SummaryView.WINS);
        int maxWins = value(parameters, MAX_WINS).map(SummaryParameters::maxWins).orElse(DEFAULT_MAX_WINS);
        return new SummaryParameters(link, board, sprint, view, maxWins);
    }

    /** What identifies the Jira answer these parameters need, for the cache (the view and the limit do not change it). */
    public String reportKey() {
        return boardId.map(String::valueOf).orElse("-") + "/" + sprint.parameterValue();
    }

    private static Optional<String> value(Map<String, String> parameters, String name) {
        String value = parameters.get(name);
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.strip());
    }

    private static SprintChoice sprintChoice(String text) {
        return switch (text) {
            case "active" -> SprintChoice.ACTIVE;
            case "last-closed" -> SprintChoice.LAST_CLOSED;
            default -> SprintChoice.id(positiveId(text, SPRINT));
        };
    }

    private static int maxWins(String text) {
        long value = positiveId(text, MAX_WINS);
        if (value > MOST_WINS_LIMIT) {
            throw SummaryProblem.badParameter(MAX_WINS).exception();
        }
        return (int) value;
    }

    /** Canonical positive decimals only: "007", "+3" or "3.0" in a stored page would be a typo, not an id. */
    private static long positiveId(String text, String parameter) {
        if (!text.matches("[1-9][0-9]{0,17}")) {
            throw SummaryProblem.badParameter(parameter).exception();
        }
        return Long.parseLong(text);
    }
}
