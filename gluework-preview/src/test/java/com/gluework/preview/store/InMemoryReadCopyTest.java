package com.gluework.preview.store;

import org.h2.mvstore.MVStore;
import org.h2.store.fs.FileUtils;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

public class InMemoryReadCopyTest {
    @Rule
    public final TemporaryFolder folder = new TemporaryFolder();

    @Test
    public void of_shouldServeTheCommittedRowsOfAFileThatCannotBeOpenedReadOnly() throws Exception {
        // given: the file's last written state holds a transaction still open, as when the disk filled up under writers
        String url = "jdbc:h2:file:" + folder.getRoot().toPath().resolve("gluework") + ";TRACE_LEVEL_FILE=0";
        Connection keepAlive = DriverManager.getConnection(url, "sa", "");
        Connection writer = DriverManager.getConnection(url, "sa", "");
        execute(keepAlive, "CREATE TABLE T(ID INT AUTO_INCREMENT PRIMARY KEY, SUMMARY VARCHAR(20))");
        writer.setAutoCommit(false);
        execute(writer, "INSERT INTO T(SUMMARY) VALUES ('unfinished')");
        execute(keepAlive, "INSERT INTO T(SUMMARY) VALUES ('committed')");
        MVStore store = H2SessionPool.databaseOf(keepAlive).getStore().getMvStore();
        store.commit();
        store.sync();
        OpeningFilePathTest.shutDownImmediately(keepAlive); // its sessions are dead now; H2 refuses to close them
        SQLException readOnly = assertThrows(SQLException.class, () -> DriverManager.getConnection(url + ";ACCESS_MODE_DATA=r", "sa", "").close());
        assertTrue(readOnly.getMessage(), readOnly.getMessage().contains("This store is read-only"));

        // when
        InMemoryReadCopy copy = InMemoryReadCopy.of(url);
        try (Connection reads = DriverManager.getConnection(copy.jdbcUrl(), "sa", "");
             Statement statement = reads.createStatement();
             ResultSet rows = statement.executeQuery("SELECT SUMMARY FROM T")) {
            // then: the committed row, not the unfinished one
            assertTrue(rows.next());
            assertEquals("committed", rows.getString(1));
            assertFalse(rows.next());
        }
        copy.discard();
        assertFalse(FileUtils.exists(copy.jdbcUrl().substring("jdbc:h2:".length(), copy.jdbcUrl().indexOf(';')) + ".mv.db"));
    }

    private static void execute(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
