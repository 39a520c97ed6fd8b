package com.gluework.preview.access;

import com.gluework.core.model.IssueRef;
import com.gluework.core.model.Person;
import com.gluework.core.port.PeopleDirectory;
import com.gluework.preview.demo.DemoDataset;
import org.junit.Test;

import java.util.Map;
import java.util.Optional;

import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

public class PreviewAccessPolicyTest {
    private static final IssueRef GW_1 = new IssueRef(10001, "GW-1", 10000, "GW", "Retry failed card captures");
    private static final IssueRef SEC_1 = new IssueRef(10101, "SEC-1", 10100, "SEC", "Rotate the PSP API key");
    private static final IssueRef OTHER_1 = new IssueRef(20001, "OTHER-1", 20000, "OTHER", "Not in the table");

    private final PeopleDirectory people = mock(PeopleDirectory.class);
    private final PreviewAccessPolicy policy = new PreviewAccessPolicy(people, DemoDataset.permissions());

    public PreviewAccessPolicyTest() {
        when(people.findPerson(anyString())).thenReturn(Optional.empty());
        for (String key : new String[]{"alice", "bob", "frank"}) {
            when(people.findPerson(key)).thenReturn(Optional.of(new Person(key, key, key, "", true)));
        }
        when(people.findPerson("gone")).thenReturn(Optional.of(new Person("gone", "gone", "Gone", "", false)));
    }

    @Test
    public void canBrowse_shouldLetEveryKnownUserBrowseTheTeamProject() {
        assertTrue(policy.canBrowse(Optional.of("bob"), GW_1));
        assertTrue(policy.canBrowse(Optional.of("alice"), GW_1));
        assertTrue(policy.canBrowse(Optional.of("frank"), OTHER_1));
    }

    @Test
    public void canBrowse_shouldHideTheRestrictedProjectFromEveryoneButAlice() {
        assertTrue(policy.canBrowse(Optional.of("alice"), SEC_1));
        assertFalse(policy.canBrowse(Optional.of("bob"), SEC_1));
        assertFalse(policy.canBrowse(Optional.of("frank"), SEC_1));
    }

    @Test
    public void canBrowse_shouldLetAnonymousUnknownAndInactiveUsersBrowseNothing() {
        assertFalse(policy.canBrowse(Optional.empty(), GW_1));
        assertFalse(policy.canBrowse(Optional.of("mallory"), GW_1));
        assertFalse(policy.canBrowse(Optional.of("gone"), GW_1));
    }

    @Test
    public void canAdministerProject_shouldBeAliceOnly() {
        assertTrue(policy.canAdministerProject("alice", GW_1));
        assertTrue(policy.canAdministerProject("alice", SEC_1));
        assertFalse(policy.canAdministerProject("bob", GW_1));
        assertFalse(policy.canAdministerProject("alice", OTHER_1));
        assertFalse(new PreviewAccessPolicy(people, Map.of()).canAdministerProject("alice", GW_1));
    }
}
