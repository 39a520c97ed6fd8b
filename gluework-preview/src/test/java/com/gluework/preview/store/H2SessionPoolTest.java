package com.gluework.preview.store;

import org.junit.After;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertSame;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

public class H2SessionPoolTest {
    @Rule
    public final TemporaryFolder folder = new TemporaryFolder();
    private String url;
    private Connection keepAlive;
    private H2SessionPool pool;

    @Before
    public void open() throws SQLException {
        url = OpeningFilePath.newOpening("jdbc:h2:file:" + folder.getRoot().toPath().resolve("gluework") + ";TRACE_LEVEL_FILE=0");
        keepAlive = DriverManager.getConnection(url, "sa", "");
        pool = new H2SessionPool(url, "sa", "", H2SessionPool.databaseOf(keepAlive), 300);
    }

    @After
    public void close() {
        pool.retire();
        try {
            keepAlive.close();
        } catch (SQLException shutDownByTheTest) {
            // H2 refuses to close a session of a database that was shut down
        }
    }

    @Test
    public void getConnection_shouldLendSessionsOfItsOwnOpeningAndTakeThemBack() throws Exception {
        // when
        Connection first = pool.getConnection();
        first.setAutoCommit(false); // a transaction left open, as a failed one can be
        first.close();
        Connection again = pool.getConnection();

        // then
        assertTrue(first.isClosed());
        assertTrue("the session comes back ready for the next user", again.getAutoCommit());
        assertSame(H2SessionPool.databaseOf(keepAlive), H2SessionPool.databaseOf(again.unwrap(Connection.class)));
        again.close();
    }

    @Test
    public void getConnection_shouldGiveUpAfterItsWaitWhenEverySessionIsLent() throws Exception {
        // given
        List<Connection> lent = new ArrayList<>();
        for (int i = 0; i < H2SessionPool.SIZE; i++) {
            lent.add(pool.getConnection());
        }

        // when
        long started = System.nanoTime();
        SQLException refused = assertThrows(SQLException.class, pool::getConnection);

        // then: a connection failure (answered 503, without a reopen: the database is busy, not broken), after the wait
        assertTrue(refused instanceof H2SessionPool.NoFreeSession);
        assertEquals("08001", refused.getSQLState());
        assertTrue(System.nanoTime() - started >= TimeUnit.MILLISECONDS.toNanos(300));
        lent.get(0).close();
        pool.getConnection().close();
        for (Connection connection : lent) {
            connection.close();
        }
    }

    @Test
    public void retire_shouldRefuseWaitersAtOnce() throws Exception {
        // given: a pool with a long wait, all lent, and one request waiting
        H2SessionPool patient = new H2SessionPool(url, "sa", "", H2SessionPool.databaseOf(keepAlive), 60_000);
        List<Connection> lent = new ArrayList<>();
        for (int i = 0; i < H2SessionPool.SIZE; i++) {
            lent.add(patient.getConnection());
        }
        CompletableFuture<Connection> waiting = CompletableFuture.supplyAsync(() -> {
            try {
                return patient.getConnection();
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        });
        Thread.sleep(100);

        // when
        patient.retire();

        // then
        ExecutionException refused = assertThrows(ExecutionException.class, () -> waiting.get(5, TimeUnit.SECONDS));
        assertEquals("08003", ((SQLException) refused.getCause().getCause()).getSQLState());
        for (Connection connection : lent) {
            connection.close();
        }
    }

    @Test
    public void getConnection_shouldNotOpenTheFileAgainOnceItsOpeningWasShutDown() throws Exception {
        // given
        OpeningFilePathTest.shutDownImmediately(keepAlive);

        // when
        SQLException refused = assertThrows(SQLException.class, pool::getConnection);

        // then: refused, and the file is free for the reopen
        assertEquals("08003", refused.getSQLState());
        try (Connection reopened = DriverManager.getConnection(OpeningFilePath.newOpening(url.replaceFirst("gluework-opening:\\d+:", "")), "sa", "")) {
            assertFalse(reopened.isClosed());
        }
    }
}
