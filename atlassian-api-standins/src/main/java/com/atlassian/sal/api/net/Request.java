package com.atlassian.sal.api.net;

/**
 * Compile-only stand-in: an outgoing HTTP request (here: always an application-link request).
 * <p>
 * Mirrors: recent SAL, decompiled; https://docs.atlassian.com/sal-parent/3.0.0/apidocs/com/atlassian/sal/api/net/Request.html
 * (docs/atlassian-signatures.md §2.9, status C): self-typed with two parameters; the timeouts are milliseconds.
 * Only the members Glue Work calls.
 */
public interface Request<T extends Request<?, ?>, RESP extends Response> {

    T setConnectionTimeout(int connectionTimeout);

    T setSoTimeout(int soTimeout);

    T setRequestBody(String requestBody, String contentType);

    T addHeader(String headerName, String headerValue);

    enum MethodType { GET, POST, PUT, DELETE, HEAD, TRACE, OPTIONS, PATCH }
}
