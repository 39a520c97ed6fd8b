package com.gluework.preview.bench;

import com.gluework.ao.entity.ContributionEntity;
import com.gluework.ao.testing.GlueWorkTableNameConverter;
import com.gluework.ao.testing.PostgresDatabase;
import com.gluework.ao.testing.TestPostgres;
import com.gluework.preview.PreviewApplication;
import com.gluework.preview.PreviewOptions;
import com.gluework.preview.store.DurableActiveObjects;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Starts the preview, fills its Active Objects store with {@code --contributions} rows spread over {@code --issues}
 * issues (AO's own bulk insert, 1,000 rows per batch, through the preview's store), warms up, then times {@code --requests} sequential GETs of
 * the panel fragment ({@code /rest/gluework/1.0/issues/GW-n/panel}, as bob, HTTP Basic) and prints p50/p95/p99.
 * The 40 demo issues get their share of the rows, so every measured panel reads from a full table.
 * <p>
 * {@code --jdbc-url} measures on another database (PostgreSQL); its four Glue Work tables are dropped first, so point
 * it at a scratch database, never at one you care about. {@code --embedded-postgres} measures on a fresh database of
 * an embedded PostgreSQL 16 started for the run ({@code TestPostgres}).
 */
public final class PanelLatencyBenchmark {
    private static final int BATCH = 1_000;
    private static final int DEMO_ISSUES = 40;
    private static final String[] CATEGORIES = {"clarification", "review", "documentation", "mentoring", "coordination",
            "facilitation", "incident", "quality"};
    private static final String[] PEOPLE = {"alice", "bob", "carol", "dave", "erin", "frank"};

    private PanelLatencyBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = parse(args);
        int contributions = Integer.parseInt(options.getOrDefault("--contributions", "100000"));
        int issues = Integer.parseInt(options.getOrDefault("--issues", "10000"));
        int warmup = Integer.parseInt(options.getOrDefault("--warmup", "500"));
        int requests = Integer.parseInt(options.getOrDefault("--requests", "2000"));
        Path dataDir = Files.createTempDirectory("gluework-bench");
        PreviewOptions preview = PreviewOptions.defaults().withPort(0).withDataDir(dataDir);
        String database = "H2 file";
        if (options.containsKey("--jdbc-url")) {
            preview = preview.withDatabase(options.get("--jdbc-url"), options.getOrDefault("--jdbc-user", ""),
                    options.getOrDefault("--jdbc-password", ""));
            dropGlueWorkTables(preview);
            database = "PostgreSQL";
        } else if (options.containsKey("--embedded-postgres")) {
            PostgresDatabase fresh = TestPostgres.newDatabase();
            preview = preview.withDatabase(fresh.url(), fresh.user(), fresh.password());
            database = "PostgreSQL (embedded)";
        }

