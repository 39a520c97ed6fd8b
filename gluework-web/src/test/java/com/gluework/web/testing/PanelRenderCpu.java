package com.gluework.web.testing;

import com.gluework.core.model.ContributionDraft;
import com.gluework.web.rest.GlueWorkRestComponents;
import org.glassfish.jersey.server.ApplicationHandler;
import org.glassfish.jersey.server.ContainerRequest;
import org.glassfish.jersey.server.ContainerResponse;
import org.glassfish.jersey.server.ResourceConfig;

import java.io.ByteArrayOutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.net.URI;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * CPU time of the thread per issue-panel request through Jersey in process — the view model, the Velocity merge and the
 * entity write, without Jetty, a database or the preview's host (in-memory adapters, the panel of GW-1 with 20 rows as
 * bob, ~62 kB). WHY: on the shared 2-core machine the HTTP benchmark's wall times move by more than the render's share
 * of them; thread CPU time does not count the time other processes hold the cores (docs/benchmarks.md, "Panel: render
 * CPU"). Not a test: {@code java -cp … com.gluework.web.testing.PanelRenderCpu WARMUP BATCHES} (batches of 1,000). It
 * uses only what the web module had before issue 13's render work, so the same file compiles against an older checkout
 * for an A/B.
 */
public final class PanelRenderCpu {
    private static final URI BASE = URI.create("http://localhost:2990/rest/gluework/1.0/");

    private PanelRenderCpu() {
    }

    public static void main(String[] args) throws Exception {
        InMemoryGlueWork g = new InMemoryGlueWork();
        String[] people = {"alice", "bob", "carol", "dave"};
        String[] cats = {"review", "documentation", "coordination", "mentoring", "clarification"};
        for (int i = 0; i < 20; i++) {
            String who = people[i % 4];
            long id = g.service.record(Optional.of(who), "GW-1", new ContributionDraft(cats[i % 5], null,
                    "Caught a race in the retry path #" + i + " \u2014 r\u00e9sum\u00e9", i % 2 == 0 ? "Saved a day of debugging" : "",
                    i % 3 == 0 ? List.of(people[(i + 1) % 4]) : List.of(),
                    i % 2 == 0 ? List.of("https://example.com/pull/" + i) : List.of(), null)).id();
            if (i % 2 == 0) g.service.corroborate(Optional.of(people[(i + 2) % 4]), id, "Saw it");
        }
        g.currentUser.actAs("bob");
        ResourceConfig config = new ResourceConfig();
        config.register(g.issuePanelResource());
        GlueWorkRestComponents.exceptionMappers().forEach(config::register);
        GlueWorkRestComponents.requestFilters().forEach(config::register);
        GlueWorkRestComponents.providers().forEach(config::register);
        ApplicationHandler app = new ApplicationHandler(config);
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        int warm = Integer.parseInt(args[0]), batches = Integer.parseInt(args[1]), per = 1000;
        long size = 0;
        for (int i = 0; i < warm; i++) size = call(app);
        double[] us = new double[batches];
        for (int b = 0; b < batches; b++) {
            long c0 = mx.getCurrentThreadCpuTime();
            for (int i = 0; i < per; i++) call(app);
            us[b] = (mx.getCurrentThreadCpuTime() - c0) / 1000.0 / per;
        }
        double[] sorted = us.clone(); Arrays.sort(sorted);
        System.out.printf("PANELCPU bytes %d | CPU per request: median of %d batches %.1f us (min %.1f, max %.1f)%n",
                size, batches, sorted[batches / 2], sorted[0], sorted[batches - 1]);
    }
    private static long call(ApplicationHandler app) throws Exception {
        ContainerRequest request = new ContainerRequest(BASE, BASE.resolve("issues/GW-1/panel"), "GET", null,
                new org.glassfish.jersey.internal.MapPropertiesDelegate(), app.getConfiguration());
        request.header("Accept", "text/html");
        ByteArrayOutputStream out = new ByteArrayOutputStream(65536);
        ContainerResponse response = app.apply(request, out).get();
        if (response.getStatus() != 200) throw new IllegalStateException("status " + response.getStatus());
        return out.size();
    }
}
