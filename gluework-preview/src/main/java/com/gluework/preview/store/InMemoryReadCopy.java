package com.gluework.preview.store;

import org.h2.store.fs.FileUtils;
import org.h2.util.IOUtils;

import java.io.IOException;
import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A copy of the H2 database file in memory ({@code memFS:}), for serving reads while the disk cannot be written and
 * the file cannot be opened read-only either.
 * <p>
 * Why: H2 1.4.200 cannot open a file read-only ({@code ACCESS_MODE_DATA=r}) if the last state written to it holds a
 * transaction that was still open: opening rolls it back, which must write ({@code TransactionStore
 * .endLeftoverTransactions} → "This store is read-only"). Under concurrent writers that is the usual state at the
 * moment the disk fills up, so the read-only fallback failed and reads answered 503 for as long as the disk stayed
 * full. A copy can be opened read-write, rolls the leftover transaction back in memory, and serves every committed row;
 * {@link DurableActiveObjects} refuses every write on it (503) and discards it on the next reopen.
 */
final class InMemoryReadCopy {
    /** Larger files are not copied into the heap; reads then wait for the disk like writes. */
    static final long MAX_BYTES = 256L * 1024 * 1024;
    private static final AtomicLong COPIES = new AtomicLong();

    private final String jdbcUrl;
    private final String directory;

    private InMemoryReadCopy(String jdbcUrl, String directory) {
        this.jdbcUrl = jdbcUrl;
        this.directory = directory;
    }

    /** Copies the file of the embedded database at {@code jdbcUrl} ({@code jdbc:h2:[file:]path[;settings]}). */
    static InMemoryReadCopy of(String jdbcUrl) throws SQLException {
        String prefix = "jdbc:h2:";
        int settings = jdbcUrl.indexOf(';');
        String name = settings < 0 ? jdbcUrl.substring(prefix.length()) : jdbcUrl.substring(prefix.length(), settings);
        if (name.startsWith("file:")) {
            name = name.substring("file:".length());
        }
        String file = name + ".mv.db";
        if (!FileUtils.exists(file) || FileUtils.size(file) > MAX_BYTES) {
            throw new SQLException("No copy in memory of " + file + " (missing, or over " + MAX_BYTES / 1024 / 1024 + " MiB)", "08001");
        }
        String directory = "memFS:/gluework-read-copy-" + COPIES.incrementAndGet();
        try {
            IOUtils.copyFiles(file, directory + "/gluework.mv.db");
        } catch (IOException | RuntimeException e) {
            FileUtils.deleteRecursive(directory, true);
            throw new SQLException("Could not copy " + file + " into memory: " + e.getMessage(), "08001", e);
        }
        return new InMemoryReadCopy(prefix + directory + "/gluework" + (settings < 0 ? "" : jdbcUrl.substring(settings)), directory);
    }

    String jdbcUrl() {
        return jdbcUrl;
    }

    /** Frees the memory; call once the database on it is closed. */
    void discard() {
        FileUtils.deleteRecursive(directory, true);
    }
}
