package com.atlassian.sal.api.auth;

import java.net.URI;

/**
 * Compile-only stand-in: the host product's login page, for a page that needs a logged-in user.
 * <p>
 * Mirrors: SAL (Platform 8). {@code URI getLoginUri(URI returnUri)} is "Specified by: getLoginUri in interface
 * com.atlassian.sal.api.auth.LoginUriProvider" in
 * https://docs.atlassian.com/atlassian-crowd/4.2.0/com/atlassian/sal/crowd/auth/CrowdLoginUriProvider.html (which also
 * lists overloads with page capabilities and a user role, unused here); Jira's and Bamboo's implementations extend
 * {@code com.atlassian.sal.core.auth.SeraphLoginUriProvider}
 * (https://docs.atlassian.com/atlassian-bamboo/10.0.2/com/atlassian/sal/bamboo/auth/package-tree.html). Unchanged in SAL 7
 * is UNCONFIRMED. Only the member Glue Work calls.
 */
public interface LoginUriProvider {

    URI getLoginUri(URI returnUri);
}
