package com.gluework.ao.testing;

import net.java.ao.test.jdbc.AbstractJdbcConfiguration;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

/**
 * The PostgreSQL server the AO contract tests run on. Settings come from system properties
 * {@code gluework.pg.url}, {@code gluework.pg.user}, {@code gluework.pg.password}, else environment variables
 * {@code GLUEWORK_PG_URL}, {@code GLUEWORK_PG_USER}, {@code GLUEWORK_PG_PASSWORD}, else the defaults that
 * {@code .ci/start-postgres.sh} creates.
 * <p>
 * A missing server fails the tests with instructions rather than skipping them: a silently skipped database is how
 * "works on H2" bugs reach production.
 */
public final class GlueWorkPostgres extends AbstractJdbcConfiguration {
    public static final String DEFAULT_URL = "jdbc:postgresql://localhost:5432/gluework_test";
    public static final String DEFAULT_USER = "gluework";
    public static final String DEFAULT_PASSWORD = "gluework";

    public GlueWorkPostgres() {
        super(setting("gluework.pg.url", "GLUEWORK_PG_URL", DEFAULT_URL),
                setting("gluework.pg.user", "GLUEWORK_PG_USER", DEFAULT_USER),
                setting("gluework.pg.password", "GLUEWORK_PG_PASSWORD", DEFAULT_PASSWORD),
                "public");
        requireReachable(getUrl(), getUsername(), getPassword());
    }

    @Override
    protected String getDefaultUrl() {
        return DEFAULT_URL;
    }

    @Override
    protected String getDefaultSchema() {
        return "public";
    }

    private static String setting(String property, String environmentVariable, String fallback) {
        String value = System.getProperty(property);
        if (value == null || value.isBlank()) {
            value = System.getenv(environmentVariable);
        }
        return value == null || value.isBlank() ? fallback : value;
    }

    private static void requireReachable(String url, String user, String password) {
        try (Connection connection = DriverManager.getConnection(url, user, password)) {
            if (!connection.isValid(5)) {
                throw new SQLException("the connection opened but does not answer");
            }
        } catch (SQLException e) {
            throw new IllegalStateException("PostgreSQL is not reachable at " + url + " as user '" + user + "' ("
                    + e.getMessage() + "). Start it with: sudo .ci/start-postgres.sh (installs PostgreSQL, starts the "
                    + "cluster, creates user gluework/gluework and database gluework_test), or point the tests elsewhere "
                    + "with -Dgluework.pg.url=... -Dgluework.pg.user=... -Dgluework.pg.password=...", e);
        }
    }
}
