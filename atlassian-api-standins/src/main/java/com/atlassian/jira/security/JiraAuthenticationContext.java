package com.atlassian.jira.security;

import com.atlassian.jira.user.ApplicationUser;

/**
 * Compile-only stand-in: who is making the current Jira request.
 * <p>
 * Mirrors: jira-api 11.3 (Platform 8) (docs/atlassian-signatures.md §7.6, status P). Since Jira 7
 * {@code getLoggedInUser()} returns {@link ApplicationUser} (null when anonymous), as used by Atlassian's own P8 code
 * (repo atlassian-labs/atlassian-slack-integration-server: jira plugin REST resources); confirmed by usage only.
 */
public interface JiraAuthenticationContext {

    ApplicationUser getLoggedInUser();
}
