package com.gluework.ao;

import com.gluework.ao.testing.EntityManagerActiveObjects;
import com.gluework.ao.testing.GlueWorkH2;
import com.gluework.ao.testing.GlueWorkDatabaseUpdater;
import com.gluework.ao.testing.GlueWorkTableNameConverter;
import com.gluework.core.port.SuggestionDismissals;
import net.java.ao.EntityManager;
import net.java.ao.atlassian.AtlassianFieldNameConverter;
import net.java.ao.test.converters.NameConverters;
import net.java.ao.test.jdbc.Data;
import net.java.ao.test.jdbc.Jdbc;
import net.java.ao.test.junit.ActiveObjectsJUnitRunner;
import org.junit.runner.RunWith;

import java.time.Clock;
import java.util.List;

/** {@link SuggestionDismissalsContract} on H2. */
@RunWith(ActiveObjectsJUnitRunner.class)
@Jdbc(GlueWorkH2.class)
@Data(GlueWorkDatabaseUpdater.class)
@NameConverters(table = GlueWorkTableNameConverter.class, field = AtlassianFieldNameConverter.class)
public class AoSuggestionDismissalsOnH2Test extends SuggestionDismissalsContract {
    /** Injected by {@code ActiveObjectsJUnitRunner}, inside a transaction it rolls back after each test. */
    private EntityManager entityManager;

    private AoSuggestionDismissals store() {
        return new AoSuggestionDismissals(new EntityManagerActiveObjects(entityManager), Clock.systemUTC());
    }

    @Override
    protected SuggestionDismissals dismissals() {
        return store();
    }

    @Override
    protected List<String> rowsOf(String traceId) {
        return store().dismissedBy(traceId);
    }
}
