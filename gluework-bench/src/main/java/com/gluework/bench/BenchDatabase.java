package com.gluework.bench;

import com.gluework.ao.testing.PostgresDatabase;
import com.gluework.ao.testing.TestPostgres;

import java.nio.file.Path;
import java.util.Locale;

/**
 * Where a benchmark's store lives. The databases persist between runs and JMH forks, so a dataset is loaded once;
 * each dataset size has its own, and each is separate from anything the tests use, because the AO contract tests
 * wipe their tables.
 *
 * <ul>
 *   <li>{@code h2}: an H2 file under {@code gluework-bench/target/bench-data} ({@code -Dgluework.bench.dataDir} to
 *       move it): {@code gluework} for 100k, {@code gluework_1m} for 1m. {@code DB_CLOSE_DELAY=-1} keeps the
 *       database open while no connection is, since {@code EntityManagerActiveObjects} without a pool on the class
 *       path opens a connection per statement.</li>
 *   <li>{@code postgres}: database {@code gluework_jmh} (100k) or {@code gluework_jmh_1m} (1m) on an embedded
 *       PostgreSQL 16 that each JVM starts on {@code target/bench-data/postgres-16} (kept between runs and forks,
 *       default durability; see {@code TestPostgres.keptDatabase}), so nothing needs installing;
 *       {@code -Dgluework.bench.pg.url/.user/.password} measure on a server of yours instead (one database for every
 *       size then, reloaded when the size changes). Not {@code gluework_test} (the AO contract tests empty it) nor
 *       {@code gluework_bench} (the preview's HTTP benchmark drops and recreates its tables).</li>
 * </ul>
 */
public record BenchDatabase(String name, String jdbcUrl, String user, String password) {
    public static final String H2 = "h2";
    public static final String POSTGRES = "postgres";

    /** The store of {@code dataset} in database {@code name} ({@value #H2} or {@value #POSTGRES}). */
    public static BenchDatabase named(String name, BenchDataset dataset) {
        String suffix = dataset.storeSuffix();
        return switch (name.toLowerCase(Locale.ROOT)) {
            case H2 -> new BenchDatabase(H2, "jdbc:h2:file:" + dataDir().resolve("gluework" + suffix).toAbsolutePath()
                    + ";DB_CLOSE_DELAY=-1", "sa", "");
            case POSTGRES -> System.getProperty("gluework.bench.pg.url", "").isBlank()
                    ? embedded(TestPostgres.keptDatabase(dataDir().resolve("postgres-16"), "gluework_jmh" + suffix))
                    : new BenchDatabase(POSTGRES, System.getProperty("gluework.bench.pg.url"),
                            System.getProperty("gluework.bench.pg.user", "gluework"),
                            System.getProperty("gluework.bench.pg.password", "gluework"));
            default -> throw new IllegalArgumentException("Unknown database '" + name + "'; use h2 or postgres");
        };
    }

    private static BenchDatabase embedded(PostgresDatabase database) {
        return new BenchDatabase(POSTGRES, database.url(), database.user(), database.password());
    }

    public boolean isPostgres() {
        return POSTGRES.equals(name);
    }

    /**
     * {@code target/bench-data} of this module, found from where the benchmark classes were loaded (the shaded jar or
     * {@code target/classes}, both in {@code target}), so the data stays put whatever directory JMH is started from.
     */
    static Path dataDir() {
        String configured = System.getProperty("gluework.bench.dataDir");
        if (configured != null && !configured.isBlank()) {
            return Path.of(configured);
        }
        try {
            Path codeSource = Path.of(BenchDatabase.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            return codeSource.getParent().resolve("bench-data");
        } catch (Exception e) {
            return Path.of("target", "bench-data");
        }
    }

    @Override
    public String toString() {
        return name + " (" + jdbcUrl + ")";
    }
}
