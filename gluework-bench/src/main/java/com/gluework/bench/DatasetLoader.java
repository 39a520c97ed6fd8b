package com.gluework.bench;

import com.gluework.ao.entity.BeneficiaryEntity;
import com.gluework.ao.entity.ChangeEntity;
import com.gluework.ao.entity.ChangeFieldEntity;
import com.gluework.ao.entity.ContributionEntity;
import com.gluework.ao.entity.CorroborationEntity;
import com.gluework.ao.testing.EntityManagerActiveObjects;
import com.gluework.ao.testing.GlueWorkTableNameConverter;
import com.gluework.bench.BenchDataset.GeneratedContribution;
import com.gluework.bench.BenchDataset.GeneratedCorroboration;
import com.gluework.core.model.ContributionState;
import com.gluework.core.model.FieldChange;
import com.gluework.core.model.NewContribution;
import com.gluework.core.model.NewContributionChange;
import net.java.ao.DatabaseProvider;
import net.java.ao.RawEntity;

import java.net.URI;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.stream.Collectors;

/**
 * Writes a {@link BenchDataset} into Glue Work's AO tables with plain JDBC batches, fast enough for a million
 * contributions and their seven million child and history rows (AO's own batch insert would have to read every
 * generated id back before the children could be written). The rows are exactly the ones
 * {@code AoContributionRepository} writes, with the dataset's own ids; afterwards each table's id sequence is moved
 * past them, so Active Objects goes on inserting as usual. On PostgreSQL the driver folds each batch into multi-row
 * {@code INSERT}s ({@code reWriteBatchedInserts}), and the tables are vacuumed and analysed once loaded, as autovacuum
 * would do eventually, so the planner knows their size and a background vacuum does not run during a measurement.
 */
final class DatasetLoader {
    private static final int ISSUES_PER_TRANSACTION = 1_000;
    private static final int ROWS_PER_BATCH = 5_000;

    private final BenchDatabase database;
    private final DatabaseProvider provider;
    private final GlueWorkTableNameConverter tableNames = new GlueWorkTableNameConverter();

    DatasetLoader(EntityManagerActiveObjects ao, BenchDatabase database) {
        this.database = database;
        this.provider = ao.entityManager().getProvider();
    }

    /**
     * Deletes every row stamped at or after {@code writesFrom} (the benchmarks' clock), with its children, so each
     * trial starts from the dataset alone. The dataset's own rows are all older.
     */
    void removeBenchmarkWrites(Instant writesFrom) {
        long from = writesFrom.toEpochMilli();
        String changes = table(ChangeEntity.class);
        String contributions = table(ContributionEntity.class);
        int removed = inTransaction(connection -> update(connection,
                "DELETE FROM " + table(ChangeFieldEntity.class) + " WHERE " + id("CHANGE_ID") + " IN (SELECT " + id("ID")
                        + " FROM " + changes + " WHERE " + id("CHANGED_AT_MILLIS") + " >= ?)", from)
                + update(connection, "DELETE FROM " + changes + " WHERE " + id("CHANGED_AT_MILLIS") + " >= ?", from)
                + update(connection, "DELETE FROM " + table(CorroborationEntity.class) + " WHERE "
                        + id("CREATED_AT_MILLIS") + " >= ?", from)
                + update(connection, "DELETE FROM " + table(BeneficiaryEntity.class) + " WHERE " + id("CONTRIBUTION_ID")
                        + " IN (SELECT " + id("ID") + " FROM " + contributions + " WHERE " + id("CREATED_AT_MILLIS")
                        + " >= ?)", from)
                + update(connection, "DELETE FROM " + contributions + " WHERE " + id("CREATED_AT_MILLIS") + " >= ?", from));
        if (removed > 0) {
            System.out.printf("Removed %,d rows written by earlier benchmark runs from %s%n", removed, database);
        }
    }

    /** Empties Glue Work's contribution tables (not the categories) and writes the dataset. */
    void load(BenchDataset dataset) {
        long started = System.nanoTime();
        inTransaction(connection -> {
            try (Statement statement = connection.createStatement()) {
                for (Class<? extends RawEntity<?>> type : LoadedTable.TYPES) {
                    statement.execute("TRUNCATE TABLE " + table(type));
                }
            }
            return 0;
        });
        IdCounters ids = new IdCounters();
        int reported = 0;
        for (int first = 1; first <= dataset.issues(); first += ISSUES_PER_TRANSACTION) {
            int from = first;
            int to = Math.min(dataset.issues(), first + ISSUES_PER_TRANSACTION - 1);
            inTransaction(connection -> {
                loadIssues(connection, dataset, from, to, ids);
                return 0;
            });
            int percent = (int) (100L * to / dataset.issues());
            if (dataset.issues() >= 10 * ISSUES_PER_TRANSACTION && percent >= reported + 10) {
                reported = percent - percent % 10;
                System.out.printf("  loaded %d%% (%,d issues) in %.0f s%n", percent, to, (System.nanoTime() - started) / 1e9);
            }
        }
        inTransaction(connection -> {
            for (Class<? extends RawEntity<?>> type : LoadedTable.TYPES) {
                restartIdsAfterLargest(connection, type);
            }
            return 0;
        });
        analyse();
    }

