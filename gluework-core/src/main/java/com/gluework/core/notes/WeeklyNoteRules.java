package com.gluework.core.notes;

import com.gluework.core.error.InvalidInputException;
import com.gluework.core.model.FieldError;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What a weekly note may hold. Two or three lines is the point — a note a person writes in a minute on Friday — so at
 * most {@value #MAX_BULLETS} lines of at most {@value #MAX_BULLET} characters, each on one line. Blank lines are dropped
 * (an empty third field of a form is not a bullet), text is stripped, and at least one line must remain.
 */
public final class WeeklyNoteRules {
    public static final int MAX_BULLETS = 3;
    /**
     * Characters as the user sees them (code points). 200 code points are at most 400 UTF-16 units, so a bullet fits
     * Active Objects' portable 450-character text column on every database.
     */
    public static final int MAX_BULLET = 200;

    private WeeklyNoteRules() {
    }

    /**
     * The week a path or form names.
     *
     * @throws InvalidInputException naming {@code week} when it is not an existing {@code YYYY-Www} week
     */
    public static IsoWeek week(String text) {
        return IsoWeek.parse(text).orElseThrow(() -> new InvalidInputException("week",
                "Give the week as YYYY-Www, for example 2026-W49."));
    }

    /**
     * The visibility as sent, TEAM when not given.
     *
     * @throws InvalidInputException naming {@code visibility} when it is neither TEAM nor PRIVATE
     */
    public static NoteVisibility visibility(String text) {
        if (text == null || text.isBlank()) {
            return NoteVisibility.TEAM;
        }
        try {
            return NoteVisibility.valueOf(text.strip());
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("visibility", "Visibility must be TEAM or PRIVATE.");
        }
    }

    /**
     * The bullets to store: stripped, blank ones dropped, in the order given.
     *
     * @throws InvalidInputException naming {@code bullets} (none, or too many) or {@code bullets[i]} (too long, or
     *                               more than one line) for every problem at once
     */
    public static List<String> bullets(List<String> given) {
        List<FieldError> errors = new ArrayList<>();
        List<String> kept = new ArrayList<>();
        List<String> lines = given == null ? List.of() : given;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line == null || line.isBlank()) {
                continue;
            }
            String text = line.strip();
            String field = "bullets[" + i + "]"; // the index the client sent, so its form can mark the right field
            problem(text).ifPresent(message -> errors.add(new FieldError(field, message)));
            kept.add(text);
        }
        if (kept.isEmpty()) {
            errors.add(0, new FieldError("bullets", "Write at least one line."));
        } else if (kept.size() > MAX_BULLETS) {
            errors.add(0, new FieldError("bullets", "Write at most " + MAX_BULLETS + " lines a week."));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return List.copyOf(kept);
    }

    private static Optional<String> problem(String text) {
        // Code points, not UTF-16 units: an emoji counts as one character, as the user sees it.
        if (text.codePointCount(0, text.length()) > MAX_BULLET) {
            return Optional.of("Each line must be at most " + MAX_BULLET + " characters.");
        }
        if (text.chars().anyMatch(c -> Character.isISOControl(c) && c != '\t')) {
            return Optional.of("Each line must be a single line of text.");
        }
        return Optional.empty();
    }
}
