package com.gluework.ao.testing;

import com.gluework.ao.GlueWorkEntities;
import net.java.ao.EntityManager;
import net.java.ao.test.jdbc.DatabaseUpdater;

/**
 * Creates Glue Work's tables for {@code @Data(GlueWorkDatabaseUpdater.class)}. A top-level public class with a
 * public constructor, because the AO test runner instantiates it reflectively.
 */
public final class GlueWorkDatabaseUpdater implements DatabaseUpdater {
    @Override
    public void update(EntityManager entityManager) throws Exception {
        entityManager.migrate(GlueWorkEntities.array());
    }
}
