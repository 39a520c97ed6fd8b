package com.gluework.jira.adapter;

import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.jira.user.ApplicationUser;
import com.gluework.core.port.CurrentUser;

import java.util.Optional;

/** The user of the current Jira request, by key (the rename-proof identity Glue Work stores). */
public final class JiraCurrentUser implements CurrentUser {
    private final JiraAuthenticationContext authenticationContext;

    public JiraCurrentUser(JiraAuthenticationContext authenticationContext) {
        this.authenticationContext = authenticationContext;
    }

    @Override
    public Optional<String> key() {
        return Optional.ofNullable(authenticationContext.getLoggedInUser()).map(ApplicationUser::getKey);
    }
}
