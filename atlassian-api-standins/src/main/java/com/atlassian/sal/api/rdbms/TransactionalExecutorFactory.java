package com.atlassian.sal.api.rdbms;

/**
 * Compile-only stand-in: the host's factory of {@link TransactionalExecutor}s, SAL's public way for a plugin to run
 * plain JDBC on the host's own database, in the host's transaction.
 * <p>
 * Mirrors: SAL 3.0.0 apidocs
 * https://docs.atlassian.com/sal-parent/3.0.0/apidocs/com/atlassian/sal/api/rdbms/package-summary.html ("Provided by
 * the host application for creating TransactionalExecutor"), and its Platform 7 form in Bamboo 10.2's implementation
 * https://docs.atlassian.com/atlassian-bamboo/10.2.0/com/atlassian/bamboo/spring/BambooTransactionalExecutorFactory.html
 * ({@code createExecutor()}, {@code createExecutor(boolean readOnly, boolean requiresNew)}, default methods
 * {@code create()} and {@code createReadOnly()}). docs/atlassian-signatures.md §2.14. Only the member Glue Work calls.
 */
public interface TransactionalExecutorFactory {

    /**
     * @param readOnly    a hint that the callback only reads
     * @param requiresNew whether to start a new transaction rather than join the thread's; a hint, not binding
     */
    TransactionalExecutor createExecutor(boolean readOnly, boolean requiresNew);
}
