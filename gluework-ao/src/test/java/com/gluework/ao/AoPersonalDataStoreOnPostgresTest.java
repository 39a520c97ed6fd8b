package com.gluework.ao;

import com.gluework.ao.testing.EntityManagerActiveObjects;
import com.gluework.ao.testing.GlueWorkDatabaseUpdater;
import com.gluework.ao.testing.GlueWorkPostgres;
import com.gluework.ao.testing.GlueWorkTableNameConverter;
import com.gluework.core.port.ContributionRepository;
import com.gluework.core.port.PacketAuditLog;
import com.gluework.core.port.WeeklyNoteRepository;
import com.gluework.core.privacy.PersonalDataStore;
import net.java.ao.EntityManager;
import net.java.ao.atlassian.AtlassianFieldNameConverter;
import net.java.ao.test.converters.NameConverters;
import net.java.ao.test.jdbc.Data;
import net.java.ao.test.jdbc.Jdbc;
import net.java.ao.test.junit.ActiveObjectsJUnitRunner;
import org.junit.runner.RunWith;

/** {@link PersonalDataStoreContract} on Postgres. */
@RunWith(ActiveObjectsJUnitRunner.class)
@Jdbc(GlueWorkPostgres.class)
@Data(GlueWorkDatabaseUpdater.class)
@NameConverters(table = GlueWorkTableNameConverter.class, field = AtlassianFieldNameConverter.class)
public class AoPersonalDataStoreOnPostgresTest extends PersonalDataStoreContract {
    /** Injected by {@code ActiveObjectsJUnitRunner}, inside a transaction it rolls back after each test. */
    private EntityManager entityManager;

    @Override
    protected PersonalDataStore store(int batchSize) {
        return new AoPersonalDataStore(new EntityManagerActiveObjects(entityManager), batchSize);
    }

    @Override
    protected ContributionRepository repository() {
        return new AoContributionRepository(new EntityManagerActiveObjects(entityManager));
    }

    @Override
    protected PacketAuditLog packetLog() {
        return new AoPacketAuditLog(new EntityManagerActiveObjects(entityManager));
    }

    @Override
    protected WeeklyNoteRepository notes() {
        return new AoWeeklyNoteRepository(new EntityManagerActiveObjects(entityManager));
    }
}
