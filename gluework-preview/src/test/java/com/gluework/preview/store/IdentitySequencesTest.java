package com.gluework.preview.store;

import org.junit.After;
import org.junit.Before;
import org.junit.Test;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import static org.junit.Assert.assertEquals;

public class IdentitySequencesTest {
    private Connection connection;

    @Before
    public void open() throws SQLException {
        connection = DriverManager.getConnection("jdbc:h2:mem:identity-" + System.nanoTime(), "sa", "");
        execute("CREATE TABLE AO_TEST (ID INT AUTO_INCREMENT PRIMARY KEY, SUMMARY VARCHAR(20))");
        for (int i = 0; i < 3; i++) {
            execute("INSERT INTO AO_TEST (SUMMARY) VALUES ('stored')");
        }
    }

    @After
    public void close() throws SQLException {
        connection.close();
    }

    @Test
    public void restartPastStoredIds_shouldMoveASequenceThatLostItsReservationPastTheHighestStoredId() throws Exception {
        // given: the sequence is back at 2 while ids 1 to 3 are stored, as after the lost reservation
        execute("ALTER SEQUENCE " + sequenceOf("AO_TEST") + " RESTART WITH 2");

        // when
        IdentitySequences.restartPastStoredIds(connection);

        // then
        assertEquals(4, insertedId());
    }

    @Test
    public void restartPastStoredIds_shouldLeaveASequenceAheadOfItsTableAlone() throws Exception {
        // given: a gap, as after a crash that lost nothing stored
        execute("ALTER SEQUENCE " + sequenceOf("AO_TEST") + " RESTART WITH 40");

        // when
        IdentitySequences.restartPastStoredIds(connection);

        // then
        assertEquals(40, insertedId());
    }

    private String sequenceOf(String table) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet column = statement.executeQuery("SELECT SEQUENCE_NAME FROM INFORMATION_SCHEMA.COLUMNS WHERE TABLE_NAME = '"
                     + table + "' AND COLUMN_NAME = 'ID'")) {
            column.next();
            return column.getString(1);
        }
    }

    private long insertedId() throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.executeUpdate("INSERT INTO AO_TEST (SUMMARY) VALUES ('new')", Statement.RETURN_GENERATED_KEYS);
            try (ResultSet keys = statement.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    private void execute(String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
