package com.gluework.core.suggest;

import java.net.URI;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A comment on an issue.
 *
 * @param authorKey {@code null} for an anonymous comment; such comments are never credited
 * @param link      where the comment can be read, when the host can say; {@code null} otherwise
 */
public record IssueComment(String id, String authorKey, Instant at, String body, URI link) {
    public IssueComment {
        Objects.requireNonNull(at, "at");
        id = id == null ? "" : id;
        authorKey = authorKey == null || authorKey.isBlank() ? null : authorKey;
        body = body == null ? "" : body;
    }

    public Optional<String> author() {
        return Optional.ofNullable(authorKey);
    }

    public Optional<URI> linkToIt() {
        return Optional.ofNullable(link);
    }
}
