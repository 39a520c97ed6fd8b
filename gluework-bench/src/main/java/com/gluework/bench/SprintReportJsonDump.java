package com.gluework.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Writes the benchmark sprint's report JSON ({@link SprintReportBenchmark#sprintReportJson}'s bytes) to a file, so a
 * change to the report's code can be checked to leave its output byte for byte the same on the benchmark's own data:
 * run it with the old and the new jar and compare the files ({@code cmp}).
 *
 * <p>The only difference two openings of a store make is the ids of the workload's unattached glue, which each trial
 * writes anew (the database's sequence moves on). Those ids are above every id of the loaded dataset, so they are
 * rewritten as {@code "added+N"} (N counted from the smallest of them): the comparison is over everything else exactly,
 * and over the order of the added glue.
 *
 * <p>Usage: {@code java -cp gluework-bench/target/benchmarks.jar com.gluework.bench.SprintReportJsonDump
 * <db> <size> <output file>}, e.g. {@code postgres 1m /tmp/report-1m.json}.
 */
public final class SprintReportJsonDump {
    private static final Pattern CONTRIBUTION_ID = Pattern.compile("\"contributionId\":(\\d+)");

    private SprintReportJsonDump() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 3) {
            throw new IllegalArgumentException("Usage: SprintReportJsonDump <h2|postgres> <100k|1m> <output file>");
        }
        BenchStore store = new BenchStore();
        store.db = args[0];
        store.pool = "dbcp";
        store.size = args[1];
        store.open();
        try {
            SprintWorkload workload = SprintWorkload.spreadOver(store.dataset());
            SprintReportStack reports = SprintReportStack.open(store.stack, workload);
            String json = new String(reports.reportJson(SprintWorkload.SPRINT_ID), java.nio.charset.StandardCharsets.UTF_8);
            long datasetSize = store.dataset().contributions();
            long firstAdded = Long.MAX_VALUE;
            Matcher ids = CONTRIBUTION_ID.matcher(json);
            while (ids.find()) {
                long id = Long.parseLong(ids.group(1));
                if (id > datasetSize) {
                    firstAdded = Math.min(firstAdded, id);
                }
            }
            long base = firstAdded;
            String normalised = CONTRIBUTION_ID.matcher(json).replaceAll(m -> {
                long id = Long.parseLong(m.group(1));
                return id > datasetSize ? "\"contributionId\":\"added+" + (id - base) + "\"" : m.group();
            });
            Files.writeString(Path.of(args[2]), normalised);
            System.out.printf("Wrote %,d characters of sprint %d's report JSON to %s%n", normalised.length(),
                    SprintWorkload.SPRINT_ID, args[2]);
        } finally {
            store.close();
        }
    }
}
