package com.gluework.core.suggest;

import java.util.Objects;

/**
 * How sure a rule is, and why — shown to the person so they can judge the prompt, never used to score them.
 *
 * @param reason one sentence: which signs were present
 */
public record SuggestionConfidence(Level level, String reason) {
    public enum Level { MEDIUM, HIGH }

    public SuggestionConfidence {
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(reason, "reason");
    }

    public static SuggestionConfidence high(String reason) {
        return new SuggestionConfidence(Level.HIGH, reason);
    }

    public static SuggestionConfidence medium(String reason) {
        return new SuggestionConfidence(Level.MEDIUM, reason);
    }
}
