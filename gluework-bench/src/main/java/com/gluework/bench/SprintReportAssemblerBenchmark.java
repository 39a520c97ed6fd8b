package com.gluework.bench;

import com.gluework.core.model.Contribution;
import com.gluework.core.report.SprintReport;
import com.gluework.core.report.SprintReportAssembler;
import com.gluework.core.report.SprintReportInput;
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
import java.util.function.Predicate;

/**
 * The pure part of the sprint report: {@link SprintReportAssembler#assemble} — selection, person × category matrix,
 * distribution (shares, Gini, silos), hero alert and opportunities, wins, the comparison with the previous sprint and
 * the outcome signals from the issues' histories — on an input built in memory by {@link SprintWorkload}: 200 issues
 * with status histories and about 2,000 contributions per sprint (the same generator and issues as the 100k store's
 * {@link SprintReportBenchmark}), a team of seven, five other contributors, the default categories. No database, no
 * JSON: what the report costs on top of fetching its data.
 */
@State(Scope.Benchmark)
@BenchmarkMode({Mode.SampleTime, Mode.AverageTime})
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
@Fork(1)
public class SprintReportAssemblerBenchmark {
    private SprintReportInput input;
    private Predicate<Contribution> viewerMaySee;

    @Setup(Level.Trial)
    public void buildInput() {
        SprintWorkload workload = SprintWorkload.spreadOver(BenchDataset.ofSize(BenchDataset.SIZE_100K));
        input = workload.inMemoryInput();
        viewerMaySee = workload.viewerMaySee();
        SprintReport report = assemble();
        System.out.printf("%nAssembling %s: %,d candidate contributions in the sprint, %,d in the previous one; "
                        + "the report counts %,d, with %,d wins%n", workload, input.current().contributions().size(),
                input.previous().orElseThrow().contributions().size(), report.headline().contributions(),
                report.wins().size());
    }

    @Benchmark
    public SprintReport assemble() {
        return SprintReportAssembler.assemble(input, viewerMaySee);
    }
}
