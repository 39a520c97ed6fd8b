package com.atlassian.sal.api.user;

import java.io.Serializable;
import java.util.Objects;

/**
 * Compile-only stand-in: a user's stable key.
 * <p>
 * Mirrors: https://docs.atlassian.com/sal-parent/3.0.4/xref/com/atlassian/sal/api/user/UserKey.html
 * (docs/atlassian-signatures.md §2.3, status P). It holds its value so that tests and the preview can run code that
 * reads it. Only the members Glue Work calls.
 */
public final class UserKey implements Serializable {
    private static final long serialVersionUID = 1L;
    private final String userkey;

    public UserKey(String userkey) {
        this.userkey = Objects.requireNonNull(userkey, "userkey");
    }

    public String getStringValue() {
        return userkey;
    }

    @Override
    public String toString() {
        return userkey;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof UserKey that && userkey.equals(that.userkey);
    }

    @Override
    public int hashCode() {
        return userkey.hashCode();
    }
}
