package com.gluework.jira.adapter;

import com.atlassian.sal.api.rdbms.TransactionalExecutor;
import com.atlassian.sal.api.rdbms.TransactionalExecutorFactory;
import com.gluework.ao.HostConnections;

import java.sql.SQLException;
import java.util.Optional;

/**
 * Jira's database connections for Glue Work's plain SQL reads, through SAL's public {@link TransactionalExecutorFactory}
 * (docs/atlassian-signatures.md §2.14): read-only, joining the request's transaction if there is one, on the same
 * database and schema Active Objects keeps Glue Work's tables in.
 */
public final class SalHostConnections implements HostConnections {
    private final TransactionalExecutorFactory executors;

    public SalHostConnections(TransactionalExecutorFactory executors) {
        this.executors = executors;
    }

    @Override
    public <T> T read(ConnectionRead<T> read) throws SQLException {
        TransactionalExecutor executor = executors.createExecutor(true, false);
        try {
            return executor.execute(connection -> {
                try {
                    return read.on(connection);
                } catch (SQLException e) {
                    throw new StatementFailed(e);
                }
            });
        } catch (StatementFailed e) {
            throw e.getCause();
        }
    }

    /** Jira's configured schema (e.g. {@code public} on PostgreSQL), which Active Objects creates its tables in too. */
    @Override
    public Optional<String> schema() {
        return executors.createExecutor(true, false).getSchemaName().toOptional();
    }

    /** Carries a statement's {@link SQLException} out of SAL's callback, which declares none. */
    private static final class StatementFailed extends RuntimeException {
        private static final long serialVersionUID = 1L;

        StatementFailed(SQLException cause) {
            super(cause);
        }

        @Override
        public synchronized SQLException getCause() {
            return (SQLException) super.getCause();
        }
    }
}
