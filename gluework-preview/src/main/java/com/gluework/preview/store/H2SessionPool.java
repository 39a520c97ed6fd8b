package com.gluework.preview.store;

import net.java.ao.DisposableDataSource;
import org.h2.engine.Database;
import org.h2.engine.Session;
import org.h2.jdbc.JdbcConnection;

import java.io.PrintWriter;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.Deque;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Logger;

/**
 * The connections Active Objects uses on one opening of the embedded H2 database: at most {@value #SIZE} sessions,
 * all on that one opening, and a wait for one that always ends.
 * <p>
 * It replaces DBCP 1.4 for embedded H2 because of what the flapping-disk test found with DBCP:
 * <ul>
 *   <li><b>Requests hung forever.</b> DBCP waits for a free connection without a limit ({@code maxWait} -1). A
 *   transaction whose database died under it can leave its connection unreturned (resetting auto-commit fails, so
 *   the close after it never runs), so a pool's 8 connections ran out and its waiters waited in
 *   {@code GenericObjectPool.borrowObject} past the client's 60 s (thread dump in docs/reliability.md). Here a
 *   wait ends after {@value #WAIT_MILLIS} ms with a connection failure (SQLSTATE 08001, so 503), and the moment the
 *   opening is retired every waiter is woken and refused: a reopen comes with a new pool, so what an old one lost
 *   does not matter.</li>
 *   <li><b>Old pools opened the file again.</b> DBCP opens a connection by URL whenever it needs one; after the
 *   database shut down, that opened a second database on the file behind the reopen's back. Here a session is only
 *   opened while this opening is alive, and one that landed on any other database is closed at once.</li>
 * </ul>
 */
final class H2SessionPool implements DisposableDataSource {
    static final int SIZE = 8;
    static final long WAIT_MILLIS = 10_000;
    /** More than there can be waiters: Jetty's threads, each waiting at most once. */
    private static final int WAKE_EVERY_WAITER = 100_000;

    private final String jdbcUrl;
    private final String user;
    private final String password;
    private final Database database;
    private final long waitMillis;
    private final Semaphore free = new Semaphore(SIZE, true);
    private final Deque<Connection> idle = new ConcurrentLinkedDeque<>();
    private volatile boolean retired;

    /** @param database the opening every session must be on: the one behind the connection that keeps it open */
    H2SessionPool(String jdbcUrl, String user, String password, Database database) {
        this(jdbcUrl, user, password, database, WAIT_MILLIS);
    }

    H2SessionPool(String jdbcUrl, String user, String password, Database database, long waitMillis) {
        this.jdbcUrl = jdbcUrl;
        this.user = user;
        this.password = password;
        this.database = database;
        this.waitMillis = waitMillis;
    }

    /** The embedded database behind an H2 connection; null for anything else (a server, another driver). */
    static Database databaseOf(Connection connection) {
        return connection instanceof JdbcConnection h2 && h2.getSession() instanceof Session session ? session.getDatabase() : null;
    }

    @Override
    public Connection getConnection() throws SQLException {
        refuseIfGone();
        try {
            if (!free.tryAcquire(waitMillis, TimeUnit.MILLISECONDS)) {
                throw new NoFreeSession(waitMillis);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SQLException("Interrupted while waiting for a database connection", "08001", e);
        }
        try {
            refuseIfGone();
            Connection session = idle.pollFirst();
            return lent(session != null ? session : newSession());
        } catch (SQLException | RuntimeException e) {
            free.release();
            throw e;
        }
    }

    /**
     * Retires this pool for good: idle sessions are closed, every waiter is woken and refused, and sessions still lent
     * are closed as they come back.
     */
    void retire() {
        retired = true;
        closeIdle();
        free.release(WAKE_EVERY_WAITER);
    }

    @Override
    public void dispose() {
        retire();
    }

    private void refuseIfGone() throws SQLException {
        if (retired || database.isClosing() || database.getStore() != null && database.getStore().getMvStore().isClosed()) {
            throw new SQLException("The database was closed after a storage failure", "08003");
        }
    }

    private Connection newSession() throws SQLException {
        Connection session = DriverManager.getConnection(jdbcUrl, user, password);
        if (databaseOf(session) != database) {
            // This opening died between the check and the connect, and the URL opened the file anew: close that at once
            // so the reopen finds the file free.
            closeQuietly(session);
            throw new SQLException("The database was closed after a storage failure", "08003");
        }
        return session;
    }

    /** A connection whose close gives the session back (once) instead of closing it. */
    private Connection lent(Connection session) {
        AtomicBoolean returned = new AtomicBoolean();
        return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(), new Class<?>[] {Connection.class},
                (proxy, method, args) -> {
                    switch (method.getName()) {
                        case "close":
                            if (returned.compareAndSet(false, true)) {
                                giveBack(session);
                            }
                            return null;
                        case "isClosed":
                            if (returned.get()) {
                                return true;
                            }
                            break;
                        case "equals":
                            return proxy == args[0];
                        case "hashCode":
                            return System.identityHashCode(proxy);
                        case "toString":
                            return "pooled " + session;
                        default:
                            break;
                    }
                    if (returned.get()) {
                        throw new SQLException("The connection is closed", "08003");
                    }
                    try {
                        return method.invoke(session, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }

    private void giveBack(Connection session) {
        try {
            if (retired || session.isClosed()) {
                closeQuietly(session);
                return;
            }
            if (!session.getAutoCommit()) {
                session.rollback();
                session.setAutoCommit(true);
            }
            idle.addFirst(session);
            if (retired) {
                closeIdle(); // retired while this one came back
            }
        } catch (SQLException | RuntimeException e) {
            closeQuietly(session);
        } finally {
            free.release();
        }
    }

    private void closeIdle() {
        for (Connection session; (session = idle.pollFirst()) != null; ) {
            closeQuietly(session);
        }
    }

    private static void closeQuietly(Connection session) {
        try {
            session.close();
        } catch (SQLException | RuntimeException ignored) {
            // a session of a database that is gone; nothing to give back
        }
    }

    /**
     * Every session stayed lent for the whole wait: the database is busy, not broken, so this is answered 503 without
     * a reopen (SQLSTATE 08001, a connection failure).
     */
    static final class NoFreeSession extends SQLException {
        private static final long serialVersionUID = 1L;

        NoFreeSession(long waitMillis) {
            super("No database connection came free within " + waitMillis + " ms", "08001");
        }
    }

    @Override
    public Connection getConnection(String otherUser, String otherPassword) throws SQLException {
        throw new SQLFeatureNotSupportedException("The pool connects as the preview's database user only");
    }

    @Override
    public PrintWriter getLogWriter() {
        return null;
    }

    @Override
    public void setLogWriter(PrintWriter out) {
        // nothing is logged through JDBC
    }

    @Override
    public void setLoginTimeout(int seconds) {
        // sessions of an embedded database open at once
    }

    @Override
    public int getLoginTimeout() {
        return 0;
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        throw new SQLFeatureNotSupportedException();
    }

    @Override
    public <T> T unwrap(Class<T> type) throws SQLException {
        if (type.isInstance(this)) {
            return type.cast(this);
        }
        throw new SQLException("Not a wrapper of " + type.getName());
    }

    @Override
    public boolean isWrapperFor(Class<?> type) {
        return type.isInstance(this);
    }
}
