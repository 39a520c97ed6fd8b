package com.gluework.confluence.macro;

import com.atlassian.sal.api.user.UserKey;
import com.gluework.confluence.testing.ExpiringCacheManager;
import com.gluework.confluence.testing.FakeJira;
import com.gluework.confluence.testing.FixedApplicationLinkService;
import com.gluework.confluence.testing.HttpApplicationLink;
import com.gluework.confluence.testing.VelocityTemplateRenderer;
import org.junit.Test;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

import static com.gluework.confluence.macro.ReportFixtures.json;
import static com.gluework.confluence.macro.ReportFixtures.report;

/**
 * Load measurement of the macro's render, run by hand (docs/benchmarks.md has the command and the figures; surefire's
 * default includes do not match "*Benchmark", so no build runs it): the real {@link GlueSprintSummaryMacro} over a
 * real HTTP application link to a local server on loopback answering a sprint report of 40 wins.
 *
 * <ul>
 *   <li>warm: the same viewer renders the full view again and again (cache hit: parse, view, Velocity);</li>
 *   <li>cold: every render is a new viewer, so each one asks "Jira" over HTTP first;</li>
 *   <li>unanswering: "Jira" accepts the connection and never answers in time; how long the page waits.</li>
 * </ul>
 */
public class MacroRenderBenchmark {
    private static final String REPORT = "/rest/gluework/1.0/sprints/3/report";

    @Test
    public void measure() throws Exception {
        int warmup = Integer.getInteger("bench.warmup", 2_000);
        int renders = Integer.getInteger("bench.renders", 5_000);
        try (FakeJira jira = new FakeJira()) {
            jira.json(REPORT, json(report(3, 40)));
            AtomicInteger viewerNumber = new AtomicInteger();
            String[] viewer = {"alice"};
            GlueSprintSummaryMacro macro = new GlueSprintSummaryMacro(new FixedApplicationLinkService(List.of(
                    new HttpApplicationLink("bench", "Jira", jira.url(), jira.url(), true,
                            () -> Optional.of(new HttpApplicationLink.BasicCredentials(viewer[0], viewer[0])), URI.create("http://x")))),
                    new ExpiringCacheManager(Duration.ofHours(1)), new VelocityTemplateRenderer(), signedIn(() -> viewer[0]));
            Map<String, String> full = Map.of("sprint", "3", "view", "full", "maxWins", "10");

            // warm
            for (int i = 0; i < warmup; i++) {
                macro.execute(full, "", () -> "display");
            }
            long[] warm = new long[renders];
            for (int i = 0; i < renders; i++) {
                long start = System.nanoTime();
                String html = macro.execute(full, "", () -> "display");
                warm[i] = System.nanoTime() - start;
                check(html);
            }
            // cold: a new viewer per render, so the cache misses and Jira is asked
            int coldRenders = Math.max(200, renders / 10);
            for (int i = 0; i < 200; i++) {
                viewer[0] = "warmup-" + viewerNumber.incrementAndGet();
                macro.execute(full, "", () -> "display");
            }
            long[] cold = new long[coldRenders];
            for (int i = 0; i < coldRenders; i++) {
                viewer[0] = "viewer-" + viewerNumber.incrementAndGet();
                long start = System.nanoTime();
                String html = macro.execute(full, "", () -> "display");
                cold[i] = System.nanoTime() - start;
                check(html);
            }
            // a Jira that does not answer
            jira.reply(REPORT, new FakeJira.Reply(200, "application/json", "{}", 60_000));
            long[] silent = new long[3];
            for (int i = 0; i < silent.length; i++) {
                viewer[0] = "silent-" + i;
                long start = System.nanoTime();
                String html = macro.execute(full, "", () -> "display");
                silent[i] = System.nanoTime() - start;
                if (!html.contains("gluework-problem-jira-slow")) {
                    throw new AssertionError("expected the slow-Jira message: " + html);
                }
            }
            System.out.println("| case | renders | p50 | p95 | p99 | max |");
            System.out.println("| --- | ---: | ---: | ---: | ---: | ---: |");
            row("warm cache (full view, 40 wins)", warm);
            row("cold: cache miss + HTTP to Jira on loopback", cold);
            row("Jira accepts but never answers", silent);
        }
    }

    private static void check(String html) {
        if (!html.contains("gluework-summary-full") || html.contains("gluework-summary-problem")) {
            throw new AssertionError("not a full summary: " + html);
        }
    }

    private static void row(String name, long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        List<String> cells = new ArrayList<>();
        for (double q : new double[] {0.50, 0.95, 0.99}) {
            cells.add(ms(sorted[Math.min(sorted.length - 1, (int) Math.ceil(q * sorted.length) - 1)]));
        }
        cells.add(ms(sorted[sorted.length - 1]));
        System.out.println("| " + name + " | " + nanos.length + " | " + String.join(" | ", cells) + " |");
    }

    private static String ms(long nanos) {
        return String.format(java.util.Locale.ROOT, "%.2f ms", nanos / 1e6);
    }

    /** SAL's user manager as the macro asks it: only who is signed in. */
    private static com.atlassian.sal.api.user.UserManager signedIn(java.util.function.Supplier<String> userKey) {
        return new com.atlassian.sal.api.user.UserManager() {
            @Override
            public UserKey getRemoteUserKey() {
                return new UserKey(userKey.get());
            }

            @Override
            public boolean isAdmin(UserKey key) {
                throw new UnsupportedOperationException("the macro asks only who is signed in");
            }

            @Override
            public boolean isUserInGroup(UserKey key, String group) {
                throw new UnsupportedOperationException("the macro asks only who is signed in");
            }
        };
    }
}