    private void loadIssues(Connection connection, BenchDataset dataset, int from, int to, IdCounters ids)
            throws SQLException {
        try (LoadedTable contributions = new LoadedTable(connection, ContributionEntity.class, "ID", "CATEGORY_KEY",
                "CONTRIBUTOR_KEY", "RECORDED_BY_KEY", "ISSUE_ID", "ISSUE_KEY", "PROJECT_ID", "PROJECT_KEY", "OCCURRED_ON",
                "SUMMARY", "IMPACT", "EVIDENCE_LINKS", "CONTRIB_STATE", "CONTRIB_SOURCE", "CREATED_AT_MILLIS",
                "UPDATED_AT_MILLIS", "ROW_VERSION");
             LoadedTable beneficiaries = new LoadedTable(connection, BeneficiaryEntity.class, "ID", "CONTRIBUTION_ID",
                     "BENEFICIARY_KEY", "LIST_INDEX");
             LoadedTable corroborations = new LoadedTable(connection, CorroborationEntity.class, "ID",
                     "CONTRIBUTION_ID", "CORROBORATOR_KEY", "NOTE", "CREATED_AT_MILLIS", "CONTRIBUTION_CORROBORATOR");
             LoadedTable changes = new LoadedTable(connection, ChangeEntity.class, "ID", "CONTRIBUTION_ID", "ACTOR_KEY",
                     "CHANGED_AT_MILLIS", "CHANGE_KIND", "CHANGE_KEY");
             LoadedTable fields = new LoadedTable(connection, ChangeFieldEntity.class, "ID", "CHANGE_ID",
                     "CONTRIBUTION_ID", "LIST_INDEX", "FIELD_NAME", "BEFORE_TEXT", "AFTER_TEXT")) {
            for (int n = from; n <= to; n++) {
                for (GeneratedContribution generated : dataset.generateIssue(n)) {
                    int id = generated.id();
                    NewContribution c = generated.contribution();
                    Instant updatedAt = generated.retired() ? generated.retiredAt() : c.createdAt();
                    contributions.add(id, c.categoryKey(), c.contributorKey(), c.recordedByKey(), c.issue().id(),
                            c.issue().key(), c.issue().projectId(), c.issue().projectKey(), c.occurredOn().toString(),
                            c.summary(), c.impact(), links(c.evidenceLinks()),
                            (generated.retired() ? ContributionState.RETIRED : ContributionState.ACTIVE).name(),
                            c.source().name(), c.createdAt().toEpochMilli(), updatedAt.toEpochMilli(), generated.version());
                    for (int i = 0; i < c.beneficiaryKeys().size(); i++) {
                        beneficiaries.add(++ids.beneficiary, id, c.beneficiaryKeys().get(i), i);
                    }
                    for (GeneratedCorroboration corroboration : generated.corroborations()) {
                        String corroborator = corroboration.corroboratorKey();
                        corroborations.add(++ids.corroboration, id, corroborator, corroboration.note(),
                                corroboration.createdAt().toEpochMilli(), id + ":" + corroborator);
                    }
                    for (NewContributionChange change : generated.history()) {
                        int changeId = ++ids.change;
                        changes.add(changeId, id, change.actorKey(), change.at().toEpochMilli(), change.kind().name(),
                                changeKey(id, change));
                        List<FieldChange> changed = change.fieldChanges();
                        for (int i = 0; i < changed.size(); i++) {
                            FieldChange field = changed.get(i);
                            fields.add(++ids.field, changeId, id, i, field.field(), field.before(), field.after());
                        }
                    }
                }
            }
        }
    }

    /**
     * The unique change key {@code AoContributionRepository} gives the entry: {@code <id>:v<version>} for the version
     * a change produces, {@code <id>:c<n>:<user>} for a person's n-th corroboration event. A dataset contribution is
     * created (version 1), perhaps retired (version 2), and corroborated at most once by each person.
     */
    private static String changeKey(int contributionId, NewContributionChange change) {
        return switch (change.kind()) {
            case CREATED -> contributionId + ":v1";
            case RETIRED -> contributionId + ":v2";
            case CORROBORATED -> contributionId + ":c1:" + change.actorKey();
            default -> throw new IllegalArgumentException("The dataset has no " + change.kind() + " entries");
        };
    }

