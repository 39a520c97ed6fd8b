package com.gluework.ao.testing;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.sal.api.transaction.TransactionCallback;
import net.java.ao.DBParam;
import net.java.ao.DatabaseProvider;
import net.java.ao.DelegateConnection;
import net.java.ao.EntityManager;
import net.java.ao.EntityStreamCallback;
import net.java.ao.Query;
import net.java.ao.RawEntity;
import net.java.ao.atlassian.AtlassianFieldNameConverter;
import net.java.ao.builder.EntityManagerBuilder;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;

/**
 * The Atlassian {@link ActiveObjects} wrapper implemented on a real {@link EntityManager}, as the Active Objects
 * plugin does inside the products: same table and column naming, checked {@link SQLException}s turned into
 * unchecked {@link ActiveObjectsSqlException}s (with the {@code SQLException} as cause), and
 * {@link #executeInTransaction} running on one JDBC connection.
 * <p>
 * Transactions join an enclosing one on the same thread (the AO test runner wraps each test in a transaction it
 * rolls back; the products' {@code TransactionTemplate} joins too), otherwise they commit on success and roll back
 * on any exception.
 * <p>
 * Thread-safe as far as {@link EntityManager} is: each thread gets its own connection from the pool.
 */
public final class EntityManagerActiveObjects implements ActiveObjects, AutoCloseable {
    private final EntityManager entityManager;

    public EntityManagerActiveObjects(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /**
     * Connects to a database with Atlassian-style names ({@code AO_xxxxxx_TABLE}, upper-case columns). Tables are
     * not created; call {@link #migrate} with {@code GlueWorkEntities.array()}. Connections are pooled if a pool AO
     * supports (DBCP, c3p0, Proxool, DbPool) is on the class path, otherwise opened per use. Close when done.
     *
     * @param jdbcUrl for example {@code jdbc:h2:file:/data/gluework} or {@code jdbc:postgresql://host/db}
     */
    public static EntityManagerActiveObjects open(String jdbcUrl, String user, String password) {
        EntityManager entityManager = EntityManagerBuilder.url(jdbcUrl).username(user).password(password)
                .auto()
                .tableNameConverter(new GlueWorkTableNameConverter())
                .fieldNameConverter(new AtlassianFieldNameConverter())
                .build();
        return new EntityManagerActiveObjects(entityManager);
    }

    public EntityManager entityManager() {
        return entityManager;
    }

    /** Releases the connection pool. */
    @Override
    public void close() {
        entityManager.getProvider().dispose();
    }

    @Override
    @SafeVarargs
    @SuppressWarnings("varargs") // handed straight on to EntityManager.migrate, which only reads the classes
    public final void migrate(Class<? extends RawEntity<?>>... entities) {
        sql(() -> {
            entityManager.migrate(entities);
            return null;
        });
    }

    /** AO 3.x keeps no entity cache, so this is the deprecated no-op it delegates to; kept for the interface. */
    @Override
    @SuppressWarnings("deprecation")
    public void flushAll() {
        entityManager.flushAll();
    }

    @Override
    public <T extends RawEntity<K>, K> T get(Class<T> type, K key) {
        return sql(() -> entityManager.get(type, key));
    }

    @Override
    public <T extends RawEntity<K>, K> T create(Class<T> type, DBParam... params) {
        return sql(() -> entityManager.create(type, params));
    }

    @Override
    public <T extends RawEntity<K>, K> T create(Class<T> type, Map<String, Object> params) {
        return sql(() -> entityManager.create(type, params));
    }

    @Override
    public void delete(RawEntity<?>... entities) {
        sql(() -> {
            entityManager.delete(entities);
            return null;
        });
    }

    @Override
    public <T extends RawEntity<K>, K> T[] find(Class<T> type, String criteria, Object... parameters) {
        return sql(() -> entityManager.find(type, criteria, parameters));
    }

    @Override
    public <T extends RawEntity<K>, K> T[] find(Class<T> type, Query query) {
        return sql(() -> entityManager.find(type, query));
    }

    @Override
    public <T extends RawEntity<K>, K> void stream(Class<T> type, Query query, EntityStreamCallback<T, K> streamCallback) {
        sql(() -> {
            entityManager.stream(type, query, streamCallback);
            return null;
        });
    }

    @Override
    public <K> int count(Class<? extends RawEntity<K>> type) {
        return sql(() -> entityManager.count(type));
    }

    @Override
    public <K> int count(Class<? extends RawEntity<K>> type, String criteria, Object... parameters) {
        return sql(() -> entityManager.count(type, criteria, parameters));
    }

    @Override
    public <T> T executeInTransaction(TransactionCallback<T> callback) {
        DatabaseProvider provider = entityManager.getProvider();
        if (inTransaction(provider)) {
            return callback.doInTransaction();
        }
        Connection connection = sql(provider::startTransaction);
        try {
            T result = callback.doInTransaction();
            sql(() -> provider.commitTransaction(connection));
            return result;
        } catch (RuntimeException | Error e) {
            rollback(provider, connection, e);
            throw e;
        } finally {
            release(connection);
        }
    }

    /** While a transaction is open the provider hands out its connection, with auto-commit off. */
    private boolean inTransaction(DatabaseProvider provider) {
        return sql(() -> {
            try (Connection connection = provider.getConnection()) {
                return !connection.getAutoCommit();
            }
        });
    }

    private void rollback(DatabaseProvider provider, Connection connection, Throwable failure) {
        try {
            provider.rollbackTransaction(connection);
        } catch (SQLException | RuntimeException rollbackFailure) {
            failure.addSuppressed(rollbackFailure);
        }
    }

    private static void release(Connection connection) {
        try {
            // AO's commit and rollback leave auto-commit off; a pooled connection must not come back that way.
            connection.setAutoCommit(true);
            if (connection instanceof DelegateConnection delegate) {
                delegate.setCloseable(true);
            }
            connection.close();
        } catch (SQLException ignored) {
            // The transaction is already finished; a failing close only loses a pooled connection.
        }
    }

    private static <T> T sql(SqlWork<T> work) {
        try {
            return work.run();
        } catch (SQLException e) {
            throw new ActiveObjectsSqlException(e);
        }
    }

    @FunctionalInterface
    private interface SqlWork<T> {
        T run() throws SQLException;
    }

    /** An unchecked wrapper, as the AO plugin's own; the {@link SQLException} (with its SQLSTATE) is the cause. */
    public static final class ActiveObjectsSqlException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        public ActiveObjectsSqlException(SQLException cause) {
            super(cause.getMessage(), cause);
        }
    }
}
