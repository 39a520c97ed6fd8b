package com.atlassian.sal.api.user;

/**
 * Compile-only stand-in: SAL's view of the users, for the questions Glue Work asks it — who is the current user
 * (Confluence), is this user an administrator of the product (in Jira: holds the "Jira Administrators" global
 * permission), and is this user in a group. In Jira it must be imported by the name {@code salUserManager}, because
 * Jira has its own {@code UserManager}.
 * <p>
 * Mirrors: SAL of Platform 8, checked against implementers Confluence 9.5.2 {@code SetupUserManager}, Bamboo 10.2.0 and
 * Crowd 6.2.2
 * (https://docs.atlassian.com/ConfluenceServer/javadoc/9.5.2/com/atlassian/sal/confluence/user/SetupUserManager.html),
 * docs/atlassian-signatures.md §2.1, status C. Only the members Glue Work calls; none declares a checked exception.
 */
public interface UserManager {

    /** {@code null} for an anonymous viewer. */
    UserKey getRemoteUserKey();

    boolean isAdmin(UserKey userKey);

    boolean isUserInGroup(UserKey userKey, String group);
}