        try (PreviewApplication app = PreviewApplication.start(preview, Clock.systemDefaultZone())) {
            long filling = System.nanoTime();
            fill(app.store(), contributions, issues);
            System.out.printf("Filled %,d contributions over %,d issues in %.1f s (%s)%n", contributions, issues,
                    (System.nanoTime() - filling) / 1e9, database);

            HttpClient http = HttpClient.newHttpClient();
            String auth = "Basic " + Base64.getEncoder().encodeToString("bob:bob".getBytes(StandardCharsets.UTF_8));
            for (int i = 0; i < warmup; i++) {
                panel(http, app, auth, i);
            }
            long[] nanos = new long[requests];
            for (int i = 0; i < requests; i++) {
                long start = System.nanoTime();
                panel(http, app, auth, i);
                nanos[i] = System.nanoTime() - start;
            }
            Arrays.sort(nanos);
            System.out.printf("Panel fragment, %s, %,d contributions, %,d requests after %,d warm-up: "
                            + "p50 %.1f ms | p95 %.1f ms | p99 %.1f ms | max %.1f ms%n", database, contributions, requests, warmup,
                    percentile(nanos, 50), percentile(nanos, 95), percentile(nanos, 99), nanos[nanos.length - 1] / 1e6);
        }
    }

    private static void panel(HttpClient http, PreviewApplication app, String auth, int i) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(app.baseUrl().resolve("/rest/gluework/1.0/issues/GW-" + (1 + i % DEMO_ISSUES) + "/panel"))
                .header("Authorization", auth).GET().build();
        HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("Panel answered " + response.statusCode());
        }
    }

    /**
     * Rows shaped like real ones; issue {@code n < 40} is demo issue GW-(n+1), the rest are issues of a LOAD project.
     * Through the running preview's own store: on embedded H2 a second opening of its file (by URL) is refused.
     */
    static void fill(DurableActiveObjects store, int contributions, int issues) {
        Random random = new Random(42);
        LocalDate today = LocalDate.now();
        List<Map<String, Object>> batch = new ArrayList<>(BATCH);
        for (int n = 0; n < contributions; n++) {
            int issue = n % issues;
            boolean demo = issue < DEMO_ISSUES;
            Map<String, Object> row = new HashMap<>();
            row.put("CATEGORY_KEY", CATEGORIES[random.nextInt(CATEGORIES.length)]);
            String contributor = PEOPLE[random.nextInt(PEOPLE.length)];
            row.put("CONTRIBUTOR_KEY", contributor);
            row.put("RECORDED_BY_KEY", random.nextInt(4) == 0 ? "alice" : contributor);
            row.put("ISSUE_ID", demo ? 10_001L + issue : 1_000_000L + issue);
            row.put("ISSUE_KEY", demo ? "GW-" + (issue + 1) : "LOAD-" + issue);
            row.put("PROJECT_ID", demo ? 10_000L : 999_999L);
            row.put("PROJECT_KEY", demo ? "GW" : "LOAD");
            row.put("OCCURRED_ON", today.minusDays(random.nextInt(120)).toString());
            row.put("SUMMARY", "Load-test glue #" + n + ": reviewed the change and unblocked a teammate");
            row.put("IMPACT", random.nextBoolean() ? "Saved a day of rework for the team" : "");
            row.put("EVIDENCE_LINKS", random.nextInt(5) == 0 ? "https://git.payments.example/pull/" + n : "");
            row.put("CONTRIB_STATE", "ACTIVE");
            row.put("CONTRIB_SOURCE", "MANUAL");
            long created = System.currentTimeMillis() - random.nextInt(1_000_000_000);
            row.put("CREATED_AT_MILLIS", created);
            row.put("UPDATED_AT_MILLIS", created);
            row.put("ROW_VERSION", 1);
            batch.add(row);
            if (batch.size() == BATCH) {
                store.createAll(ContributionEntity.class, batch);
                batch = new ArrayList<>(BATCH);
            }
        }
        if (!batch.isEmpty()) {
            store.createAll(ContributionEntity.class, batch);
        }
    }

    static void dropGlueWorkTables(PreviewOptions preview) throws Exception {
        try (Connection connection = DriverManager.getConnection(preview.jdbcUrl().orElseThrow(), preview.jdbcUser(), preview.jdbcPassword());
             Statement sql = connection.createStatement()) {
            for (String table : List.of("BENEFICIARY", "CORROB", "CONTRIB", "CATEGORY")) {
                sql.execute("DROP TABLE IF EXISTS \"" + GlueWorkTableNameConverter.PREFIX + table + "\" CASCADE");
            }
        }
    }

    private static double percentile(long[] sorted, int percent) {
        int index = (int) Math.ceil(percent / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))] / 1e6;
    }

    static Map<String, String> parse(String[] args) {
        Map<String, String> options = new HashMap<>();
        for (int i = 0; i < args.length; i++) {
            boolean flag = i + 1 == args.length || args[i + 1].startsWith("--"); // e.g. --embedded-postgres
            options.put(args[i], flag ? "true" : args[++i]);
        }
        return options;
    }
}
