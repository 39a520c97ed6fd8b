package com.gluework.bench;

import com.gluework.bench.BenchDataset.GeneratedContribution;
import com.gluework.web.rest.dto.ContributionDto;
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

import java.util.ArrayDeque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;

/**
 * Latency of corroborating glue ({@code POST /rest/gluework/1.0/contributions/{id}/corroborations}): a teammate who
 * neither did, recorded nor already corroborated a random active contribution adds a "+1", with a note half of the time,
 * through the REST resource — the visibility check, the insert with its history entry in one transaction, and the
 * re-read of the contribution for the response. Every call is one the rules accept (see {@link Candidates}); a
 * refused one throws and fails the run rather than being timed as a fast success. Target: p95 ≤ 30 ms.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 10)
@Measurement(iterations = 5, time = 10)
@Fork(1)
public class CorroborateBenchmark {
    private static final int STATEMENT_SAMPLE = 50;

    @Setup(Level.Trial)
    public void reportStatements(BenchStore store, Candidates candidates) {
        store.reportStatements("corroboration", STATEMENT_SAMPLE, i -> {
            Candidate candidate = candidates.next();
            return () -> store.stack.corroborate(candidate.corroborator(), candidate.contributionId(), candidate.note());
        });
    }

    /** Who corroborates which contribution, with what note. */
    record Candidate(int contributionId, String corroborator, String note) {
    }

    /**
     * Corroborations the rules accept, picked from the dataset as generated (who did each contribution and who
     * corroborated it is known without asking the database) minus the ones this trial already made; the store
     * started the trial holding the dataset alone. Picked before each iteration, outside the measurement; enough for
     * a 10 s iteration at 0.5 ms a call, and a call beyond that picks its own.
     */
    @State(Scope.Benchmark)
    public static class Candidates {
        private static final int PER_ITERATION = 20_000;

        private final SplittableRandom random = new SplittableRandom(99);
        /** Contribution id × 16 + the index of the corroborator in {@link BenchDataset#PEOPLE}. */
        private final Set<Long> made = new HashSet<>();
        private final ArrayDeque<Candidate> picked = new ArrayDeque<>();
        private BenchDataset dataset;

        @Setup(Level.Trial)
        public void knowDataset(BenchStore store) {
            from(store.dataset());
        }

        Candidates from(BenchDataset corroborated) {
            dataset = corroborated;
            return this;
        }

        @Setup(Level.Iteration)
        public void pickForIteration() {
            while (picked.size() < PER_ITERATION) {
                picked.add(pick());
            }
        }

        synchronized Candidate next() {
            Candidate next = picked.poll();
            return next != null ? next : pick();
        }

        private Candidate pick() {
            while (true) {
                int n = random.nextInt(1, dataset.issues() + 1);
                List<GeneratedContribution> contributions = dataset.generateIssue(n);
                GeneratedContribution c = contributions.get(random.nextInt(contributions.size()));
                if (c.retired()) {
                    continue; // corroborating retired glue is refused with 409
                }
                int person = random.nextInt(BenchDataset.PEOPLE.size());
                String corroborator = BenchDataset.PEOPLE.get(person)[0];
                if (corroborator.equals(c.contribution().contributorKey())
                        || corroborator.equals(c.contribution().recordedByKey()) || c.isCorroboratedBy(corroborator)
                        || !made.add(c.id() * 16L + person)) {
                    continue; // refused with 403 (own glue, or glue they recorded) or 409 (already corroborated)
                }
                String note = random.nextBoolean() ? "" : BenchDataset.text(random, 20, 120);
                return new Candidate(c.id(), corroborator, note);
            }
        }
    }

    @Benchmark
    public ContributionDto corroborate(BenchStore store, Candidates candidates) {
        Candidate candidate = candidates.next();
        return store.stack.corroborate(candidate.corroborator(), candidate.contributionId(), candidate.note());
    }
}
