package com.gluework.ao.testing;

import net.java.ao.test.jdbc.AbstractJdbcConfiguration;

/**
 * In-memory H2 for the AO runner. AO 3.2.3's own {@code H2Memory} appends {@code ;MVCC=TRUE}, a setting H2 1.4.200
 * removed (it refuses the connection); this URL leaves it out. {@code DB_CLOSE_DELAY=-1} keeps the database while
 * the pool has no open connection, so the schema survives between tests.
 */
public final class GlueWorkH2 extends AbstractJdbcConfiguration {
    public static final String URL = "jdbc:h2:mem:gluework-ao-test;DB_CLOSE_DELAY=-1";

    public GlueWorkH2() {
        super(URL, "sa", "", "PUBLIC");
    }

    @Override
    protected String getDefaultUrl() {
        return URL;
    }

    @Override
    protected String getDefaultSchema() {
        return "PUBLIC";
    }
}
