package com.gluework.preview.store;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.sal.api.transaction.TransactionCallback;
import com.gluework.ao.HostConnections;
import com.gluework.ao.testing.EntityManagerActiveObjects;
import com.gluework.ao.testing.EntityManagerHostConnections;
import com.gluework.core.error.GlueWorkException;
import com.gluework.core.error.StorageFailures;
import com.gluework.core.error.StorageUnavailableException;
import net.java.ao.DBParam;
import net.java.ao.EntityManager;
import net.java.ao.EntityStreamCallback;
import net.java.ao.Query;
import net.java.ao.RawEntity;
import net.java.ao.db.H2DatabaseProvider;
import org.h2.engine.Database;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The preview's {@link ActiveObjects}: real Active Objects on one database, with the guarantees the preview's REST API
 * promises.
 * <ul>
 *   <li><b>A 2xx means on disk.</b> Every write the repositories make runs in {@link #executeInTransaction} (or is a
 *   single {@link #create}); once the outermost one commits, on embedded H2 the change is written and forced to the
 *   device ({@link H2FileSync}) before this returns. PostgreSQL does that itself on commit.</li>
 *   <li><b>Storage faults are 503, not 500.</b> A failure of the storage rather than of the statement (disk full,
 *   read-only file, I/O error, database closed: {@link StorageFailures}) becomes a {@link StorageUnavailableException}.
 *   Nothing is acknowledged that was not synced.</li>
 *   <li><b>It heals itself.</b> After such a failure H2 has closed the database; the next call reopens it (at most every
 *   {@value #REOPEN_INTERVAL_MILLIS} ms after a reopen that failed), read-write if it can, else read-only, else from a
 *   copy of the file in memory ({@link InMemoryReadCopy}), so reads keep being served. A read that met the failure is
 *   tried once more on the reopened database. Once the disk can be written again, so can glue.</li>
 *   <li><b>No request waits for ever, and no old opening gets in the way of a new one</b> (embedded H2): each opening
 *   has its own name ({@link OpeningFilePath}) and its own bounded pool ({@link H2SessionPool}), and starts its ids
 *   past every stored row ({@link IdentitySequences}). docs/reliability.md, "Flapping disk", has what went wrong
 *   without each.</li>
 * </ul>
 * Thread-safe: each operation uses the database open when it started; a transaction stays on the one it began on.
 */
public final class DurableActiveObjects implements ActiveObjects, AutoCloseable {
    static final long REOPEN_INTERVAL_MILLIS = 200;
    private static final Logger LOG = LoggerFactory.getLogger(DurableActiveObjects.class);

    private final String jdbcUrl;
    private final String user;
    private final String password;
    private final ThreadLocal<OpenDatabase> transactionDatabase = new ThreadLocal<>();
    private final ThreadLocal<Boolean> syncDeferred = ThreadLocal.withInitial(() -> false);
    private final Object reopening = new Object();
    private volatile OpenDatabase current;
    private long lastFailedReopen; // guarded by reopening

    private DurableActiveObjects(String jdbcUrl, String user, String password, OpenDatabase first) {
        this.jdbcUrl = jdbcUrl;
        this.user = user;
        this.password = password;
        this.current = first;
    }

    /** Opens the database read-write; a failure here is a start-up failure, reported as it is. */
    public static DurableActiveObjects open(String jdbcUrl, String user, String password) throws SQLException {
        return new DurableActiveObjects(jdbcUrl, user, password, OpenDatabase.open(jdbcUrl, user, password, false));
    }

    /**
     * Runs many writes that acknowledge nothing to anyone (the demo seed) with one sync at the end instead of one per
     * write: 150 seeded contributions took 3 to 7 s with a sync each. If the process dies before the end, some of
     * them are lost, as they were with any crash during seeding before.
     */
    public <T> T withOneSync(Supplier<T> writes) {
        if (syncDeferred.get()) {
            return writes.get();
        }
        syncDeferred.set(true);
        T result;
        try {
            result = writes.get();
        } finally {
            syncDeferred.set(false);
        }
        OpenDatabase database = database();
        try {
            database.awaitDurable();
        } catch (RuntimeException e) {
            throw translated(database, e, true);
        }
        return result;
    }

    /**
     * Active Objects' bulk insert: {@code rows} of one entity in one batch, durable as any other write once it returns
     * (inside {@link #withOneSync}, at its end). For filling a store with many rows (the benchmarks): on embedded H2 this
     * store's own opening is the only way in, since a second opening of the file by URL is refused ({@link
     * OpeningFilePath}).
     */
    public <T extends RawEntity<K>, K> void createAll(Class<T> type, List<Map<String, Object>> rows) {
        write(ao -> {
            try {
                ao.entityManager().create(type, rows);
            } catch (SQLException e) {
                throw new EntityManagerActiveObjects.ActiveObjectsSqlException(e);
            }
            return null;
        });
    }

    /**
     * A JDBC connection from the open database's own pool, for plain-JDBC reads beside Active Objects (the benchmarks'
     * floor); closing it gives it back. On embedded H2 it is a session of the current opening ({@link H2SessionPool}:
     * bounded, never a second opening of the file). Not retried and not translated into 503s: the caller gets the
     * {@link SQLException}.
     */
    public Connection connection() throws SQLException {
        return database().ao.entityManager().getProvider().getConnection();
    }

    /**
     * The store's connections for the repositories' plain SQL reads ({@link HostConnections}, the issue panel's one
     * statement), read like everything else here: on the open database, once more on the reopened one if the storage
     * failed under it, and a storage failure answered as a 503. A statement the database refuses comes back as its
     * {@link SQLException}, for the repository to fall back on Active Objects.
     */
    public HostConnections hostConnections() {
        return new HostConnections() {
            @Override
            public <T> T read(ConnectionRead<T> work) throws SQLException {
                try {
                    return DurableActiveObjects.this.read(ao -> {
                        try {
                            return new EntityManagerHostConnections(ao.entityManager()).read(work);
                        } catch (SQLException e) {
                            throw new EntityManagerActiveObjects.ActiveObjectsSqlException(e);
                        }
                    });
                } catch (EntityManagerActiveObjects.ActiveObjectsSqlException e) {
                    throw (SQLException) e.getCause();
                }
            }

            @Override
            public Optional<String> schema() {
                return Optional.ofNullable(database().ao.entityManager().getProvider().getSchema());
            }
        };
    }

    /** Whether the database is open read-only at the moment, after a storage failure (tests and logs). */
    public boolean isReadOnly() {
        return current.readOnly;
    }

    @Override
    @SafeVarargs
    @SuppressWarnings("varargs")
    public final void migrate(Class<? extends RawEntity<?>>... entities) {
        write(ao -> {
            ao.migrate(entities);
            return null;
        });
    }

    @Override
    public void flushAll() {
        database().ao.flushAll();
    }

    @Override
    public <T extends RawEntity<K>, K> T get(Class<T> type, K key) {
        return read(ao -> ao.get(type, key));
    }

    @Override
    public <T extends RawEntity<K>, K> T create(Class<T> type, DBParam... params) {
        return write(ao -> ao.create(type, params));
    }

    @Override
    public <T extends RawEntity<K>, K> T create(Class<T> type, Map<String, Object> params) {
        return write(ao -> ao.create(type, params));
    }

    @Override
    public void delete(RawEntity<?>... entities) {
        write(ao -> {
            ao.delete(entities);
            return null;
        });
    }

    @Override
    public <T extends RawEntity<K>, K> T[] find(Class<T> type, String criteria, Object... parameters) {
        return read(ao -> ao.find(type, criteria, parameters));
    }

    @Override
    public <T extends RawEntity<K>, K> T[] find(Class<T> type, Query query) {
        return read(ao -> ao.find(type, query));
    }

    /**
     * A read like {@link #find}, retried the same way: the rows are collected first and handed to the callback only
     * once the statement has been read to its end. A callback that collects rows therefore never sees part of a
     * read that failed, nor the same rows twice when the read is tried again on the reopened database. Active
     * Objects builds a new read-only entity for each streamed row, holding its values, so keeping them is safe; the
     * price is holding one statement's rows at once, which the repositories' callbacks do anyway.
     */
    @Override
    public <T extends RawEntity<K>, K> void stream(Class<T> type, Query query, EntityStreamCallback<T, K> streamCallback) {
        List<T> rows = read(ao -> {
            List<T> read = new ArrayList<>();
            ao.stream(type, query, read::add);
            return read;
        });
        rows.forEach(streamCallback::onRowRead);
    }

    @Override
    public <K> int count(Class<? extends RawEntity<K>> type) {
        return read(ao -> ao.count(type));
    }

    @Override
    public <K> int count(Class<? extends RawEntity<K>> type, String criteria, Object... parameters) {
        return read(ao -> ao.count(type, criteria, parameters));
    }

    @Override
    public <T> T executeInTransaction(TransactionCallback<T> callback) {
        return write(ao -> ao.executeInTransaction(callback));
    }

    /**
     * Runs a change; if it is the outermost one on this thread, returns only once it is durable. Inside a transaction
     * it joins that transaction's database, and the sync waits for the outermost commit.
     */
    private <T> T write(Function<EntityManagerActiveObjects, T> change) {
        OpenDatabase joined = transactionDatabase.get();
        if (joined != null) {
            return change.apply(joined.ao);
        }
        OpenDatabase database = database();
        if (database.readOnly) {
            throw refusedWhileReadOnly(database);
        }
        transactionDatabase.set(database);
        try {
            T result = change.apply(database.ao);
            if (!syncDeferred.get()) {
                database.awaitDurable();
            }
            return result;
        } catch (RuntimeException e) {
            throw translated(database, e, true);
        } finally {
            transactionDatabase.remove();
        }
    }

    /** A read; if the storage failed under it, once more on the reopened database. */
    private <T> T read(Function<EntityManagerActiveObjects, T> query) {
        OpenDatabase joined = transactionDatabase.get();
        if (joined != null) {
            return query.apply(joined.ao);
        }
        OpenDatabase database = database();
        try {
            return query.apply(database.ao);
        } catch (RuntimeException e) {
            RuntimeException failure = translated(database, e, false);
            OpenDatabase reopened = database();
            if (!(failure instanceof StorageUnavailableException) || reopened == database) {
                throw failure;
            }
            try {
                return query.apply(reopened.ao);
            } catch (RuntimeException again) {
                throw translated(reopened, again, false);
            }
        }
    }

    /**
     * A write while the database is open for reads only: 503 without touching it. At most every
     * {@value #REOPEN_INTERVAL_MILLIS} ms such a write marks it broken, so that the next call tries read-write again
     * (that is how writes come back once space is freed) without every refused write reopening the file.
     */
    private static RuntimeException refusedWhileReadOnly(OpenDatabase database) {
        SQLException readOnly = new SQLException("The disk cannot be written; the database is open for reads only", "25006");
        if (System.currentTimeMillis() - database.openedAtMillis >= REOPEN_INTERVAL_MILLIS) {
            database.broken(readOnly);
        }
        return StorageUnavailableException.writeFailed(readOnly);
    }

    private RuntimeException translated(OpenDatabase database, RuntimeException failure, boolean writing) {
        if (causes(failure, H2SessionPool.NoFreeSession.class)) {
            // busy, not broken: no reopen
            return writing ? StorageUnavailableException.writeFailed(failure) : StorageUnavailableException.unreachable(failure);
        }
        if (failure instanceof StorageUnavailableException storage) {
            database.broken(storage.getCause());
            return storage;
        }
        if (failure instanceof GlueWorkException || !StorageFailures.isStorageFailure(failure) && !database.closed) {
            return failure; // a domain refusal or a bug: the caller's business
        }
        database.broken(failure);
        return writing || database.readOnly ? StorageUnavailableException.writeFailed(failure)
                : StorageUnavailableException.unreachable(failure);
    }

    private static boolean causes(Throwable failure, Class<? extends Throwable> type) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (type.isInstance(cause)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The open database, reopened first if it broke. Only a failed reopen makes the next ones wait a moment, so a
     * database that cannot be opened at all is not hammered by every request.
     */
    private OpenDatabase database() {
        OpenDatabase database = current;
        if (!database.broken.get()) {
            return database;
        }
        synchronized (reopening) {
            database = current;
            long now = System.currentTimeMillis();
            if (!database.broken.get() || now - lastFailedReopen < REOPEN_INTERVAL_MILLIS) {
                return database;
            }
            database.close(true);
            Optional<OpenDatabase> reopened = reopen();
            if (reopened.isEmpty()) {
                lastFailedReopen = now;
            }
            current = reopened.orElse(database);
            return current;
        }
    }

    private Optional<OpenDatabase> reopen() {
        try {
            OpenDatabase reopened = OpenDatabase.open(jdbcUrl, user, password, false);
            LOG.warn("Database reopened after a storage failure");
            return Optional.of(reopened);
        } catch (SQLException | RuntimeException readWrite) {
            if (!jdbcUrl.startsWith("jdbc:h2:")) {
                LOG.warn("Database still unavailable: {}", readWrite.getMessage());
                return Optional.empty();
            }
            try {
                OpenDatabase readOnly = OpenDatabase.open(jdbcUrl + ";ACCESS_MODE_DATA=r", user, password, true);
                LOG.warn("Database reopened read-only (it cannot be written: {}); writes answer 503", readWrite.getMessage());
                return Optional.of(readOnly);
            } catch (SQLException | RuntimeException readOnly) {
                try {
                    OpenDatabase copy = OpenDatabase.openReadCopy(jdbcUrl, user, password);
                    LOG.warn("Database opened for reads from a copy in memory (it cannot be written: {}; nor opened"
                            + " read-only: {}); writes answer 503", readWrite.getMessage(), readOnly.getMessage());
                    return Optional.of(copy);
                } catch (SQLException | RuntimeException copy) {
                    LOG.warn("Database still unavailable: {}", copy.getMessage());
                    return Optional.empty();
                }
            }
        }
    }

    @Override
    public void close() {
        synchronized (reopening) {
            current.close(false);
        }
    }

    /** One opening of the database: its Active Objects, and on H2 the connection that keeps it open and its sync. */
    private static final class OpenDatabase {
        final EntityManagerActiveObjects ao;
        final Connection keepAlive;
        final Optional<H2FileSync> sync;
        final Optional<H2SessionPool> pool;
        final boolean readOnly;
        final long openedAtMillis = System.currentTimeMillis();
        /** Set on an opening of a copy in memory: discarded with it. */
        volatile InMemoryReadCopy readCopy;
        final AtomicBoolean broken = new AtomicBoolean();
        /** Set once replaced: whatever fails on it afterwards failed because of that, not because of the request. */
        volatile boolean closed;

        private OpenDatabase(EntityManagerActiveObjects ao, Connection keepAlive, Optional<H2FileSync> sync,
                             Optional<H2SessionPool> pool, boolean readOnly) {
            this.ao = ao;
            this.keepAlive = keepAlive;
            this.sync = sync;
            this.pool = pool;
            this.readOnly = readOnly;
        }

        /**
         * On H2, a connection held for the database's whole life comes first: H2 closes a database when its last
         * connection closes, and the pool may close idle ones. An embedded H2 file is opened under a name of its own
         * ({@link OpeningFilePath}) with a pool of sessions on that opening only ({@link H2SessionPool}).
         */
        static OpenDatabase open(String jdbcUrl, String user, String password, boolean readOnly) throws SQLException {
            if (!jdbcUrl.startsWith("jdbc:h2:")) {
                return new OpenDatabase(EntityManagerActiveObjects.open(jdbcUrl, user, password), null, Optional.empty(),
                        Optional.empty(), readOnly);
            }
            String opening = OpeningFilePath.newOpening(jdbcUrl);
            Connection keepAlive = DriverManager.getConnection(opening, user, password);
            try {
                Database database = H2SessionPool.databaseOf(keepAlive);
                if (database == null) { // an H2 server: it keeps its databases itself
                    return new OpenDatabase(EntityManagerActiveObjects.open(opening, user, password), keepAlive,
                            Optional.empty(), Optional.empty(), readOnly);
                }
                if (!readOnly) {
                    IdentitySequences.restartPastStoredIds(keepAlive);
                }
                H2SessionPool pool = new H2SessionPool(opening, user, password, database);
                EntityManager entityManager = new EntityManager(new H2DatabaseProvider(pool), AtlassianNames.CONFIGURATION);
                return new OpenDatabase(new EntityManagerActiveObjects(entityManager), keepAlive, H2FileSync.of(keepAlive),
                        Optional.of(pool), readOnly);
            } catch (SQLException | RuntimeException e) {
                keepAlive.close();
                throw e;
            }
        }

        /** Reads from a copy of the file in memory ({@link InMemoryReadCopy}); every write on it is refused. */
        static OpenDatabase openReadCopy(String jdbcUrl, String user, String password) throws SQLException {
            InMemoryReadCopy copy = InMemoryReadCopy.of(jdbcUrl);
            try {
                OpenDatabase database = open(copy.jdbcUrl(), user, password, true);
                database.readCopy = copy;
                return database;
            } catch (SQLException | RuntimeException e) {
                copy.discard();
                throw e;
            }
        }

        void awaitDurable() {
            sync.ifPresent(H2FileSync::awaitDurable);
        }

        void broken(Throwable cause) {
            if (broken.compareAndSet(false, true)) {
                LOG.warn("Storage failure, answering 503 until the database can be reopened: {}",
                        cause == null ? "unknown" : cause.getMessage());
            }
        }

        /**
         * Closes everything, even after H2 closed the database itself. The pool goes first, so that no request starts
         * on this opening any more and none waits for it. Then H2 is shut down, which also closes any session still
         * out: {@code immediately} before a reopen, so the reopen reads the file afresh and nothing that was not synced
         * (so not acknowledged) survives; normally at the end, so the file is written and released for whoever opens
         * it next (in tests, the same JVM).
         */
        void close(boolean immediately) {
            closed = true;
            pool.ifPresent(H2SessionPool::retire);
            if (keepAlive != null) {
                try (Statement shutdown = keepAlive.createStatement()) {
                    shutdown.execute(immediately ? "SHUTDOWN IMMEDIATELY" : "SHUTDOWN");
                } catch (SQLException alreadyClosed) {
                    // the usual case after a storage failure
                }
            }
            try {
                ao.close();
            } catch (RuntimeException ignored) {
                // the pool's connections are dead already
            }
            if (keepAlive != null) {
                try {
                    keepAlive.close();
                } catch (SQLException ignored) {
                    // closed by the shutdown
                }
            }
            if (readCopy != null) {
                readCopy.discard();
            }
        }
    }
}
