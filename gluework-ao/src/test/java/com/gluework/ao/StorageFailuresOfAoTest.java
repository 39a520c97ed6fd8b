package com.gluework.ao;

import com.gluework.ao.testing.EntityManagerActiveObjects.ActiveObjectsSqlException;
import com.gluework.core.error.StorageFailures;
import org.junit.Test;

import java.sql.SQLException;

import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

/** {@link StorageFailures} on the failures as Active Objects hands them on: SQL exceptions wrapped in its own. */
public class StorageFailuresOfAoTest {
    @Test
    public void isStorageFailure_shouldRecogniseAFullOrReadOnlyOrClosedDatabase() {
        // PostgreSQL
        assertTrue(StorageFailures.isStorageFailure(wrapped(new SQLException("could not extend file", "53100"))));
        assertTrue(StorageFailures.isStorageFailure(wrapped(new SQLException("could not write block", "58030"))));
        assertTrue(StorageFailures.isStorageFailure(wrapped(new SQLException("read-only transaction", "25006"))));
        assertTrue(StorageFailures.isStorageFailure(wrapped(new SQLException("connection refused", "08001"))));
        assertTrue(StorageFailures.isStorageFailure(wrapped(new SQLException("terminating connection", "57P01"))));
        // H2 1.4.200, as it reports them
        assertTrue(StorageFailures.isStorageFailure(wrapped(new SQLException("The database is read only", "90097"))));
        assertTrue(StorageFailures.isStorageFailure(wrapped(new SQLException("The database has been closed", "90098"))));
        assertTrue(StorageFailures.isStorageFailure(wrapped(new SQLException("No disk space available", "90100"))));
        assertTrue(StorageFailures.isStorageFailure(wrapped(new SQLException("General error: \"java.lang.IllegalStateException:"
                + " Writing to /data/gluework.mv.db failed; length 4096 at 16384 [1.4.200/2]\"", "HY000", 50000))));
    }

    @Test
    public void isStorageFailure_shouldLeaveStatementFailuresAlone() {
        assertFalse(StorageFailures.isStorageFailure(wrapped(new SQLException("duplicate key", "23505"))));
        assertFalse(StorageFailures.isStorageFailure(wrapped(new SQLException("syntax error", "42601"))));
        assertFalse(StorageFailures.isStorageFailure(wrapped(new SQLException("General error: \"java.lang.NullPointerException\"",
                "HY000", 50000))));
        assertFalse(StorageFailures.isStorageFailure(new IllegalStateException("no SQL here")));
        assertFalse(StorageFailures.isStorageFailure(wrapped(new SQLException("no state"))));
    }

    @Test
    public void isStorageFailure_shouldLookThroughChainedExceptions() {
        SQLException batch = new SQLException("batch failed", "42000");
        batch.setNextException(new SQLException("could not extend file", "53100"));

        assertTrue(StorageFailures.isStorageFailure(new RuntimeException(wrapped(batch))));
    }

    private static RuntimeException wrapped(SQLException e) {
        return new ActiveObjectsSqlException(e);
    }
}
