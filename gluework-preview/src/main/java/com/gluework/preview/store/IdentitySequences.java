package com.gluework.preview.store;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * After H2 was opened on a file it did not close cleanly, moves every identity sequence past the highest id stored in
 * its table, so a create never gets an id a stored row already has.
 * <p>
 * Why: H2 1.4.200 reserves identity values 32 at a time, but writes a new reservation outside the lock that hands out
 * the values ({@code Sequence.getNext} bumps the margin inside {@code synchronized}, {@code flush} runs after it). A
 * second writer can take the next id, commit and be synced before the first writer's new reservation is committed.
 * If the store then stops there (disk full, {@code kill -9}), the file holds the row with id <i>margin + 1</i> under
 * the old margin, and after the reopen H2 hands out that id again: every such create failed with 23505 and answered
 * 500 (the flapping-disk test saw ids 162, 258 and 898 in one run, each exactly one past a reservation). Nothing
 * acknowledged is lost by it (the duplicate insert is refused), but it must not reach a user.
 */
final class IdentitySequences {
    private static final Logger LOG = LoggerFactory.getLogger(IdentitySequences.class);

    private IdentitySequences() {
    }

    /** Restarts each identity sequence whose next value a stored row already holds; a few index lookups per table. */
    static void restartPastStoredIds(Connection connection) throws SQLException {
        List<String[]> identities = new ArrayList<>();
        try (Statement statement = connection.createStatement();
             ResultSet columns = statement.executeQuery("SELECT c.TABLE_SCHEMA, c.TABLE_NAME, c.COLUMN_NAME, s.SEQUENCE_NAME,"
                     + " s.CURRENT_VALUE + s.INCREMENT FROM INFORMATION_SCHEMA.COLUMNS c JOIN INFORMATION_SCHEMA.SEQUENCES s"
                     + " ON s.SEQUENCE_SCHEMA = c.TABLE_SCHEMA AND s.SEQUENCE_NAME = c.SEQUENCE_NAME"
                     + " WHERE s.INCREMENT = 1")) {
            while (columns.next()) {
                identities.add(new String[] {columns.getString(1), columns.getString(2), columns.getString(3),
                        columns.getString(4), columns.getString(5)});
            }
        }
        for (String[] identity : identities) {
            String schema = quoted(identity[0]);
            long next = Long.parseLong(identity[4]);
            try (Statement statement = connection.createStatement();
                 ResultSet max = statement.executeQuery("SELECT MAX(" + quoted(identity[2]) + ") FROM " + schema + "." + quoted(identity[1]))) {
                long highest = max.next() ? max.getLong(1) : 0;
                if (highest >= next) {
                    statement.execute("ALTER SEQUENCE " + schema + "." + quoted(identity[3]) + " RESTART WITH " + (highest + 1));
                    LOG.warn("Ids of {} restarted at {}: H2 had lost its reservation up to {} when it last stopped",
                            identity[1], highest + 1, highest);
                }
            }
        }
    }

    private static String quoted(String identifier) {
        return '"' + identifier.replace("\"", "\"\"") + '"';
    }
}
