package com.gluework.ao;

import java.sql.SQLException;

/**
 * Recognises a rejected insert caused by a unique constraint, whichever wrapper the AO host puts around the
 * {@link SQLException}. SQLSTATE class 23 ("integrity constraint violation") is the standard code: 23505 on
 * PostgreSQL and H2, 23000 on MySQL, Oracle and SQL Server.
 */
public final class UniqueViolations {
    private UniqueViolations() {
    }

    public static boolean isUniqueViolation(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql) {
                for (SQLException e = sql; e != null; e = e.getNextException()) {
                    String state = e.getSQLState();
                    if (state != null && state.startsWith("23")) {
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
