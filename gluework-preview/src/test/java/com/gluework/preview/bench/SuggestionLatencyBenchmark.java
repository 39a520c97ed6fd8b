package com.gluework.preview.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.gluework.core.model.IssueRef;
import com.gluework.core.suggest.GlueSuggester;
import com.gluework.core.suggest.HistoryItem;
import com.gluework.core.suggest.IssueActivity;
import com.gluework.core.suggest.IssueComment;
import com.gluework.core.suggest.RemoteLink;
import com.gluework.core.suggest.SprintPeriod;
import com.gluework.core.suggest.SuggestionRule;
import com.gluework.core.testing.InMemorySuggestionDismissals;
import com.gluework.preview.jirarest.JiraRestIssueActivitySource;
import com.gluework.preview.jirarest.SharedJiraResponses;
import org.junit.Test;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * How long the suggestion rules take for one issue, in process: the part of "Possible glue" that grows with an issue's
 * activity rather than with the number of contributions (that part is the panel's own {@code findByIssue}, measured in
 * docs/benchmarks.md). Not a test: surefire does not pick up {@code *Benchmark}; run it with
 * {@code -Dtest=SuggestionLatencyBenchmark}.
 */
public class SuggestionLatencyBenchmark {
    private static final int WARMUP = 300;
    private static final int RUNS = 1_000;

    private final GlueSuggester suggester = new GlueSuggester(GlueSuggester.defaultRules(), new InMemorySuggestionDismissals());

    @Test
    public void measure() {
        JsonNode tst2 = SharedJiraResponses.read(
                "schrepfler__jira-rest-java-client/test/src/test/resources/json/issue/valid-all-expanded.json");
        report("JRJC TST-2 (44 history items, 4 comments): JSON read + rules",
                () -> suggester.suggest(JiraRestIssueActivitySource.toActivity(tst2, null, null), List.of()));
        IssueActivity busy = heavyIssue(200, 50, 5);
        report("synthetic busy issue (200 history items, 50 comments, 5 links): rules only",
                () -> suggester.suggest(busy, List.of()));
        IssueActivity heavy = heavyIssue(2_000, 500, 20);
        report("synthetic extreme issue (2,000 history items, 500 comments, 20 links): rules only",
                () -> suggester.suggest(heavy, List.of()));
        for (SuggestionRule rule : GlueSuggester.defaultRules()) {
            report("  of which " + rule.getClass().getSimpleName(), () -> rule.suggest(heavy));
        }
    }

    private static void report(String what, Supplier<?> run) {
        for (int i = 0; i < WARMUP; i++) {
            run.get();
        }
        // Thread CPU time as well as wall time: on a shared, loaded machine the wall time mostly measures the queue.
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long[] wall = new long[RUNS];
        long[] cpu = new long[RUNS];
        for (int i = 0; i < RUNS; i++) {
            long startCpu = threads.getCurrentThreadCpuTime();
            long start = System.nanoTime();
            run.get();
            wall[i] = System.nanoTime() - start;
            cpu[i] = threads.getCurrentThreadCpuTime() - startCpu;
        }
        Arrays.sort(wall);
        Arrays.sort(cpu);
        System.out.printf(Locale.ROOT, "%s: CPU p50 %.3f ms, p95 %.3f ms; wall p50 %.3f ms, p95 %.3f ms, p99 %.3f ms (%d runs)%n",
                what, cpu[RUNS / 2] / 1e6, cpu[RUNS * 95 / 100] / 1e6,
                wall[RUNS / 2] / 1e6, wall[RUNS * 95 / 100] / 1e6, wall[RUNS * 99 / 100] / 1e6, RUNS);
    }

    /** Blocks, reassignments, description edits, reviews and runbook links, all firing rules somewhere. */
    private static IssueActivity heavyIssue(int historyItems, int comments, int links) {
        Instant start = Instant.parse("2026-01-05T09:00:00Z");
        String[] people = {"anna", "ben", "chen", "dana", "eli", "fay", "gus"};
        List<HistoryItem> history = new ArrayList<>();
        for (int i = 0; i < historyItems; i++) {
            Instant at = start.plus(Duration.ofMinutes(30L * i));
            String who = people[i % people.length];
            history.add(switch (i % 5) {
                case 0 -> new HistoryItem(who, at, "status", "3", "In Progress", "10", "Blocked");
                case 1 -> new HistoryItem(who, at, "status", "10", "Blocked", "3", "In Progress");
                case 2 -> new HistoryItem(who, at, "assignee", people[(i + 1) % 7], "", people[(i + 2) % 7], "");
                case 3 -> new HistoryItem(who, at, "description", "", "short", "", "Acceptance criteria: " + "x".repeat(200));
                default -> new HistoryItem(who, at, "Flagged", "", "", "[10019]", "Impediment");
            });
        }
        List<IssueComment> commentList = new ArrayList<>();
        for (int i = 0; i < comments; i++) {
            commentList.add(new IssueComment(Integer.toString(i), people[i % people.length],
                    start.plus(Duration.ofMinutes(120L * i + 7)),
                    "Reviewed the PR https://git.example.com/p/pull/" + i + " and left comments on the locking; approved after the fix.",
                    null));
        }
        List<RemoteLink> linkList = new ArrayList<>();
        for (int i = 0; i < links; i++) {
            linkList.add(new RemoteLink(Integer.toString(i), URI.create("https://wiki.example.com/display/PAY/Runbook+" + i),
                    "Runbook " + i, "Wiki Page", "com.atlassian.confluence", List.of("runbook"), people[i % 7], start));
        }
        return new IssueActivity(new IssueRef(1, "PAY-1", 1, "PAY", "Busy"), "Incident", "anna", null, history, commentList,
                linkList, new SprintPeriod(start, start.plus(Duration.ofDays(14))));
    }
}
