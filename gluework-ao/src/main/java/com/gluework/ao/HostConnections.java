package com.gluework.ao;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;

/**
 * The host's own JDBC connections, lent for one read beside Active Objects: in Jira and Confluence SAL's
 * {@code TransactionalExecutorFactory} (read-only, joining the thread's transaction), in the preview its store's pool.
 * WHY it exists: Active Objects' public API cannot read a contribution together with its beneficiaries and
 * corroborations (inner joins only, no UNION, one entity per stream), so the panel's read costs three statements
 * through it; plain JDBC on the same tables costs one ({@link IssueGlueStatement}). The sprint report reads
 * its glue the same way ({@link ReportGlueReads}), for Active Objects' cost per value; {@link PlainSqlReads}
 * decides when a read falls back to Active Objects.
 * <p>
 * Only for reads. Every write still goes through Active Objects, which owns the schema.
 */
public interface HostConnections {

    /**
     * Runs {@code read} on a connection the host lends, in its transaction; the read must not close, commit or keep
     * the connection.
     *
     * @throws SQLException what the statement threw. A failure of the host's storage itself may instead surface as
     *                      the host's own unchecked exception, exactly as it would from Active Objects.
     */
    <T> T read(ConnectionRead<T> read) throws SQLException;

    /** The schema the host's tables live in, if the host names one; table names are qualified with it. */
    Optional<String> schema();

    /** Work on a lent connection. */
    @FunctionalInterface
    interface ConnectionRead<T> {
        T on(Connection connection) throws SQLException;
    }
}
