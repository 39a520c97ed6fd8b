package com.gluework.preview.http;

import com.gluework.core.port.CurrentUser;

import java.util.Optional;

/**
 * The user of the request being served on this thread, set by {@link PreviewAuthenticationFilter} and cleared when the
 * request ends, so a pooled thread never carries one request's user into the next.
 */
public final class PreviewCurrentUser implements CurrentUser {
    private final ThreadLocal<String> userKey = new ThreadLocal<>();

    @Override
    public Optional<String> key() {
        return Optional.ofNullable(userKey.get());
    }

    void set(String key) {
        if (key == null) {
            userKey.remove();
        } else {
            userKey.set(key);
        }
    }

    void clear() {
        userKey.remove();
    }
}
