package com.gluework.ao.testing;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The PostgreSQL the tests run on: an external server when one is given, else a real PostgreSQL started inside this
 * JVM's test run, so {@code mvn verify} needs no database installed, no service started and no root.
 * <p>
 * An external server is given by system properties {@code gluework.pg.url}, {@code gluework.pg.user},
 * {@code gluework.pg.password}, or else environment variables {@code GLUEWORK_PG_URL}, {@code GLUEWORK_PG_USER},
 * {@code GLUEWORK_PG_PASSWORD} (user and password default to {@code gluework}). Its user must be allowed to create
 * databases for {@link #newDatabase()}. Without a URL, {@link EmbeddedPostgresServer} starts one server per JVM on a
 * free port, on first use, and stops it when the JVM exits.
 * <p>
 * A missing or unreachable server fails the tests with instructions rather than skipping them: a silently skipped
 * database is how "works on H2" bugs reach production.
 */
public final class TestPostgres {
    static final String URL_PROPERTY = "gluework.pg.url";
    private static final String URL_VARIABLE = "GLUEWORK_PG_URL";
    static final String SHARED_DATABASE_NAME = "gluework_test";

    private static final AtomicInteger DATABASES_CREATED = new AtomicInteger();
    private static final List<PostgresDatabase> CREATED_ON_EXTERNAL_SERVER = new ArrayList<>();
    private static volatile PostgresDatabase shared;

    private TestPostgres() {
    }

    /**
     * The database the AO contract tests share ({@code gluework_test} on the embedded server). Tests empty and
     * re-create its tables, so keep nothing there that must survive; use {@link #newDatabase()} for a database of
     * your own.
     */
    public static PostgresDatabase database() {
        PostgresDatabase database = shared;
        if (database == null) {
            synchronized (TestPostgres.class) {
                if (shared == null) {
                    shared = requireReachable(isExternal() ? external()
                            : EmbeddedPostgresServer.get().database(SHARED_DATABASE_NAME));
                }
                database = shared;
            }
        }
        return database;
    }

    /**
     * A new, empty database on the same server, with a name no other test and no other JVM on this server uses.
     * Several connection pools opened on it act as several Data Center nodes sharing one database.
     */
    public static PostgresDatabase newDatabase() {
        PostgresDatabase server = database();
        String name = "gluework_" + ProcessHandle.current().pid() + "_" + DATABASES_CREATED.incrementAndGet();
        execute(server, "CREATE DATABASE " + name);
        PostgresDatabase created = server.withDatabaseName(name);
        if (isExternal()) {
            rememberForDropAtExit(created, server);
        }
        return created;
    }

    /**
     * Database {@code name} on an embedded server whose data directory is kept after the JVM exits, created unless
     * it exists, with PostgreSQL's default durability (unlike the tests' server). For benchmarks: a store loaded once
     * is measured by later runs and JMH forks. The server starts once per directory per JVM and stops at exit.
     */
    public static PostgresDatabase keptDatabase(Path dataDirectory, String name) {
        return EmbeddedPostgresServer.keptIn(dataDirectory).database(name);
    }

    /** True when the tests use a server somebody else runs rather than the embedded one. */
    public static boolean isExternal() {
        return !setting(URL_PROPERTY, URL_VARIABLE, "").isBlank();
    }

    private static PostgresDatabase external() {
        return new PostgresDatabase(setting(URL_PROPERTY, URL_VARIABLE, ""),
                setting("gluework.pg.user", "GLUEWORK_PG_USER", "gluework"),
                setting("gluework.pg.password", "GLUEWORK_PG_PASSWORD", "gluework"));
    }

    private static String setting(String property, String environmentVariable, String fallback) {
        String value = System.getProperty(property);
        if (value == null || value.isBlank()) {
            value = System.getenv(environmentVariable);
        }
        return value == null || value.isBlank() ? fallback : value;
    }

    /** An external server's databases are dropped when the JVM exits, so repeated runs do not pile them up. */
    private static void rememberForDropAtExit(PostgresDatabase created, PostgresDatabase server) {
        synchronized (CREATED_ON_EXTERNAL_SERVER) {
            if (CREATED_ON_EXTERNAL_SERVER.isEmpty()) {
                Runtime.getRuntime().addShutdownHook(new Thread(() -> dropAll(server), "gluework-drop-test-databases"));
            }
            CREATED_ON_EXTERNAL_SERVER.add(created);
        }
    }

    private static void dropAll(PostgresDatabase server) {
        synchronized (CREATED_ON_EXTERNAL_SERVER) {
            for (PostgresDatabase created : CREATED_ON_EXTERNAL_SERVER) {
                String name = created.url().replaceAll(".*/([^/?]+)(\\?.*)?$", "$1");
                try {
                    // FORCE (PostgreSQL 13+): pools a test left open would otherwise keep the database.
                    execute(server, "DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
                } catch (RuntimeException ignored) {
                    // Best effort at exit: a leftover database is harmless and named after its JVM.
                }
            }
        }
    }

    static boolean exists(PostgresDatabase database, String sql) {
        try (Connection connection = database.connect(); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(sql)) {
            return rows.next();
        } catch (SQLException e) {
            throw new IllegalStateException(sql + " failed on " + database.url() + ": " + e.getMessage(), e);
        }
    }

    static void execute(PostgresDatabase database, String sql) {
        try (Connection connection = database.connect(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(sql + " failed on " + database.url() + " as user '" + database.user()
                    + "': " + e.getMessage(), e);
        }
    }

    private static PostgresDatabase requireReachable(PostgresDatabase database) {
        try (Connection connection = database.connect()) {
            if (!connection.isValid(5)) {
                throw new SQLException("the connection opened but does not answer");
            }
            return database;
        } catch (SQLException e) {
            throw new IllegalStateException("PostgreSQL is not reachable at " + database.url() + " as user '"
                    + database.user() + "' (" + e.getMessage() + "). Start that server, or leave out -D" + URL_PROPERTY
                    + " and " + URL_VARIABLE + " to let the tests start an embedded PostgreSQL themselves.", e);
        }
    }
}
