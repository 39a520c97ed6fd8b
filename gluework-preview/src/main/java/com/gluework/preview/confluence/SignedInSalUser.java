package com.gluework.preview.confluence;

import com.atlassian.sal.api.user.UserKey;
import com.atlassian.sal.api.user.UserManager;

import java.util.Optional;
import java.util.function.Supplier;

/**
 * SAL's {@link UserManager} as the preview's Confluence space offers it to the real macro: who is signed in, and
 * nothing else. The macro asks SAL only that; the administrator and group questions belong to the Jira side, which the
 * preview answers through its own host roles, so asking them here is a wiring mistake and fails loudly.
 */
final class SignedInSalUser implements UserManager {
    private final Supplier<Optional<String>> signedInKey;

    SignedInSalUser(Supplier<Optional<String>> signedInKey) {
        this.signedInKey = signedInKey;
    }

    @Override
    public UserKey getRemoteUserKey() {
        return signedInKey.get().map(UserKey::new).orElse(null);
    }

    @Override
    public boolean isAdmin(UserKey userKey) {
        throw new UnsupportedOperationException("The preview's Confluence space knows only who is signed in");
    }

    @Override
    public boolean isUserInGroup(UserKey userKey, String group) {
        throw new UnsupportedOperationException("The preview's Confluence space knows only who is signed in");
    }
}
