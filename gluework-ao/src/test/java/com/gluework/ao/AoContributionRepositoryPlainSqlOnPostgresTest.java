package com.gluework.ao;

import com.gluework.ao.testing.GlueWorkDatabaseUpdater;
import com.gluework.ao.testing.GlueWorkPostgres;
import com.gluework.ao.testing.GlueWorkTableNameConverter;
import net.java.ao.atlassian.AtlassianFieldNameConverter;
import net.java.ao.test.converters.NameConverters;
import net.java.ao.test.jdbc.Data;
import net.java.ao.test.jdbc.Jdbc;
import net.java.ao.test.junit.ActiveObjectsJUnitRunner;
import org.junit.runner.RunWith;

/** {@link AoContributionRepositoryContract} with the issue panel's and the sprint report's reads in plain SQL, on PostgreSQL: the embedded one, or the server {@code -Dgluework.pg.url} names. */
@RunWith(ActiveObjectsJUnitRunner.class)
@Jdbc(GlueWorkPostgres.class)
@Data(GlueWorkDatabaseUpdater.class)
@NameConverters(table = GlueWorkTableNameConverter.class, field = AtlassianFieldNameConverter.class)
public class AoContributionRepositoryPlainSqlOnPostgresTest extends AoContributionRepositoryContract {
    @Override
    protected boolean plainSqlReads() {
        return true;
    }
}
