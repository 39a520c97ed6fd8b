package com.gluework.ao.testing;

import net.java.ao.test.jdbc.AbstractJdbcConfiguration;

/**
 * {@link TestPostgres#database()} for the AO test runner ({@code @Jdbc(GlueWorkPostgres.class)}): an external server
 * when {@code -Dgluework.pg.url} is given, else the embedded one this JVM starts.
 */
public final class GlueWorkPostgres extends AbstractJdbcConfiguration {

    public GlueWorkPostgres() {
        this(TestPostgres.database());
    }

    private GlueWorkPostgres(PostgresDatabase database) {
        super(database.url(), database.user(), database.password(), "public");
    }

    @Override
    protected String getDefaultUrl() {
        return TestPostgres.database().url();
    }

    @Override
    protected String getDefaultSchema() {
        return "public";
    }
}
