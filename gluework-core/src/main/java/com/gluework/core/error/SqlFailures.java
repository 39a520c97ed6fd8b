package com.gluework.core.error;

import java.sql.SQLException;
import java.util.function.Predicate;

/**
 * Finds the database's own reason inside whatever a host wrapped it in: Active Objects, Jira and the preview each put
 * their exceptions around the driver's {@link SQLException}, and a driver may chain several of those (a batch).
 */
public final class SqlFailures {
    private SqlFailures() {
    }

    /** Whether any SQL exception among {@code failure}'s causes, or chained to one of them, matches. */
    public static boolean anyMatches(Throwable failure, Predicate<SQLException> test) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql) {
                for (SQLException e = sql; e != null; e = e.getNextException()) {
                    if (test.test(e)) {
                        return true;
                    }
                }
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return false;
    }
}
