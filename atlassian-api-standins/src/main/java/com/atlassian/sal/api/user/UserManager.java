package com.atlassian.sal.api.user;

/**
 * Compile-only stand-in: SAL's view of the users, here only "who is the current user".
 * <p>
 * Mirrors: SAL of Platform 8, checked against Confluence 9.5.2's implementer
 * https://docs.atlassian.com/ConfluenceServer/javadoc/9.5.2/com/atlassian/sal/confluence/user/SetupUserManager.html
 * (docs/atlassian-signatures.md §2.1, status C). Only the member Glue Work calls.
 */
public interface UserManager {

    /** {@code null} for an anonymous viewer. */
    UserKey getRemoteUserKey();
}
