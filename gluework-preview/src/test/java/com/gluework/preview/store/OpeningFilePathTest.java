package com.gluework.preview.store;

import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotEquals;
import static org.junit.Assert.assertSame;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

public class OpeningFilePathTest {
    @Rule
    public final TemporaryFolder folder = new TemporaryFolder();

    @Test
    public void newOpening_shouldGiveEachOpeningOfAnEmbeddedFileItsOwnName() {
        // when
        String first = OpeningFilePath.newOpening("jdbc:h2:file:/data/gluework;TRACE_LEVEL_FILE=0");
        String second = OpeningFilePath.newOpening("jdbc:h2:file:/data/gluework;TRACE_LEVEL_FILE=0");
        String faulty = OpeningFilePath.newOpening("jdbc:h2:faulty:/data/gluework");

        // then
        assertTrue(first, first.matches("jdbc:h2:gluework-opening:\\d+:/data/gluework;TRACE_LEVEL_FILE=0"));
        assertNotEquals(first, second);
        assertTrue(faulty, faulty.matches("jdbc:h2:gluework-opening:\\d+:faulty:/data/gluework"));
    }

    @Test
    public void newOpening_shouldLeaveMemoryAndServerDatabasesTheirNames() {
        for (String url : new String[] {"jdbc:h2:mem:gluework", "jdbc:h2:tcp://localhost/~/gluework", "jdbc:postgresql://db/gw"}) {
            assertEquals(url, OpeningFilePath.newOpening(url));
        }
    }

    /**
     * What went wrong before: H2 1.4.200 lets a database it shut down remove whatever database is open under its name
     * when one of its old sessions is used afterwards, so the next connection opened the file a second time and
     * failed with 90020.
     */
    @Test
    public void anOldOpeningUsedAfterAReopen_shouldLeaveTheNewOneOpenAndReachable() throws Exception {
        // given: an opening shut down at once, as after a storage failure, and the file reopened
        String url = "jdbc:h2:file:" + folder.getRoot().toPath().resolve("gluework") + ";TRACE_LEVEL_FILE=0";
        Connection old = DriverManager.getConnection(OpeningFilePath.newOpening(url), "sa", "");
        Connection oldSession = DriverManager.getConnection(oldUrl(old), "sa", "");
        execute(old, "CREATE TABLE T(ID INT PRIMARY KEY)");
        execute(old, "CHECKPOINT SYNC");
        shutDownImmediately(old);
        String reopened = OpeningFilePath.newOpening(url);
        try (Connection keepAlive = DriverManager.getConnection(reopened, "sa", "")) {
            // when: a request still on the old opening uses and closes its session
            assertThrows(SQLException.class, () -> execute(oldSession, "SELECT 1"));
            assertThrows(SQLException.class, oldSession::close);

            // then: a new session by URL joins the reopened database instead of failing to lock the file
            try (Connection another = DriverManager.getConnection(reopened, "sa", "")) {
                assertSame(H2SessionPool.databaseOf(keepAlive), H2SessionPool.databaseOf(another));
                try (Statement statement = another.createStatement(); ResultSet rows = statement.executeQuery("SELECT COUNT(*) FROM T")) {
                    rows.next();
                    assertEquals(0, rows.getInt(1));
                }
            }
        }
    }

    private static String oldUrl(Connection connection) throws SQLException {
        return connection.getMetaData().getURL();
    }

    /** As {@code DurableActiveObjects} does before a reopen; H2 answers the statement with 90098 once it has done it. */
    static void shutDownImmediately(Connection connection) {
        try (Statement statement = connection.createStatement()) {
            statement.execute("SHUTDOWN IMMEDIATELY");
        } catch (SQLException closed) {
            assertEquals(90098, closed.getErrorCode());
        }
    }

    private static void execute(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
