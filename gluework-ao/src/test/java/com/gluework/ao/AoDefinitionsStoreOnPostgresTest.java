package com.gluework.ao;

import com.gluework.ao.testing.EntityManagerActiveObjects;
import com.gluework.ao.testing.PostgresDatabase;
import com.gluework.ao.testing.TestPostgres;

/**
 * {@link AoDefinitionsStoreContract} on PostgreSQL: two connection pools on one fresh database, with READ COMMITTED
 * transactions and unique-index waits, as Jira Data Center nodes share it.
 */
public class AoDefinitionsStoreOnPostgresTest extends AoDefinitionsStoreContract {
    private final PostgresDatabase database = TestPostgres.newDatabase();

    @Override
    protected EntityManagerActiveObjects openNode() {
        return EntityManagerActiveObjects.open(database.url(), database.user(), database.password());
    }
}
