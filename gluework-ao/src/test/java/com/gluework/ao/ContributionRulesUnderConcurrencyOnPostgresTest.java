package com.gluework.ao;

import com.gluework.ao.testing.EntityManagerActiveObjects;
import com.gluework.ao.testing.PostgresDatabase;
import com.gluework.ao.testing.TestPostgres;

/**
 * {@link ContributionRulesUnderConcurrencyContract} on PostgreSQL, the database Jira Data Center clusters share: two
 * connection pools on one fresh database (embedded, or on the external server when {@code -Dgluework.pg.url} is
 * given), with PostgreSQL's READ COMMITTED transactions and its unique-index waits.
 */
public class ContributionRulesUnderConcurrencyOnPostgresTest extends ContributionRulesUnderConcurrencyContract {
    private final PostgresDatabase database = TestPostgres.newDatabase();

    @Override
    protected EntityManagerActiveObjects openNode() {
        return EntityManagerActiveObjects.open(database.url(), database.user(), database.password());
    }
}
