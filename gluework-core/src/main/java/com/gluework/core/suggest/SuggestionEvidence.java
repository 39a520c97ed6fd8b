package com.gluework.core.suggest;

import java.net.URI;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One trace a suggestion rests on.
 *
 * @param what a sentence naming the change ("Edited the description (+240 characters)")
 * @param link where to see it; {@code null} when the host gave none
 */
public record SuggestionEvidence(String what, Instant at, URI link) {
    public SuggestionEvidence {
        Objects.requireNonNull(what, "what");
        Objects.requireNonNull(at, "at");
    }

    public Optional<URI> linkToIt() {
        return Optional.ofNullable(link);
    }
}
