package com.atlassian.applinks.api;

import java.net.URI;

/**
 * Compile-only stand-in: one link to another application.
 * <p>
 * Mirrors: applinks-api of Platform 8 (docs/atlassian-signatures.md §11.3, status P). The members are those of
 * {@code ReadOnlyApplicationLink} (status C, decompiled), which the applinks-api 3.x page
 * https://docs.atlassian.com/applinks-api/latest/com/atlassian/applinks/api/ApplicationLink.html also lists on
 * {@code ApplicationLink} itself; whether the current interface inherits them from {@code ReadOnlyApplicationLink}
 * (UNCONFIRMED) makes no difference to code that calls them. Only the members Glue Work calls.
 */
public interface ApplicationLink {

    ApplicationId getId();

    String getName();

    /** The address users open in a browser, e.g. for links to the Jira report page. */
    URI getDisplayUrl();

    boolean isPrimary();

    /** Requests as the current user, with the link's configured authentication (OAuth or trusted apps). */
    ApplicationLinkRequestFactory createAuthenticatedRequestFactory();
}
