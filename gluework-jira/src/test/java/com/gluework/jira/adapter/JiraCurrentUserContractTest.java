package com.gluework.jira.adapter;

import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.jira.user.ApplicationUser;
import com.gluework.core.port.CurrentUser;
import com.gluework.core.testing.CurrentUserContract;

import java.util.Optional;

import static com.gluework.jira.adapter.JiraMocks.user;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/** The Jira adapter keeps the {@link CurrentUserContract}, over an authentication context that answers null for anonymous, as Jira's does. */
public class JiraCurrentUserContractTest extends CurrentUserContract {
    @Override
    protected CurrentUser requestBy(Optional<String> userKey) {
        ApplicationUser loggedIn = userKey.map(key -> user(key, "carol", "Carol Chen", true)).orElse(null);
        JiraAuthenticationContext context = mock(JiraAuthenticationContext.class);
        when(context.getLoggedInUser()).thenReturn(loggedIn);
        return new JiraCurrentUser(context);
    }
}
