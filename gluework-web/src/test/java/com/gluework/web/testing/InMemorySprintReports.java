package com.gluework.web.testing;

import com.gluework.core.model.Contribution;
import com.gluework.core.model.ContributionSource;
import com.gluework.core.model.IssueRef;
import com.gluework.core.model.NewContribution;
import com.gluework.core.report.Sprint;
import com.gluework.core.report.SprintIssue;
import com.gluework.core.report.SprintState;
import com.gluework.core.service.SprintReportService;
import com.gluework.core.testing.FakeHost;
import com.gluework.core.testing.InMemoryProjectPrivacySettings;
import com.gluework.core.testing.InMemoryCategoryRepository;
import com.gluework.core.testing.InMemoryContributionRepository;
import com.gluework.core.testing.InMemorySprintSource;
import com.gluework.web.report.BundleReportTexts;
import com.gluework.web.report.ReportTexts;
import com.gluework.web.rest.GlueWorkRestComponents;
import com.gluework.web.view.ReportLinks;
import com.gluework.web.view.SprintReportView;
import com.gluework.web.view.SprintReportViewFactory;
import com.gluework.web.view.ViewRenderer;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The sprint report's web stack over core's in-memory adapters: board 1 "Payments" with sprint 1 (closed, 2–13 March
 * 2026) and sprint 2 (active, 16–27 March), issues GW-1 (frank), GW-2 (carol), GW-4 (erin) and SEC-1 (alice; {@code bob}
 * may not browse it) in sprint 2 and GW-3 (carol) and GW-5 (frank) in sprint 1; people alice, bob, carol, frank and erin. The team is
 * the assignees of the issues the viewer may browse: for sprint 2 alice, carol, erin and frank, or without alice for bob.
 */
public final class InMemorySprintReports {
    public static final Instant NOW = Instant.parse("2026-03-20T10:00:00Z");
    public static final Sprint SPRINT_1 = new Sprint(1, 1, "Sprint 1", SprintState.CLOSED, day("2026-03-02"),
            day("2026-03-13"), day("2026-03-13"));
    public static final Sprint SPRINT_2 = new Sprint(2, 1, "Sprint 2", SprintState.ACTIVE, day("2026-03-16"),
            day("2026-03-27"), null);

    public final FakeHost host = new FakeHost()
            .withIssue(101, "GW-1").withIssue(102, "GW-2").withIssue(103, "GW-3").withIssue(104, "GW-4")
            .withIssue(105, "GW-5").withIssue(201, "SEC-1")
            .withPerson("alice", "Alice Lead").withPerson("bob", "Bob Builder").withPerson("carol", "Carol Reviewer")
            .withPerson("frank", "Frank Hero").withPerson("erin", "Erin New")
            .hidingProjectFrom("bob", "SEC");
    public final InMemoryContributionRepository store = new InMemoryContributionRepository();
    public final InMemorySprintSource sprints = new InMemorySprintSource().withBoard(1, "Payments")
            .withSprint(SPRINT_1, List.of(issue("GW-3", "carol"), issue("GW-5", "frank")))
            .withSprint(SPRINT_2, List.of(issue("GW-1", "frank"), issue("GW-2", "carol"), issue("GW-4", "erin"),
                    issue("SEC-1", "alice")));
    public final SwitchableCurrentUser currentUser = new SwitchableCurrentUser();
    public final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
    /** Every project shows per-person figures to everyone until a test says otherwise (issue 11). */
    public final InMemoryProjectPrivacySettings privacy = new InMemoryProjectPrivacySettings();
    public final SprintReportService service = new SprintReportService(sprints, store, new InMemoryCategoryRepository(),
            host, host, clock, privacy);
    public final SprintReportViewFactory views = new SprintReportViewFactory(service);
    public final ViewRenderer renderer = new EscapingVelocityViewRenderer();
    public final ReportTexts texts = new BundleReportTexts();

    /** Frank carries 3 of 5 (60%): the hero alert fires; erin has none (an opportunity); one win with evidence. */
    public InMemorySprintReports withHeroSprint() {
        Contribution review = add("frank", "review", "GW-1", "2026-03-17", "Caught a data race in the retry path",
                "Avoided a double charge", "https://git.example.com/pr/482");
        store.addCorroboration(review.id(), "carol", "saw it", NOW);
        add("frank", "coordination", null, "2026-03-18", "Ran the on-call hand-off", "", null);
        add("frank", "review", "GW-2", "2026-03-19", "Reviewed the payout batching", "", null);
        add("carol", "documentation", "GW-2", "2026-03-19", "Updated the alerting runbook", "", null);
        add("carol", "review", "GW-3", "2026-03-05", "Reviewed in sprint 1", "", null);
        add("alice", "incident", "SEC-1", "2026-03-18", "Rotated the leaked key", "No customer impact", null);
        return this;
    }

    public Contribution add(String contributor, String category, String issueKey, String day, String summary,
                            String impact, String evidence) {
        IssueRef issue = issueKey == null ? null : host.issue(issueKey);
        return store.create(new NewContribution(category, contributor, contributor, issue, LocalDate.parse(day), summary,
                impact, List.of(), evidence == null ? List.of() : List.of(URI.create(evidence)), ContributionSource.MANUAL,
                NOW));
    }

    public List<Object> resources() {
        return GlueWorkRestComponents.reportResources(service, currentUser, views, renderer, texts);
    }

    /** The page body for {@code viewer}, as the preview renders it at {@code /report}. */
    public String renderPage(String viewer, Long boardId, Long sprintId) {
        SprintReportView view = views.create(Optional.of(viewer), Optional.ofNullable(boardId),
                Optional.ofNullable(sprintId), ReportLinks.under("", "/report"));
        return renderer.render(SprintReportView.TEMPLATE, Map.of(SprintReportView.CONTEXT_KEY, view));
    }

    private SprintIssue issue(String key, String assignee) {
        return new SprintIssue(host.issue(key), List.of(), assignee);
    }

    private static Instant day(String day) {
        return LocalDate.parse(day).atTime(9, 0).toInstant(ZoneOffset.UTC);
    }
}
