package com.atlassian.sal.api.rdbms;

import io.atlassian.fugue.Option;

/**
 * Compile-only stand-in: runs a {@link ConnectionCallback} with a host {@link java.sql.Connection}, inside a
 * transaction; the connection is the host's and must not be closed or committed by the callback.
 * <p>
 * Mirrors: SAL 3.0.0 apidocs
 * https://docs.atlassian.com/sal-parent/3.0.0/apidocs/com/atlassian/sal/api/rdbms/TransactionalExecutor.html
 * ({@code <A> A execute(ConnectionCallback<A>)}, {@code getSchemaName()}, whose example qualifies the host's table
 * names with the schema) and a decompiled recent SAL jar (public source) where {@code getSchemaName()} returns
 * {@code io.atlassian.fugue.Option<String>} (SAL 3.0 returned {@code com.atlassian.fugue.Option}).
 * docs/atlassian-signatures.md §2.14. Only the members Glue Work calls.
 */
public interface TransactionalExecutor {

    <A> A execute(ConnectionCallback<A> callback);

    /** The schema the host's tables are in, if the host is configured with one. */
    Option<String> getSchemaName();
}
