package com.atlassian.applinks.api;

import com.atlassian.sal.api.net.Request;

/**
 * Compile-only stand-in: makes authenticated requests over a link.
 * <p>
 * Mirrors: applinks-api, decompiled (docs/atlassian-signatures.md §11.5, status C): the URL is relative to the link's
 * RPC URL, and {@link CredentialsRequiredException} (checked) means the current user has not authorised the link yet.
 */
public interface ApplicationLinkRequestFactory extends AuthorisationURIGenerator {

    ApplicationLinkRequest createRequest(Request.MethodType methodType, String url) throws CredentialsRequiredException;
}
