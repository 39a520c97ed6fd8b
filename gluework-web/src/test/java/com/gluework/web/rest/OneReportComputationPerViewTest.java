package com.gluework.web.rest;

import com.gluework.core.port.SprintSource;
import com.gluework.core.report.Board;
import com.gluework.core.report.Sprint;
import com.gluework.core.report.SprintIssue;
import com.gluework.core.report.WorkflowStatuses;
import com.gluework.core.service.SprintReportService;
import com.gluework.core.testing.InMemoryCategoryRepository;
import com.gluework.web.testing.InMemorySprintReports;
import com.gluework.web.view.ComputedReports;
import com.gluework.web.view.SprintReportViewFactory;
import org.glassfish.jersey.internal.MapPropertiesDelegate;
import org.glassfish.jersey.jackson.JacksonFeature;
import org.glassfish.jersey.server.ApplicationHandler;
import org.glassfish.jersey.server.ContainerRequest;
import org.glassfish.jersey.server.ContainerResponse;
import org.glassfish.jersey.server.ResourceConfig;
import org.junit.Before;
import org.junit.Test;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

/**
 * One report computation per page view: the page (its HTML fragment), its two charts and its two downloads, fetched
 * the way a browser does from the page's own links, compute the sprint's report once — and a view's report is never
 * answered to another viewer, another sprint, or after its lifetime. A computation is counted where it starts: the
 * service looking up the sprint it reports on, which nothing else on these paths does (the pickers list sprints).
 */
public class OneReportComputationPerViewTest {
    private static final URI BASE = URI.create("http://localhost:2990/jira/rest/gluework/1.0/");
    private static final Pattern VIEW_LINK = Pattern.compile("(?:src|href)=\"/jira/rest/gluework/1\\.0/([^\"]+)\"");

    private final InMemorySprintReports fixture = new InMemorySprintReports().withHeroSprint();
    private final MovableClock clock = new MovableClock(InMemorySprintReports.NOW);
    private final CountingSprintSource sprints = new CountingSprintSource(fixture.sprints);
    private ApplicationHandler app;

    @Before
    public void startJersey() {
        SprintReportService service = new SprintReportService(sprints, fixture.store, new InMemoryCategoryRepository(),
                fixture.host, fixture.host, fixture.clock);
        SprintReportViewFactory views = new SprintReportViewFactory(service, new ComputedReports(clock));
        ResourceConfig config = new ResourceConfig();
        GlueWorkRestComponents.reportResources(service, fixture.currentUser, views, fixture.renderer, fixture.texts)
                .forEach(config::register);
        GlueWorkRestComponents.exceptionMappers().forEach(config::register);
        config.register(JacksonFeature.class);
        app = new ApplicationHandler(config);
    }

    @Test
    public void aPageViewWithItsChartsAndDownloads_shouldComputeTheReportOnce() throws Exception {
        // given
        fixture.currentUser.actAs("alice");

        // when: the page, then everything it links to, as the browser fetches it
        String page = get("sprints/2/report.html");
        List<String> linked = viewLinks(page);
        List<String> answers = new ArrayList<>();
        for (String link : linked) {
            answers.add(get(link));
        }

        // then: two charts and two downloads, all answered, from one computation of sprint 2
        assertEquals(linked.toString(), 4, linked.size());
        assertEquals(answers.toString(), 2, answers.stream().filter(a -> a.contains("<svg")).count());
        assertTrue(answers.stream().anyMatch(a -> a.contains("Rotated the leaked key")));
        assertEquals(1, sprints.reportsComputed);
    }

    @Test
    public void withoutAViewToken_eachRequestComputesItsOwnReport() throws Exception {
        // given
        fixture.currentUser.actAs("alice");

        // when
        get("sprints/2/charts/categories.svg");
        get("sprints/2/charts/distribution.svg");
        get("sprints/2/report.csv?view=made-up");

        // then
        assertEquals(3, sprints.reportsComputed);
    }

    @Test
    public void anotherViewersRequestWithAlicesToken_shouldGetTheirOwnReportNeverHers() throws Exception {
        // given: alice's view, whose report counts glue on SEC-1, which bob may not browse
        fixture.currentUser.actAs("alice");
        String csvLink = viewLinks(get("sprints/2/report.html")).stream().filter(l -> l.contains("report.csv"))
                .findFirst().orElseThrow();
        assertTrue(get(csvLink).contains("Rotated the leaked key"));
        int before = sprints.reportsComputed;

        // when: bob sends alice's link (shared, or guessed)
        fixture.currentUser.actAs("bob");
        String forBob = get(csvLink);

        // then: bob's report, computed for bob
        assertFalse(forBob, forBob.contains("Rotated the leaked key"));
        assertTrue(forBob, forBob.contains("Caught a data race in the retry path"));
        assertEquals(before + 1, sprints.reportsComputed);
    }

