package com.gluework.core.testing;

import com.gluework.core.port.CurrentUser;
import org.junit.Test;

import java.util.Optional;

import static org.junit.Assert.assertEquals;

/** What every {@link CurrentUser} answers alike: the user key of the request's user, empty for an anonymous visitor. */
public abstract class CurrentUserContract {

    /** The current user of a request made by {@code userKey}, or anonymously when it is empty. */
    protected abstract CurrentUser requestBy(Optional<String> userKey);

    @Test
    public void key_forALoggedInUser_shouldBeTheirUserKey() {
        assertEquals(Optional.of("JIRAUSER10102"), requestBy(Optional.of("JIRAUSER10102")).key());
    }

    @Test
    public void key_forAnAnonymousVisitor_shouldBeEmpty() {
        assertEquals(Optional.empty(), requestBy(Optional.empty()).key());
    }
}
