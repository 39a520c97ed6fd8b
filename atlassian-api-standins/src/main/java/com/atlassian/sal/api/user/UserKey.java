package com.atlassian.sal.api.user;

import java.io.Serializable;
import java.util.Objects;

/**
 * Compile-only stand-in: a user's key as SAL passes it around (in Jira, the same string as
 * {@code ApplicationUser.getKey()}). Value semantics as in the real class.
 * <p>
 * Mirrors: SAL 3.0.4 xref https://docs.atlassian.com/sal-parent/3.0.4/xref/com/atlassian/sal/api/user/UserKey.html
 * (docs/atlassian-signatures.md §2.3). Only the constructor and {@link #getStringValue()} are declared; the unconfirmed
 * {@code fromLong} is left out.
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
        return o instanceof UserKey other && userkey.equals(other.userkey);
    }

    @Override
    public int hashCode() {
        return userkey.hashCode();
    }
}
