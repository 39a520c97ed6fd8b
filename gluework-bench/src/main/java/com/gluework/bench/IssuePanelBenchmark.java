package com.gluework.bench;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;

/**
 * Latency of the issue-panel HTML fragment ({@code GET /rest/gluework/1.0/issues/{key}/panel}) for a random issue per
 * call, with 100,000 or 1,000,000 contributions in the store ({@link BenchStore#size}). Sample-time mode, so JMH
 * reports the p50/p95/p99 the target (p95 ≤ 20 ms) is stated in. See docs/benchmarks.md.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 10)
@Measurement(iterations = 5, time = 10)
@Fork(1)
public class IssuePanelBenchmark {
    private static final String ROW_MARKER = "data-contribution-id=\"";
    private static final int STATEMENT_SAMPLE = 200;

    @Setup(Level.Trial)
    public void checkWhatIsMeasured(BenchStore store) {
        requireRenderedRows(store.stack, BenchDataset.issueKey(1));
        SplittableRandom random = new SplittableRandom(7);
        store.reportStatements("panel render", STATEMENT_SAMPLE, i -> {
            String issueKey = BenchDataset.issueKey(random.nextInt(1, store.dataset().issues() + 1));
            return () -> store.stack.renderPanel(issueKey);
        });
    }

    /** Each benchmark thread draws its own issues; the seed is fixed so runs read the same issues. */
    @State(Scope.Thread)
    public static class RandomIssue {
        private final SplittableRandom random = new SplittableRandom(42);
        private int issues;

        @Setup(Level.Trial)
        public void knowIssues(BenchStore store) {
            issues = store.dataset().issues();
        }

        String next() {
            return BenchDataset.issueKey(random.nextInt(1, issues + 1));
        }
    }

    @Benchmark
    public String issuePanelFragment(BenchStore store, RandomIssue issue) {
        return store.stack.renderPanel(issue.next());
    }

    /** A benchmark that measured an error page or an empty panel would be fast and worthless. */
    private static void requireRenderedRows(PanelStack stack, String issueKey) {
        String html = stack.renderPanel(issueKey);
        int rows = (html.length() - html.replace(ROW_MARKER, "").length()) / ROW_MARKER.length();
        if (rows == 0) {
            throw new IllegalStateException("The panel of " + issueKey + " shows no contribution:\n" + html);
        }
    }
}
