package com.gluework.web.testing;

import com.gluework.core.port.CurrentUser;

import java.util.Optional;

/** A {@link CurrentUser} a test (or the preview's user switcher) sets explicitly. */
public final class SwitchableCurrentUser implements CurrentUser {
    private volatile String key;

    public SwitchableCurrentUser actAs(String userKey) {
        this.key = userKey;
        return this;
    }

    public SwitchableCurrentUser anonymous() {
        this.key = null;
        return this;
    }

    @Override
    public Optional<String> key() {
        return Optional.ofNullable(key);
    }
}
