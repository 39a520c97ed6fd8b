package com.gluework.bench;

import com.gluework.ao.testing.EntityManagerActiveObjects;
import com.gluework.ao.testing.GlueWorkTableNameConverter;
import net.java.ao.EntityManager;
import net.java.ao.atlassian.AtlassianFieldNameConverter;
import net.java.ao.builder.EntityManagerBuilder;
import net.java.ao.builder.EntityManagerBuilderWithDatabaseProperties;
import net.java.ao.builder.EntityManagerBuilderWithUrlAndUsernameAndPassword;

import java.util.Locale;

/**
 * How Active Objects gets its JDBC connections, the one wiring choice that dominates the panel's latency on a
 * networked database.
 * <ul>
 *   <li>{@link #DBCP}: a pool, as in Jira and Confluence, where AO runs on the product's pooled connections.</li>
 *   <li>{@link #NONE}: a new connection for every statement, which is what
 *       {@link EntityManagerActiveObjects#open} gives when no pool library is on the class path. On PostgreSQL each connection is a new server process and a login.</li>
 * </ul>
 * The names are those of {@link EntityManagerActiveObjects#open}: it picks a pool by class path ({@code auto()}),
 * and this module has DBCP on its class path, so the choice is made explicitly here.
 */
public enum ConnectionPooling {
    DBCP, NONE;

    public static ConnectionPooling named(String name) {
        return valueOf(name.toUpperCase(Locale.ROOT));
    }

    EntityManagerActiveObjects open(BenchDatabase database) {
        EntityManagerBuilderWithUrlAndUsernameAndPassword builder = EntityManagerBuilder.url(database.jdbcUrl())
                .username(database.user()).password(database.password());
        EntityManagerBuilderWithDatabaseProperties pooled = this == DBCP ? builder.dbcp() : builder.none();
        EntityManager entityManager = pooled
                .tableNameConverter(new GlueWorkTableNameConverter())
                .fieldNameConverter(new AtlassianFieldNameConverter())
                .build();
        return new EntityManagerActiveObjects(entityManager);
    }
}
