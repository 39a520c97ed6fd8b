package com.gluework.bench;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

import java.util.IntSummaryStatistics;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

/**
 * Latency of the issue-panel HTML fragment ({@code GET /rest/gluework/1.0/issues/{key}/panel}) with
 * {@link BenchDataset#FULL 100,000 contributions} in the store, for a random issue per call. Sample-time mode, so
 * JMH reports the p50/p95/p99 the target (p95 ≤ 20 ms) is stated in. See docs/benchmarks.md.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 10)
@Measurement(iterations = 5, time = 10)
@Fork(1)
public class IssuePanelBenchmark {
    private static final String ROW_MARKER = "class=\"gluework-contribution\"";
    private static final int STATEMENT_SAMPLE = 200;

    @Param({BenchDatabase.H2, BenchDatabase.POSTGRES})
    public String db;

    /** {@code dbcp} as in Jira and Confluence; {@code none}: AO's builder without a pool, a connection per statement. */
    @Param({"dbcp", "none"})
    public String pool;

    private PanelStack stack;

    @Setup(Level.Trial)
    public void openStore() {
        stack = PanelStack.open(BenchDatabase.named(db), ConnectionPooling.named(pool), BenchDataset.FULL);
        requireRenderedRows(BenchDataset.issueKey(1));
        reportStatementsPerRender();
    }

    @TearDown(Level.Trial)
    public void closeStore() {
        stack.close();
    }

    /** Each benchmark thread draws its own issues; the seed is fixed so runs read the same issues. */
    @State(Scope.Thread)
    public static class RandomIssue {
        private final SplittableRandom random = new SplittableRandom(42);

        String next() {
            return BenchDataset.issueKey(random.nextInt(1, BenchDataset.FULL.issues() + 1));
        }
    }

    @Benchmark
    public String issuePanelFragment(RandomIssue issue) {
        return stack.renderPanel(issue.next());
    }

    /** A benchmark that measured an error page or an empty panel would be fast and worthless. */
    private void requireRenderedRows(String issueKey) {
        String html = stack.renderPanel(issueKey);
        int rows = (html.length() - html.replace(ROW_MARKER, "").length()) / ROW_MARKER.length();
        if (rows == 0) {
            throw new IllegalStateException("The panel of " + issueKey + " shows no contribution:\n" + html);
        }
    }

    /** Printed with the results: the number of queries must not grow with the rows an issue has. */
    private void reportStatementsPerRender() {
        SplittableRandom random = new SplittableRandom(7);
        IntSummaryStatistics statements = IntStream.range(0, STATEMENT_SAMPLE)
                .map(i -> stack.statementsDuring(() -> stack.renderPanel(
                        BenchDataset.issueKey(random.nextInt(1, BenchDataset.FULL.issues() + 1)))))
                .summaryStatistics();
        System.out.printf("%nSQL statements per panel render on %s (pool %s) over %d random issues: min %d, max %d%n",
                db, pool, STATEMENT_SAMPLE, statements.getMin(), statements.getMax());
    }
}
