package com.gluework.bench;

import com.gluework.ao.HostConnections;
import com.gluework.ao.testing.EntityManagerHostConnections;
import net.java.ao.EntityManager;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;

/**
 * The host's connections as the benchmarks lend them to the repository: the store's own pooled connections
 * ({@link EntityManagerHostConnections}), as Jira's SAL executor lends the product's pool. While {@link #counting} runs,
 * the statements prepared on them by the calling thread are counted too, so "statements per operation" includes the
 * plain SQL reads that AO's SQL listener never sees; otherwise the connection is handed over untouched (no proxy in
 * what the benchmarks time).
 */
final class CountingHostConnections implements HostConnections {
    private final EntityManagerHostConnections lent;
    private final ThreadLocal<int[]> counter = new ThreadLocal<>();

    CountingHostConnections(EntityManager entityManager) {
        this.lent = new EntityManagerHostConnections(entityManager);
    }

    @Override
    public <T> T read(ConnectionRead<T> read) throws SQLException {
        int[] count = counter.get();
        return count == null ? lent.read(read) : lent.read(connection -> read.on(counted(connection, count)));
    }

    @Override
    public Optional<String> schema() {
        return lent.schema();
    }

    /** Runs {@code work} and returns how many statements it prepared on these connections on this thread. */
    int counting(Runnable work) {
        int[] count = new int[1];
        counter.set(count);
        try {
            work.run();
        } finally {
            counter.remove();
        }
        return count[0];
    }

    private static Connection counted(Connection connection, int[] count) {
        return (Connection) Proxy.newProxyInstance(CountingHostConnections.class.getClassLoader(),
                new Class<?>[] {Connection.class}, (proxy, method, args) -> {
                    if (method.getName().startsWith("prepare")) {
                        count[0]++;
                    }
                    try {
                        return method.invoke(connection, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }
}
