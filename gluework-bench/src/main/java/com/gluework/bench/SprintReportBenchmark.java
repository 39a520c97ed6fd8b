package com.gluework.bench;

import com.gluework.core.model.Contribution;
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

import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Latency of one sprint's glue-wins report as JSON ({@code GET /rest/gluework/1.0/sprints/{sprintId}/report}) for a
 * sprint of 200 issues and about 2,000 contributions compared with a previous sprint of the same size
 * ({@link SprintWorkload}), with 100,000 or 1,000,000 contributions in the store ({@link BenchStore#size}). Sample-time
 * mode, so JMH reports the p50/p95/p99 the target (p95 ≤ 150 ms) is stated in; {@code -prof gc} adds the bytes
 * allocated per report, which must not grow with the store. {@link #sprintIssuesGlue} measures the report's largest
 * part alone. See docs/benchmarks.md.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 10)
@Measurement(iterations = 5, time = 10)
@Fork(1)
public class SprintReportBenchmark {
    private static final int STATEMENT_SAMPLE = 5;

    private SprintReportStack reports;

    @Setup(Level.Trial)
    public void open(BenchStore store) {
        SprintWorkload workload = SprintWorkload.spreadOver(store.dataset());
        reports = SprintReportStack.open(store.stack, workload);
        requireFullReport(workload);
        store.reportStatements("sprint report", STATEMENT_SAMPLE, i -> () -> reports.reportJson(SprintWorkload.SPRINT_ID));
    }

    @Benchmark
    public byte[] sprintReportJson() {
        return reports.reportJson(SprintWorkload.SPRINT_ID);
    }

    /**
     * The report's floor, measured in the same run (issue 13): the same rows read with plain JDBC and summed
     * ({@link SprintReportStack#floorRowsSummed}). docs/benchmarks.md reports {@link #sprintReportJson} / this.
     */
    @Benchmark
    public long sprintReportFloor() {
        return reports.floorRowsSummed();
    }

    /**
     * A second floor (issue 13, after the report's reads were narrowed): exactly the rows and columns a report reads now
     * ({@link SprintReportStack#floorOfReportReadsSummed}), with plain JDBC, summed.
     */
    @Benchmark
    public long sprintReportFloorOfReportReads() {
        return reports.floorOfReportReadsSummed();
    }

    /**
     * {@link #sprintReportFloorOfReportReads} in the shape of the report's plain SQL read: one {@code UNION ALL}
     * statement per sprint for its issues and one for its unattached glue
     * ({@link SprintReportStack#floorOfReportReadsInOneStatementSummed}). Compared with that floor it prices the
     * statement's shape alone (one statement vs two), not part of issue 13's ratio.
     */
    @Benchmark
    public long sprintReportFloorOfReportReadsInOneStatement() {
        return reports.floorOfReportReadsInOneStatementSummed();
    }

    /**
     * Where most of a report's time goes, on its own: reading the sprint's 2,000 contributions with their
     * corroborations as a report reads them (the report does it twice, for the sprint and the previous one). Not a
     * target, an explanation.
     */
    @Benchmark
    public List<Contribution> sprintIssuesGlue() {
        return reports.sprintIssuesGlue(SprintWorkload.SPRINT_ID);
    }

    /** A report that counted less than the sprint's glue (a wrong id, a lost filter) would be fast and worthless. */
    private void requireFullReport(SprintWorkload workload) {
        var report = reports.report(SprintWorkload.SPRINT_ID);
        int counted = report.headline().contributions();
        if (counted != workload.expectedCountedGlue() || report.comparison() == null) {
            throw new IllegalStateException("The report of " + workload + " counts " + counted + " contributions, expected "
                    + workload.expectedCountedGlue() + (report.comparison() == null ? ", and has no comparison" : ""));
        }
        System.out.printf("%nReport of %s: %,d contributions counted, %,d wins, %,d JSON bytes%n", workload, counted,
                report.wins().size(), reports.reportJson(SprintWorkload.SPRINT_ID).length);
    }
}
