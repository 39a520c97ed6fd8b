package com.atlassian.applinks.api;

import com.atlassian.sal.api.net.Response;
import com.atlassian.sal.api.net.ResponseException;
import com.atlassian.sal.api.net.ReturningResponseHandler;

/**
 * Compile-only stand-in: handles an application-link answer, including "this user must authorise first".
 * <p>
 * Mirrors: applinks-api, decompiled; https://docs.atlassian.com/applinks-api/3.2/com/atlassian/applinks/api/ApplicationLinkResponseHandler.html
 * (docs/atlassian-signatures.md §11.7, status C).
 */
public interface ApplicationLinkResponseHandler<R> extends ReturningResponseHandler<Response, R> {

    R credentialsRequired(Response response) throws ResponseException;
}
