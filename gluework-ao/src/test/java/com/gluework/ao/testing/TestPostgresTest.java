package com.gluework.ao.testing;

import org.junit.Test;

import java.nio.file.Files;
import java.nio.file.Path;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotEquals;
import static org.junit.Assert.assertTrue;

public class TestPostgresTest {

    @Test
    public void database_shouldAnswerAsARealPostgreSql() throws SQLException {
        // when
        String version = queryOne(TestPostgres.database(), "SHOW server_version");

        // then: 16.x when embedded (also as root, as CI runs it); whatever the external server runs otherwise
        assertTrue(version, version.matches("\\d+(\\.\\d+)*.*"));
        if (!TestPostgres.isExternal()) {
            assertTrue(version, version.startsWith("16."));
        }
    }

    @Test
    public void newDatabase_shouldGiveAnEmptyDatabaseOfItsOwn() throws SQLException {
        // given
        PostgresDatabase first = TestPostgres.newDatabase();
        TestPostgres.execute(first, "CREATE TABLE only_in_first (id INT)");

        // when
        PostgresDatabase second = TestPostgres.newDatabase();

        // then
        assertNotEquals(first.url(), second.url());
        assertEquals("0", queryOne(second, "SELECT count(*) FROM information_schema.tables WHERE table_schema = 'public'"));
        assertEquals("1", queryOne(first, "SELECT count(*) FROM information_schema.tables WHERE table_schema = 'public'"));
    }

    @Test
    public void keptDatabase_shouldLeaveItsDataInTheDirectoryGiven() throws SQLException {
        // given
        Path directory = Path.of("target", "kept-postgres-test");

        // when
        PostgresDatabase database = TestPostgres.keptDatabase(directory, "gluework_kept");

        // then
        assertTrue(Files.isRegularFile(directory.resolve("PG_VERSION")));
        assertTrue(database.url(), database.url().contains("/gluework_kept"));
        assertEquals("on", queryOne(database, "SHOW fsync"));
        assertEquals(database, TestPostgres.keptDatabase(directory, "gluework_kept"));
    }

    @Test
    public void replaceDatabaseName_shouldKeepHostPortAndOptions() {
        assertEquals("jdbc:postgresql://db.example:6543/other?ssl=true&user=x",
                PostgresDatabase.replaceDatabaseName("jdbc:postgresql://db.example:6543/gluework_test?ssl=true&user=x", "other"));
        assertEquals("jdbc:postgresql://localhost/other",
                PostgresDatabase.replaceDatabaseName("jdbc:postgresql://localhost/gluework_test", "other"));
    }

    private static String queryOne(PostgresDatabase database, String sql) throws SQLException {
        try (Connection connection = database.connect(); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(sql)) {
            assertTrue(sql, rows.next());
            return rows.getString(1);
        }
    }
}
