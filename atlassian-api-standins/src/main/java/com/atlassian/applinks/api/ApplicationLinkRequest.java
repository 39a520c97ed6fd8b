package com.atlassian.applinks.api;

import com.atlassian.sal.api.net.Request;
import com.atlassian.sal.api.net.Response;
import com.atlassian.sal.api.net.ResponseException;

/**
 * Compile-only stand-in: a request over an application link.
 * <p>
 * Mirrors: applinks-api, decompiled and original (docs/atlassian-signatures.md §11.6, status C): a self-typed SAL
 * {@link Request} plus an {@code execute} that also tells the handler when credentials are required.
 */
public interface ApplicationLinkRequest extends Request<ApplicationLinkRequest, Response> {

    <R> R execute(ApplicationLinkResponseHandler<R> responseHandler) throws ResponseException;
}
