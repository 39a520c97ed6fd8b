package com.gluework.core.suggest;

import java.util.Objects;

/**
 * What a suggestion is about: this person, this kind of glue, on this issue. Traces with the same key are shown as one
 * suggestion, and glue the person recorded with this key hides them. ("Not glue" is remembered per trace instead:
 * {@link GlueSuggestion#traceIds()}.)
 */
public record SuggestionKey(long issueId, String personKey, String categoryKey) {
    public SuggestionKey {
        Objects.requireNonNull(personKey, "personKey");
        Objects.requireNonNull(categoryKey, "categoryKey");
    }
}
