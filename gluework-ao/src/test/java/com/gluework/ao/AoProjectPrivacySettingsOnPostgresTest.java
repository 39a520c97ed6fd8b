package com.gluework.ao;

import com.gluework.ao.testing.EntityManagerActiveObjects;
import com.gluework.ao.testing.GlueWorkDatabaseUpdater;
import com.gluework.ao.testing.GlueWorkPostgres;
import com.gluework.ao.testing.GlueWorkTableNameConverter;
import com.gluework.core.privacy.ProjectPrivacySettings;
import net.java.ao.EntityManager;
import net.java.ao.atlassian.AtlassianFieldNameConverter;
import net.java.ao.test.converters.NameConverters;
import net.java.ao.test.jdbc.Data;
import net.java.ao.test.jdbc.Jdbc;
import net.java.ao.test.junit.ActiveObjectsJUnitRunner;
import org.junit.runner.RunWith;

/** {@link ProjectPrivacySettingsContract} on Postgres. */
@RunWith(ActiveObjectsJUnitRunner.class)
@Jdbc(GlueWorkPostgres.class)
@Data(GlueWorkDatabaseUpdater.class)
@NameConverters(table = GlueWorkTableNameConverter.class, field = AtlassianFieldNameConverter.class)
public class AoProjectPrivacySettingsOnPostgresTest extends ProjectPrivacySettingsContract {
    /** Injected by {@code ActiveObjectsJUnitRunner}, inside a transaction it rolls back after each test. */
    private EntityManager entityManager;

    @Override
    protected ProjectPrivacySettings settings() {
        return new AoProjectPrivacySettings(new EntityManagerActiveObjects(entityManager));
    }

    @Override
    protected AoPersonalDataStore personalData() {
        return new AoPersonalDataStore(new EntityManagerActiveObjects(entityManager));
    }
}
