package com.gluework.web.testing;

import com.gluework.core.port.CurrentUser;
import com.gluework.core.testing.CurrentUserContract;

import java.util.Optional;

/** The tests' switchable user keeps the {@link CurrentUserContract} the hosts keep. */
public class SwitchableCurrentUserContractTest extends CurrentUserContract {
    @Override
    protected CurrentUser requestBy(Optional<String> userKey) {
        SwitchableCurrentUser currentUser = new SwitchableCurrentUser();
        return userKey.map(currentUser::actAs).orElseGet(currentUser::anonymous);
    }
}
