package com.gluework.preview.store;

import com.gluework.core.error.StorageUnavailableException;
import org.h2.engine.Session;
import org.h2.jdbc.JdbcConnection;
import org.h2.mvstore.MVStore;
import org.h2.mvstore.db.MVTableEngine;

import java.sql.Connection;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Makes committed H2 transactions durable before they are acknowledged: writes every change the MVStore holds only in
 * memory to its file and forces the file to the device ({@code fsync}).
 * <p>
 * H2 1.4.200 does neither on commit. By default it writes committed changes up to {@code WRITE_DELAY} (500 ms)
 * later, which is what {@code kill -9} lost; with {@code WRITE_DELAY=0} a commit still returns early when another
 * thread is writing at that moment ({@code MVStore.tryCommit}), and nothing is ever forced to the device, so power
 * loss can still take acknowledged writes. {@code CHECKPOINT SYNC} would force them too, but also tries to compact the
 * file each time. So this calls {@code MVStore.commit()} (which waits for a write in progress, then writes what is
 * left) and {@code sync()} directly.
 * <p>
 * Group commit: a caller whose transaction was already covered by another thread's completed sync returns at once, so
 * 100 concurrent writers need far fewer than 100 fsyncs.
 */
final class H2FileSync {
    private final MVStore store;
    private final AtomicLong requested = new AtomicLong();
    private long synced; // guarded by this

    private H2FileSync(MVStore store) {
        this.store = store;
    }

    /** The sync for the embedded H2 database behind this connection; empty if it is not one with a file store. */
    static Optional<H2FileSync> of(Connection connection) {
        if (connection instanceof JdbcConnection h2 && h2.getSession() instanceof Session session) {
            MVTableEngine.Store engine = session.getDatabase().getStore();
            if (engine != null && engine.getMvStore().getFileStore() != null) {
                return Optional.of(new H2FileSync(engine.getMvStore()));
            }
        }
        return Optional.empty();
    }

    /**
     * Returns once every transaction committed before the call is on the device.
     *
     * @throws StorageUnavailableException the file could not be written or forced (disk full, read-only, I/O error);
     *                                     H2 has then closed the database, and nothing since the last sync is kept
     */
    void awaitDurable() {
        long ticket = requested.incrementAndGet();
        synchronized (this) {
            if (synced >= ticket) {
                return;
            }
            long covered = requested.get();
            try {
                store.commit();
                store.sync();
            } catch (IllegalStateException e) {
                throw StorageUnavailableException.writeFailed(e);
            }
            synced = covered;
        }
    }
}
