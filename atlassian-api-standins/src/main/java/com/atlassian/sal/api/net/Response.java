package com.atlassian.sal.api.net;

/**
 * Compile-only stand-in: an HTTP answer.
 * <p>
 * Mirrors: recent SAL, decompiled (docs/atlassian-signatures.md §2.10, status C). Only the members Glue Work calls.
 */
public interface Response {

    int getStatusCode();

    String getResponseBodyAsString() throws ResponseException;

    String getHeader(String name);
}
