package com.gluework.preview.http;

import com.gluework.core.port.CurrentUser;
import com.gluework.core.testing.CurrentUserContract;

import java.util.Optional;

/** The preview's per-request user keeps the {@link CurrentUserContract}, as its authentication filter sets it. */
public class PreviewCurrentUserContractTest extends CurrentUserContract {
    @Override
    protected CurrentUser requestBy(Optional<String> userKey) {
        PreviewCurrentUser currentUser = new PreviewCurrentUser();
        currentUser.set(userKey.orElse(null));
        return currentUser;
    }
}