    @Test
    public void aTokenForAnotherSprintOrAnExpiredView_shouldComputeAgain() throws Exception {
        // given
        fixture.currentUser.actAs("alice");
        String chart = viewLinks(get("sprints/2/report.html")).get(0);
        String token = chart.substring(chart.indexOf("?view="));
        int afterPage = sprints.reportsComputed;

        // when: the token on sprint 1's chart; then sprint 2's chart after the view's lifetime
        get("sprints/1/charts/categories.svg" + token);
        int afterOtherSprint = sprints.reportsComputed;
        get(chart);
        int withinLifetime = sprints.reportsComputed;
        clock.advance(ComputedReports.LIFETIME.plusSeconds(1));
        get(chart);

        // then
        assertEquals(1, afterPage);
        assertEquals("sprint 1 is computed, not answered from sprint 2's view", afterPage + 1, afterOtherSprint);
        assertEquals(afterOtherSprint, withinLifetime);
        assertEquals(withinLifetime + 1, sprints.reportsComputed);
    }

    @Test
    public void keep_shouldHoldAtMostTheCapacityDroppingTheViewClosestToExpiring() {
        // given
        ComputedReports computed = new ComputedReports(clock);
        fixture.currentUser.actAs("alice");
        SprintReportService service = new SprintReportService(sprints, fixture.store, new InMemoryCategoryRepository(),
                fixture.host, fixture.host, fixture.clock);
        var export = service.export(Optional.of("alice"), 2);
        String first = computed.keep("alice", export);

        // when
        String last = null;
        for (int i = 0; i < ComputedReports.CAPACITY; i++) {
            clock.advance(Duration.ofMillis(1));
            last = computed.keep("alice", export);
        }

        // then
        assertTrue(computed.find(first, Optional.of("alice"), 2).isEmpty());
        assertTrue(computed.find(last, Optional.of("alice"), 2).isPresent());
        assertTrue(computed.find(last, Optional.empty(), 2).isEmpty());
    }

    /** The relative REST paths of the page's charts and downloads, in page order. */
    private static List<String> viewLinks(String page) {
        List<String> links = new ArrayList<>();
        Matcher m = VIEW_LINK.matcher(page);
        while (m.find()) {
            String link = m.group(1).replace("&amp;", "&");
            if (link.contains("?view=")) {
                links.add(link);
            }
        }
        return links;
    }

    private String get(String path) throws Exception {
        ContainerRequest request = new ContainerRequest(BASE, BASE.resolve(path), "GET", null,
                new MapPropertiesDelegate(), app.getConfiguration());
        request.header("Accept", "*/*");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ContainerResponse response = app.apply(request, out).get();
        String body = out.toString(StandardCharsets.UTF_8);
        assertEquals(path + ": " + body, 200, response.getStatus());
        return body;
    }

    /** The fixture's sprint source, counting the reports started: a report's first question is its sprint. */
    private static final class CountingSprintSource implements SprintSource {
        private final SprintSource delegate;
        int reportsComputed;

        CountingSprintSource(SprintSource delegate) {
            this.delegate = delegate;
        }

        @Override
        public List<SprintIssue> findSprintIssues(long sprintId) {
            return delegate.findSprintIssues(sprintId);
        }

        @Override
        public boolean isAvailable() {
            return delegate.isAvailable();
        }

        @Override
        public List<Board> findBoards(Optional<String> viewerKey) {
            return delegate.findBoards(viewerKey);
        }

        @Override
        public Optional<Board> findBoard(Optional<String> viewerKey, long boardId) {
            return delegate.findBoard(viewerKey, boardId);
        }

        @Override
        public List<Sprint> findBoardSprints(Optional<String> viewerKey, long boardId) {
            return delegate.findBoardSprints(viewerKey, boardId);
        }

        @Override
        public Optional<Sprint> findSprint(Optional<String> viewerKey, long sprintId) {
            reportsComputed++;
            return delegate.findSprint(viewerKey, sprintId);
        }

        @Override
        public WorkflowStatuses workflowStatuses() {
            return delegate.workflowStatuses();
        }
    }

    private static final class MovableClock extends Clock {
        private Instant now;

        MovableClock(Instant now) {
            this.now = now;
        }

        void advance(Duration by) {
            now = now.plus(by);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
