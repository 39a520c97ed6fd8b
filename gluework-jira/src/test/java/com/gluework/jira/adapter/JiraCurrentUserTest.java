package com.gluework.jira.adapter;

import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.jira.user.ApplicationUser;
import org.junit.Test;

import java.util.Optional;

import static com.gluework.jira.adapter.JiraMocks.user;
import static org.junit.Assert.assertEquals;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

public class JiraCurrentUserTest {
    private final JiraAuthenticationContext authenticationContext = mock(JiraAuthenticationContext.class);
    private final JiraCurrentUser currentUser = new JiraCurrentUser(authenticationContext);

    @Test
    public void key_shouldBeTheLoggedInUsersKeyNotTheirUserName() {
        // given
        ApplicationUser alice = user("JIRAUSER10100", "alice", "Alice", true);
        when(authenticationContext.getLoggedInUser()).thenReturn(alice);

        // when / then
        assertEquals(Optional.of("JIRAUSER10100"), currentUser.key());
    }

    @Test
    public void key_shouldBeEmptyForAnonymous() {
        // given no logged-in user (null, the mock's default)

        // when / then
        assertEquals(Optional.empty(), currentUser.key());
    }
}
