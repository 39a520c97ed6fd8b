package com.gluework.core.suggest;

import java.util.Objects;

/**
 * What a suggestion is about, and what "Not glue" dismisses: this person, this kind of glue, on this issue. A new
 * piece of evidence for the same person and category does not bring a dismissed suggestion back.
 */
public record SuggestionKey(long issueId, String personKey, String categoryKey) {
    public SuggestionKey {
        Objects.requireNonNull(personKey, "personKey");
        Objects.requireNonNull(categoryKey, "categoryKey");
    }
}