    private static String links(List<URI> links) {
        return links.stream().map(URI::toString).collect(Collectors.joining("\n"));
    }

    /** Where Active Objects' next insert into {@code type}'s table gets its id: after the largest one there. */
    private void restartIdsAfterLargest(Connection connection, Class<? extends RawEntity<?>> type) throws SQLException {
        int largest;
        try (Statement statement = connection.createStatement();
             ResultSet max = statement.executeQuery("SELECT MAX(" + id("ID") + ") FROM " + table(type))) {
            max.next();
            largest = max.getInt(1);
        }
        try (Statement statement = connection.createStatement()) {
            if (database.isPostgres()) {
                // pg_get_serial_sequence parses its first argument as SQL, so the quoted table name goes in as is.
                statement.execute("SELECT setval(pg_get_serial_sequence('" + table(type) + "', 'ID'), "
                        + (largest + 1) + ", false)");
            } else {
                statement.execute("ALTER TABLE " + table(type) + " ALTER COLUMN " + id("ID") + " RESTART WITH "
                        + (largest + 1));
            }
        }
    }

    private void analyse() {
        try (Connection connection = connect(); Statement statement = connection.createStatement()) {
            connection.setAutoCommit(true); // VACUUM refuses to run inside a transaction
            for (Class<? extends RawEntity<?>> type : LoadedTable.TYPES) {
                statement.execute((database.isPostgres() ? "VACUUM (ANALYZE) " : "ANALYZE TABLE ") + table(type));
            }
        } catch (SQLException e) {
            throw new EntityManagerActiveObjects.ActiveObjectsSqlException(e);
        }
    }

    private String table(Class<? extends RawEntity<?>> type) {
        return provider.withSchema(tableNames.getName(type));
    }

    private String id(String column) {
        return provider.processID(column);
    }

    private static int update(Connection connection, String sql, long parameter) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setLong(1, parameter);
            return statement.executeUpdate();
        }
    }

    /**
     * A connection of its own, outside Active Objects' pool: on PostgreSQL with {@code reWriteBatchedInserts}, which
     * sends a batch of single-row inserts as multi-row ones, several times faster.
     */
    private Connection connect() throws SQLException {
        Properties properties = new Properties();
        properties.setProperty("user", database.user());
        properties.setProperty("password", database.password());
        if (database.isPostgres()) {
            properties.setProperty("reWriteBatchedInserts", "true");
        }
        return DriverManager.getConnection(database.jdbcUrl(), properties);
    }

    private int inTransaction(TransactionWork work) {
        try (Connection connection = connect()) {
            connection.setAutoCommit(false);
            try {
                int result = work.run(connection);
                connection.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new EntityManagerActiveObjects.ActiveObjectsSqlException(e);
        }
    }

    @FunctionalInterface
    private interface TransactionWork {
        int run(Connection connection) throws SQLException;
    }

    /** The next id of each child table, continued from one batch of issues to the next. */
    private static final class IdCounters {
        int beneficiary;
        int corroboration;
        int change;
        int field;
    }

    /** One table's batched {@code INSERT}, sent every {@value #ROWS_PER_BATCH} rows and when closed. */
    private final class LoadedTable implements AutoCloseable {
        static final List<Class<? extends RawEntity<?>>> TYPES = List.of(ContributionEntity.class,
                BeneficiaryEntity.class, CorroborationEntity.class, ChangeEntity.class, ChangeFieldEntity.class);

        private final PreparedStatement insert;
        private int pending;

        LoadedTable(Connection connection, Class<? extends RawEntity<?>> type, String... columns) throws SQLException {
            String columnList = Arrays.stream(columns).map(DatasetLoader.this::id).collect(Collectors.joining(", "));
            String placeholders = Arrays.stream(columns).map(c -> "?").collect(Collectors.joining(", "));
            insert = connection.prepareStatement(
                    "INSERT INTO " + table(type) + " (" + columnList + ") VALUES (" + placeholders + ")");
        }

        void add(Object... values) throws SQLException {
            for (int i = 0; i < values.length; i++) {
                insert.setObject(i + 1, values[i]);
            }
            insert.addBatch();
            if (++pending == ROWS_PER_BATCH) {
                flush();
            }
        }

        private void flush() throws SQLException {
            if (pending > 0) {
                insert.executeBatch();
                pending = 0;
            }
        }

        @Override
        public void close() throws SQLException {
            try {
                flush();
            } finally {
                insert.close();
            }
        }
    }
}
