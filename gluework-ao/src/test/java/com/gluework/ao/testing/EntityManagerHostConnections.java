package com.gluework.ao.testing;

import com.gluework.ao.HostConnections;
import net.java.ao.EntityManager;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;

/**
 * {@link HostConnections} on an Active Objects {@link EntityManager}'s own connections, as the host's SAL executor
 * lends them: inside a transaction Active Objects started on this thread, its connection (whose close does not end
 * the transaction), otherwise one from its pool.
 */
public final class EntityManagerHostConnections implements HostConnections {
    private final EntityManager entityManager;

    public EntityManagerHostConnections(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Override
    public <T> T read(ConnectionRead<T> read) throws SQLException {
        try (Connection connection = entityManager.getProvider().getConnection()) {
            return read.on(connection);
        }
    }

    @Override
    public Optional<String> schema() {
        return Optional.ofNullable(entityManager.getProvider().getSchema());
    }
}
