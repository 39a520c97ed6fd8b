package com.gluework.preview.store;

import com.gluework.ao.AoTableNames;
import com.gluework.ao.entity.SuggestionDismissalEntity;
import net.java.ao.Query;
import org.junit.After;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

/**
 * {@link DurableActiveObjects#stream}, and a plain SQL read on {@link DurableActiveObjects#hostConnections}, are retried
 * like a {@code find}: a storage failure in the middle of a statement,
 * after the database has already returned rows, is read again on the reopened database, and a callback that collects
 * rows ends up with each row exactly once. A function in the WHERE clause fails with an I/O error (SQLSTATE 90028) on
 * the {@value #FAIL_AT_ROW}th row of the first attempt only; H2 runs the query lazily, so rows 1 to 6 have been
 * returned by then.
 */
public class DurableActiveObjectsStreamTest {
    private static final int ROWS = 12;
    private static final int FAIL_AT_ROW = 7;
    /** Rows the WHERE clause has been asked about, over all attempts; the function fails once, when it reaches 7. */
    private static final AtomicInteger ROWS_SEEN = new AtomicInteger();

    @Rule
    public final TemporaryFolder folder = new TemporaryFolder();
    private DurableActiveObjects ao;

    @Before
    public void openWithAFunctionThatFailsOnce() throws SQLException {
        ROWS_SEEN.set(0);
        String url = "jdbc:h2:file:" + folder.getRoot().toPath().resolve("gluework") + ";TRACE_LEVEL_FILE=0;LAZY_QUERY_EXECUTION=1";
        try (Connection setup = DriverManager.getConnection(url, "sa", ""); Statement statement = setup.createStatement()) {
            statement.execute("CREATE ALIAS GW_FAILS_ONCE FOR \"" + DurableActiveObjectsStreamTest.class.getName() + ".failsOnce\"");
        }
        ao = DurableActiveObjects.open(url, "sa", "");
        ao.migrate(SuggestionDismissalEntity.class);
        for (int i = 1; i <= ROWS; i++) {
            ao.create(SuggestionDismissalEntity.class, Map.of("ISSUE_ID", 10001L, "TRACE_ID", "trace-" + i,
                    "DISMISSED_BY_KEY", "bob", "DISMISSED_AT_MILLIS", 1_000L * i));
        }
    }

    @After
    public void close() {
        if (ao != null) {
            ao.close();
        }
    }

    /** Called by H2 for each row the WHERE clause considers. */
    public static boolean failsOnce(int id) throws SQLException {
        if (ROWS_SEEN.incrementAndGet() == FAIL_AT_ROW) {
            throw new SQLException("Simulated I/O error while reading row " + id, "90028", 90028);
        }
        return true;
    }

    @Test
    public void stream_shouldReadAgainAfterAStorageFailureMidStatementAndHandEachRowToTheCallbackOnce() {
        // when: a collecting callback, as the repositories have, streams every row; the first attempt fails at row 7
        // (no ORDER BY: a sort would make H2 read every row before returning the first, and the failure come before any)
        List<Integer> collected = new ArrayList<>();
        ao.stream(SuggestionDismissalEntity.class, Query.select("ID,TRACE_ID").where("ISSUE_ID = ? AND GW_FAILS_ONCE(ID)", 10001L),
                row -> collected.add(Integer.parseInt(row.getTraceId().substring("trace-".length()))));

        // then: the first attempt failed after the database had produced rows, and was read again in full ...
        assertEquals("rows considered by both attempts", FAIL_AT_ROW + ROWS, ROWS_SEEN.get());
        // ... and the callback has every row once: nothing from the failed attempt (the old stream, not retried, handed
        // the callback rows 1 to 6 and then failed with a 503)
        assertEquals(ROWS, collected.size());
        assertEquals(IntStream.rangeClosed(1, ROWS).boxed().toList(), collected.stream().sorted().toList());
    }

    @Test
    public void hostConnections_shouldReadAPlainStatementAgainAfterAStorageFailureMidStatement() throws SQLException {
        // when: the repositories' plain SQL read (HostConnections) of every row; the first attempt fails at row 7
        List<Integer> read = ao.hostConnections().read(connection -> {
            List<Integer> ids = new ArrayList<>();
            try (Statement statement = connection.createStatement();
                 ResultSet rows = statement.executeQuery("SELECT \"ID\" FROM \"" + AoTableNames.of(SuggestionDismissalEntity.class)
                         + "\" WHERE GW_FAILS_ONCE(\"ID\")")) {
                while (rows.next()) {
                    ids.add(rows.getInt(1));
                }
            }
            return ids;
        });

        // then: read again in full on the reopened database, each row once
        assertEquals("rows considered by both attempts", FAIL_AT_ROW + ROWS, ROWS_SEEN.get());
        assertEquals(ROWS, read.size());
        assertEquals(ROWS, read.stream().distinct().count());
    }

    @Test
    public void hostConnections_shouldHandARefusedStatementBackAsItsSqlException() {
        try {
            ao.hostConnections().read(connection -> connection.createStatement().executeQuery("SELECT * FROM NO_SUCH_TABLE"));
            fail("expected the SQLException");
        } catch (SQLException e) {
            // then: its SQL state says "refused" (class 42), for the repository to fall back on Active Objects
            assertTrue(e.getSQLState(), e.getSQLState().startsWith("42"));
        }
        // and the store is still open for writes: a refused statement is not a storage failure
        assertEquals(false, ao.isReadOnly());
    }
}
