package com.gluework.ao;

import com.gluework.ao.testing.GlueWorkDatabaseUpdater;
import com.gluework.ao.testing.GlueWorkH2;
import com.gluework.ao.testing.GlueWorkTableNameConverter;
import net.java.ao.atlassian.AtlassianFieldNameConverter;
import net.java.ao.test.converters.NameConverters;
import net.java.ao.test.jdbc.Data;
import net.java.ao.test.jdbc.Jdbc;
import net.java.ao.test.junit.ActiveObjectsJUnitRunner;
import org.junit.runner.RunWith;

/** {@link AoContributionRepositoryContract} on H2. */
@RunWith(ActiveObjectsJUnitRunner.class)
@Jdbc(GlueWorkH2.class)
@Data(GlueWorkDatabaseUpdater.class)
@NameConverters(table = GlueWorkTableNameConverter.class, field = AtlassianFieldNameConverter.class)
public class AoContributionRepositoryOnH2Test extends AoContributionRepositoryContract {
    @Override
    protected boolean plainSqlReads() {
        return false;
    }
}
