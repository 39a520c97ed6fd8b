package com.atlassian.jira.user;

import java.security.Principal;

/**
 * Compile-only stand-in: a Jira user. {@link #getKey()} is the stable key Glue Work stores; {@code getName()}
 * (from {@link Principal}) equals {@link #getUsername()}.
 * <p>
 * Mirrors: jira-api 11.3 (Platform 8), checked against https://docs.atlassian.com/jira/7.0.0/com/atlassian/jira/user/ApplicationUser.html
 * (docs/atlassian-signatures.md §7.4, status C). The real interface also extends {@code WithId} and
 * {@code WithKey}; {@code getKey()} is declared here directly because Glue Work never refers to those super-types.
 */
public interface ApplicationUser extends Principal {

    String getKey();

    String getUsername();

    String getDisplayName();

    boolean isActive();
}
