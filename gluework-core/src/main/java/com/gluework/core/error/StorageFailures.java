package com.gluework.core.error;

import java.sql.SQLException;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Recognises a failure of the database's storage rather than of the statement: the disk is full, the file or the
 * database is read-only, an I/O error, or the database was closed underneath us. Such a failure says nothing about
 * the request, so hosts answer 503 and let the same request be sent again later, instead of a 500.
 * <p>
 * Standard SQLSTATE classes: 08 (connection exception), 53 (insufficient resources, such as PostgreSQL's 53100
 * disk_full), 57P (the server shutting down), 58 (system error, such as 58030 io_error), and 25006 (read-only
 * transaction). H2 reports its own error codes as the SQLSTATE: 90020 (the file is locked by another opening of the
 * database), 90028 and 90031 (I/O error), 90097 (database read-only), 90098 (database closed), 90100 (no disk space),
 * 90121 (database closing), and the general error when its file store failed to read or write, or was closed after
 * such a failure.
 */
public final class StorageFailures {
    private static final Set<String> H2_STORAGE_STATES = Set.of("90020", "90028", "90031", "90097", "90098", "90100", "90121");
    private static final Pattern H2_FILE_STORE_ERROR = Pattern.compile("\\[[0-9.]+/[124]]");

    private StorageFailures() {
    }

    public static boolean isStorageFailure(Throwable failure) {
        return SqlFailures.anyMatches(failure, e -> isStorageState(e.getSQLState()) || isH2FileStoreFailure(e));
    }

    private static boolean isStorageState(String state) {
        return state != null && (state.startsWith("08") || state.startsWith("53") || state.startsWith("57P")
                || state.startsWith("58") || state.equals("25006") || H2_STORAGE_STATES.contains(state));
    }

    /**
     * H2's general error (vendor code 50000, SQLSTATE HY000) wraps whatever its file store threw; the message carries
     * the store's own error code after H2's version: {@code [1.4.200/2]} writing failed, {@code /1} reading failed,
     * {@code /4} store closed.
     */
    private static boolean isH2FileStoreFailure(SQLException e) {
        String message = e.getMessage();
        return e.getErrorCode() == 50000 && message != null && H2_FILE_STORE_ERROR.matcher(message).find();
    }
}
