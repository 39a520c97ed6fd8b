package com.atlassian.sal.api.net;

/**
 * Compile-only stand-in: turns an answer into a value.
 * <p>
 * Mirrors: SAL source (docs/atlassian-signatures.md §2.12, status C): the response type comes first.
 */
public interface ReturningResponseHandler<T extends Response, R> {

    R handle(T response) throws ResponseException;
}
