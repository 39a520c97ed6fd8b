package com.gluework.core.testing;

import com.gluework.core.model.IssueRef;
import com.gluework.core.port.AccessPolicy;
import org.junit.Test;

import java.util.Optional;
import java.util.Set;

import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

/**
 * What every {@link AccessPolicy} answers alike: run against the fake here, the preview's permission table and the Jira
 * adapter (over a {@code PermissionManager} double). The project of {@link #ISSUE} lets only its browsers see it and
 * only its administrators administer it; every user named here is known and active; anonymous visitors see nothing.
 */
public abstract class AccessPolicyContract {
    protected static final IssueRef ISSUE = new IssueRef(10001, "GW-1", 10000, "GW", "Retry failed payouts");
    protected static final Set<String> KNOWN_USERS = Set.of("alice", "bob", "carol");
    protected static final Set<String> BROWSERS = Set.of("alice", "carol");
    protected static final Set<String> ADMINISTRATORS = Set.of("carol");

    /** A policy over {@link #ISSUE}'s project with {@link #BROWSERS} and {@link #ADMINISTRATORS} among {@link #KNOWN_USERS}. */
    protected abstract AccessPolicy policy();

    @Test
    public void canBrowse_shouldLetTheProjectsBrowsersSeeTheIssueAndNoOneElse() {
        assertTrue(policy().canBrowse(Optional.of("alice"), ISSUE));
        assertFalse(policy().canBrowse(Optional.of("bob"), ISSUE));
    }

    @Test
    public void canBrowse_forAnonymousOrUnknownUsers_shouldBeFalse() {
        assertFalse(policy().canBrowse(Optional.empty(), ISSUE));
        assertFalse(policy().canBrowse(Optional.of("ghost"), ISSUE));
    }

    @Test
    public void canAdministerProject_shouldBeTrueForItsAdministratorsOnly() {
        assertTrue(policy().canAdministerProject("carol", ISSUE));
        assertFalse(policy().canAdministerProject("alice", ISSUE));
        assertFalse(policy().canAdministerProject("ghost", ISSUE));
    }
}
