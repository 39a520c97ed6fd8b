package com.atlassian.sal.api.rdbms;

import java.sql.Connection;

/**
 * Compile-only stand-in: work done with the host's connection by {@link TransactionalExecutor#execute}. Declares no
 * checked exception: a callback must wrap a {@link java.sql.SQLException} itself.
 * <p>
 * Mirrors: SAL 3.0.0 apidocs
 * https://docs.atlassian.com/sal-parent/3.0.0/apidocs/com/atlassian/sal/api/rdbms/ConnectionCallback.html
 * ({@code A execute(Connection connection)}). docs/atlassian-signatures.md §2.14.
 */
public interface ConnectionCallback<A> {

    A execute(Connection connection);
}
