package com.gluework.bench;

import com.gluework.core.model.Category;
import com.gluework.core.model.DefaultCategories;
import com.gluework.web.rest.dto.ContributionDto;
import com.gluework.web.rest.dto.NewContributionDto;
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
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;

/**
 * Latency of recording glue ({@code POST /rest/gluework/1.0/issues/{key}/contributions}): a random teammate records a
 * realistic contribution on a random issue — for themselves, or for a colleague as a peer observation — through the
 * REST resource, so the measurement covers validation (category and people lookups), the insert of the contribution,
 * its beneficiaries and its history entry with field values in one transaction, and the response body. Every call
 * must come back 201; a refused one throws and fails the run. Target: p95 ≤ 30 ms.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 10)
@Measurement(iterations = 5, time = 10)
@Fork(1)
public class RecordContributionBenchmark {
    private static final int STATEMENT_SAMPLE = 50;
    private static final List<String> CATEGORY_KEYS = DefaultCategories.all().stream().map(Category::key).toList();

    @Setup(Level.Trial)
    public void reportStatements(BenchStore store) {
        RandomRecording recording = new RandomRecording().on(store.dataset());
        store.reportStatements("record", STATEMENT_SAMPLE, i -> {
            RandomRecording.Request request = recording.next();
            return () -> store.stack.record(request.actor(), request.issueKey(), request.body());
        });
    }

    /** What each call records where, drawn per thread from a fixed seed. */
    @State(Scope.Thread)
    public static class RandomRecording {
        private final SplittableRandom random = new SplittableRandom(1234);
        private int issues;

        @Setup(Level.Trial)
        public void knowIssues(BenchStore store) {
            on(store.dataset());
        }

        RandomRecording on(BenchDataset dataset) {
            issues = dataset.issues();
            return this;
        }

        record Request(String actor, String issueKey, NewContributionDto body) {
        }

        /** A few microseconds of string building, noise next to the milliseconds of a write. */
        Request next() {
            String actor = BenchDataset.person(random);
            return new Request(actor, BenchDataset.issueKey(random.nextInt(1, issues + 1)),
                    body(actor));
        }

        /** Shaped like the dataset's glue: 30% for a teammate, 60% with impact, 40% with beneficiaries, 30% with links. */
        private NewContributionDto body(String actor) {
            String contributor = random.nextInt(10) < 7 ? null : BenchDataset.otherThan(random, actor);
            String doer = contributor == null ? actor : contributor;
            List<String> beneficiaries = random.nextInt(10) < 4 ? List.of(BenchDataset.otherThan(random, doer)) : List.of();
            List<String> links = random.nextInt(10) < 3
                    ? List.of("https://bitbucket.example.com/projects/BENCH/repos/gluework/pull-requests/"
                    + random.nextInt(1, 20_000) + "/overview")
                    : List.of();
            return new NewContributionDto(CATEGORY_KEYS.get(random.nextInt(CATEGORY_KEYS.size())), contributor,
                    BenchDataset.text(random, 40, 200), random.nextInt(10) < 6 ? BenchDataset.text(random, 50, 300) : "",
                    beneficiaries, links, null);
        }
    }

    @Benchmark
    public ContributionDto recordContribution(BenchStore store, RandomRecording recording) {
        RandomRecording.Request request = recording.next();
        return store.stack.record(request.actor(), request.issueKey(), request.body());
    }
}
