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

import java.util.concurrent.TimeUnit;

/**
 * The issue-panel fragment with "Possible glue" (issue 12), for a random issue per call: the same render as
 * {@link IssuePanelBenchmark} plus the suggestion service (recorded glue of the issue, dismissals by issue id in AO,
 * the five rules over a busy issue's activity from {@link BenchActivity}). What suggestions add is this benchmark's
 * figure minus {@link IssuePanelBenchmark}'s, on the same store in the same run.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 10)
@Measurement(iterations = 5, time = 10)
@Fork(1)
public class IssuePanelWithSuggestionsBenchmark {

    @Setup(Level.Trial)
    public void checkWhatIsMeasured(BenchStore store) {
        String html = store.stack.renderPanelWithSuggestions(BenchDataset.issueKey(1));
        if (!html.contains("data-suggestion-id=")) {
            throw new IllegalStateException("The panel of " + BenchDataset.issueKey(1) + " shows no suggestion:\n" + html);
        }
    }

    /** {@link IssuePanelBenchmark}'s own issue draw (same seed, per thread), so both benchmarks render the same issues. */
    @Benchmark
    public String issuePanelFragmentWithSuggestions(BenchStore store, IssuePanelBenchmark.RandomIssue issue) {
        return store.stack.renderPanelWithSuggestions(issue.next());
    }
}
