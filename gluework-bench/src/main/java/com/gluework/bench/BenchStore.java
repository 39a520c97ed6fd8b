package com.gluework.bench;

import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

import java.util.IntSummaryStatistics;
import java.util.function.IntFunction;
import java.util.stream.IntStream;

/**
 * The store every benchmark works on, one per trial: which database, how Active Objects reaches it, and how much
 * glue is in it. Opening it removes what earlier trials wrote, so each trial starts from the same dataset.
 */
@State(Scope.Benchmark)
public class BenchStore {
    @Param({BenchDatabase.H2, BenchDatabase.POSTGRES})
    public String db;

    /** {@code dbcp} as in Jira and Confluence; {@code none}: AO's builder without a pool, a connection per statement. */
    @Param({"dbcp", "none"})
    public String pool;

    /** {@value BenchDataset#SIZE_100K} or {@value BenchDataset#SIZE_1M} contributions, ten per issue. */
    @Param({BenchDataset.SIZE_100K})
    public String size;

    PanelStack stack;

    @Setup(Level.Trial)
    public void open() {
        BenchDataset dataset = BenchDataset.ofSize(size);
        stack = PanelStack.open(BenchDatabase.named(db, dataset), ConnectionPooling.named(pool), dataset);
    }

    @TearDown(Level.Trial)
    public void close() {
        stack.close();
    }

    BenchDataset dataset() {
        return stack.dataset();
    }

    /**
     * Prints, with the results, how many SQL statements {@code samples} calls of an operation sent each: the numbers
     * behind "constant per request". {@code operation} gets the sample's index.
     */
    void reportStatements(String operation, int samples, IntFunction<Runnable> call) {
        IntSummaryStatistics statements = IntStream.range(0, samples)
                .map(i -> stack.statementsDuring(call.apply(i)))
                .summaryStatistics();
        System.out.printf("%nSQL statements per %s on %s, pool %s, %s contributions, over %d calls: min %d, max %d%n",
                operation, db, pool, size, samples, statements.getMin(), statements.getMax());
    }
}
