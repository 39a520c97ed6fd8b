package com.gluework.ao;

import com.gluework.core.error.SqlFailures;

/**
 * Recognises a rejected insert caused by a unique constraint, whichever wrapper the AO host puts around the
 * {@link java.sql.SQLException}. SQLSTATE class 23 ("integrity constraint violation") is the standard code: 23505 on
 * PostgreSQL and H2, 23000 on MySQL, Oracle and SQL Server.
 */
public final class UniqueViolations {
    private UniqueViolations() {
    }

    public static boolean isUniqueViolation(Throwable failure) {
        return SqlFailures.anyMatches(failure, e -> e.getSQLState() != null && e.getSQLState().startsWith("23"));
    }
}
