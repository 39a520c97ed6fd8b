package com.gluework.core.service;

import com.gluework.core.error.AuthenticationRequiredException;
import com.gluework.core.error.NotFoundException;
import com.gluework.core.error.UnavailableException;
import com.gluework.core.model.Contribution;
import com.gluework.core.model.ContributionSource;
import com.gluework.core.model.ContributionState;
import com.gluework.core.model.IssueRef;
import com.gluework.core.model.NewContribution;
import com.gluework.core.model.NewContributionChange;
import com.gluework.core.model.ReportGlue;
import com.gluework.core.port.ContributionRepository;
import com.gluework.core.report.ReportedContribution;
import com.gluework.core.report.SprintReportExport;
import com.gluework.core.report.Board;
import com.gluework.core.report.GlueMatrix;
import com.gluework.core.privacy.PerPersonVisibility;
import com.gluework.core.privacy.TeamLevelReport;
import com.gluework.core.report.GlueWin;
import com.gluework.core.report.Sprint;
import com.gluework.core.report.SprintIssue;
import com.gluework.core.report.SprintComparison;
import com.gluework.core.report.SprintReport;
import com.gluework.core.report.SprintState;
import com.gluework.core.testing.FakeHost;
import com.gluework.core.testing.InMemoryProjectPrivacySettings;
import com.gluework.core.testing.InMemoryCategoryRepository;
import com.gluework.core.testing.InMemoryContributionRepository;
import com.gluework.core.testing.InMemoryDefinitionsRepository;
import com.gluework.core.testing.InMemorySprintSource;
import org.junit.Test;

import java.lang.reflect.Proxy;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

public class SprintReportServiceTest {
    private static final Instant NOW = Instant.parse("2026-03-20T10:00:00Z");
    private static final Optional<String> ALICE = Optional.of("alice");
    private static final Optional<String> BOB = Optional.of("bob");
    /** Sprint 1: 2 to 13 March, closed; sprint 2: 16 to 27 March, active. */
    private static final Sprint SPRINT_1 = new Sprint(1, 7, "Sprint 1", SprintState.CLOSED, at("2026-03-02"),
            at("2026-03-13"), at("2026-03-13"));
    private static final Sprint SPRINT_2 = new Sprint(2, 7, "Sprint 2", SprintState.ACTIVE, at("2026-03-16"),
            at("2026-03-27"), null);

    /**
     * Sprint 1: GW-3 (carol), GW-4 (frank). Sprint 2: GW-1 (frank), GW-2 (carol), GW-5 (erin) and SEC-1 (sam), which
     * bob may not browse: for bob the team of sprint 2 is carol, erin and frank; for alice it also has sam.
     */
    private final FakeHost host = new FakeHost()
            .withIssue(101, "GW-1").withIssue(102, "GW-2").withIssue(103, "GW-3").withIssue(104, "GW-4")
            .withIssue(105, "GW-5").withIssue(201, "SEC-1")
            .withPerson("alice", "Alice").withPerson("bob", "Bob").withPerson("carol", "Carol")
            .withPerson("frank", "Frank").withPerson("erin", "Erin").withPerson("zed", "Zed Outsider")
            .withPerson("sam", "Sam Secret")
            .hidingProjectFrom("bob", "SEC");
    private final InMemoryContributionRepository store = new InMemoryContributionRepository();
    private final InMemorySprintSource sprints = new InMemorySprintSource()
            .withBoard(7, "Payments")
            .withSprint(SPRINT_1, List.of(issue("GW-3", "carol"), issue("GW-4", "frank")))
            .withSprint(SPRINT_2, List.of(issue("GW-1", "frank"), issue("GW-2", "carol"), issue("GW-5", "erin"),
                    issue("SEC-1", "sam")));
    private final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);

    private SprintReportService service() {
        return new SprintReportService(sprints, store, new InMemoryCategoryRepository(), host, host, clock);
    }

    private static Instant at(String day) {
        return LocalDate.parse(day).atTime(9, 0).toInstant(ZoneOffset.UTC);
    }

    private SprintIssue issue(String key, String assignee) {
        return new SprintIssue(host.issue(key), List.of(), assignee);
    }

    private Contribution glue(String contributor, String category, String issueKey, String day) {
        IssueRef issue = issueKey == null ? null : host.issue(issueKey);
        return store.create(new NewContribution(category, contributor, contributor, issue, LocalDate.parse(day),
                "Glue by " + contributor, "", List.of(), List.of(), ContributionSource.MANUAL, NOW));
    }

    @Test
    public void report_shouldCountGlueOnTheSprintsIssuesAndTheTeamsUnattachedGlueInsideTheWindow() {
        // given
        glue("frank", "review", "GW-1", "2026-01-05"); // on a sprint issue: its date does not matter
        glue("carol", "documentation", "GW-2", "2026-03-17");
        glue("frank", "coordination", null, "2026-03-27"); // team glue on the window's last day
        glue("frank", "coordination", null, "2026-03-28"); // after the window
        glue("zed", "coordination", null, "2026-03-18"); // not on the team
        glue("carol", "review", "GW-3", "2026-03-18"); // an issue of another sprint
        Contribution retired = glue("erin", "review", "GW-1", "2026-03-18");
        store.update(withState(retired, ContributionState.RETIRED), 1, NewContributionChange.retired("erin", NOW));

        // when
        SprintReport report = service().report(ALICE, 2);

        // then
        assertEquals(3, report.headline().contributions());
        assertEquals(2, report.matrix().row("frank").orElseThrow().total());
        assertEquals(1, report.matrix().row("carol").orElseThrow().total());
        assertEquals(0, report.matrix().row("erin").orElseThrow().total());
        assertEquals(List.of("erin", "sam"), report.opportunities().stream().map(o -> o.person().key()).toList());
    }

    @Test
    public void report_shouldLeaveGlueOnIssuesTheViewerCannotBrowseOutOfEveryTotal() {
        // given
        glue("frank", "review", "GW-1", "2026-03-17");
        glue("frank", "incident", "SEC-1", "2026-03-17");
        glue("frank", "incident", "SEC-1", "2026-03-18");
        glue("carol", "review", "GW-2", "2026-03-18");

        // when
        SprintReport forAlice = service().report(ALICE, 2);
        SprintReport forBob = service().report(BOB, 2);

        // then
        assertEquals(4, forAlice.headline().contributions());
        assertEquals(2, forBob.headline().contributions());
        assertEquals(0, forBob.matrix().count("frank", "incident"));
        assertEquals(0.5, forBob.distribution().topShare(), 1e-9);
        assertEquals(3, forBob.outcomes().clarified().issueCount() + forBob.outcomes().others().issueCount());
        assertTrue(forAlice.heroAlert().isPresent());
        assertFalse("at 50% the alert still fires for bob", forBob.heroAlert().isEmpty());
    }

    @Test
    public void report_shouldCompareWithThePreviousClosedSprintOfTheSameBoard() {
        // given
        glue("carol", "review", "GW-3", "2026-03-04");
        glue("frank", "review", "GW-1", "2026-03-17");
        glue("frank", "review", "GW-2", "2026-03-18");

        // when
        SprintReport report = service().report(ALICE, 2);

        // then
        assertEquals(1, report.comparison().orElseThrow().previousSprint().id());
        assertEquals(1, report.comparison().orElseThrow().previousTotal());
        assertEquals(2, report.comparison().orElseThrow().currentTotal());
        assertTrue(service().report(ALICE, 1).comparison().isEmpty());
    }

    @Test
    public void report_shouldCompareWithThePreviousSprintsFiguresAsItsOwnReportShowedThem() {
        // given: erin joined in sprint 2; her unattached glue dated in sprint 1 was not sprint 1's team glue
        glue("carol", "coordination", null, "2026-03-05");
        glue("erin", "coordination", null, "2026-03-06");
        glue("frank", "review", "GW-1", "2026-03-17");

        // when
        SprintReport previous = service().report(ALICE, 1);
        SprintReport current = service().report(ALICE, 2);

        // then
        assertEquals(1, previous.headline().contributions());
        assertEquals(previous.matrix().total(), current.comparison().orElseThrow().previousTotal());
        assertEquals(previous.distribution().gini(), current.comparison().orElseThrow().previousGini(), 1e-9);
    }

    @Test
    public void report_shouldMeasureThePreviousSprintOverItsOwnTeam() {
        // given: sprint 1's team is carol and frank (2 and 1 pieces of glue); sprint 2's adds erin and sam
        glue("carol", "review", "GW-3", "2026-03-04");
        glue("carol", "coordination", null, "2026-03-05");
        glue("frank", "review", "GW-4", "2026-03-06");
        glue("frank", "review", "GW-1", "2026-03-17");

        // when
        SprintComparison comparison = service().report(ALICE, 2).comparison().orElseThrow();

        // then: over carol and frank, not over this sprint's four people (which would read a Gini of 7/9)
        assertEquals(3, comparison.previousTotal());
        assertEquals(1.0 / 3, comparison.previousGini(), 1e-9);
        assertEquals(2.0 / 3, comparison.previousTopShare(), 1e-9);
        assertEquals(service().report(ALICE, 1).distribution().gini(), comparison.previousGini(), 1e-9);
    }

    @Test
    public void report_shouldNotNameTheAssigneeOfAnIssueTheViewerCannotBrowse() {
        // given: frank carries 3 of 4, so the hero alert suggests people; sam is assigned SEC-1 only
        glue("frank", "review", "GW-1", "2026-03-17");
        glue("frank", "review", "GW-2", "2026-03-17");
        glue("frank", "coordination", "GW-1", "2026-03-18");
        glue("carol", "review", "GW-2", "2026-03-18");

        // when
        SprintReport forBob = service().report(BOB, 2);
        SprintReport forAlice = service().report(ALICE, 2);

        // then
        assertEquals(List.of("carol", "erin", "frank"), rowKeys(forBob));
        assertEquals(List.of("erin"), forBob.opportunities().stream().map(o -> o.person().key()).toList());
        assertFalse(forBob.heroAlert().orElseThrow().suggestions().stream()
                .anyMatch(s -> s.people().stream().anyMatch(p -> p.key().equals("sam"))));
        assertFalse(forBob.heroAlert().orElseThrow().message().contains("Sam"));
        assertTrue("alice may browse SEC-1, so sam is on her team", rowKeys(forAlice).contains("sam"));
    }

    @Test
    public void report_shouldCountGlueByPeopleOutsideTheTeamButLeaveThemOutOfTheDistribution() {
        // given: zed, not on the team, reviews a sprint issue three times
        glue("zed", "review", "GW-1", "2026-03-17");
        glue("zed", "review", "GW-1", "2026-03-18");
        glue("zed", "review", "GW-2", "2026-03-18");
        glue("frank", "review", "GW-1", "2026-03-18");
        glue("carol", "documentation", "GW-2", "2026-03-19");

        // when
        SprintReport report = service().report(BOB, 2);

        // then
        assertEquals(5, report.headline().contributions());
        GlueMatrix.Row zed = report.matrix().row("zed").orElseThrow();
        assertEquals(3, zed.total());
        assertFalse(zed.onTeam());
        assertEquals("zed's row comes after the team's", "zed", rowKeys(report).get(rowKeys(report).size() - 1));
        assertEquals(2, report.distribution().total());
        assertEquals(List.of("carol", "erin", "frank"),
                report.distribution().people().stream().map(p -> p.person().key()).toList());
        assertEquals(0.5, report.distribution().topShare(), 1e-9);
        assertEquals(0.5, report.distribution().gini(), 1e-9); // over 1, 1 and 0
        assertEquals("carol", report.heroAlert().orElseThrow().hero().key());
    }

    @Test
    public void everyMethod_forABoardTheViewerMayNotSee_shouldBeNotFoundLikeAnUnknownOne() {
        // given
        sprints.hidingBoardFrom("bob", 7);

        // when
        NotFoundException hiddenSprint = assertThrows(NotFoundException.class, () -> service().report(BOB, 2));
        NotFoundException unknownSprint = assertThrows(NotFoundException.class, () -> service().report(BOB, 99));
        NotFoundException hiddenBoard = assertThrows(NotFoundException.class, () -> service().sprintsOf(BOB, 7));
        NotFoundException unknownBoard = assertThrows(NotFoundException.class, () -> service().sprintsOf(BOB, 70));

        // then
        assertEquals(List.of(), service().boards(BOB));
        assertEquals(unknownSprint.errors().get(0).field(), hiddenSprint.errors().get(0).field());
        assertEquals(unknownSprint.errors().get(0).message().replace("99", "2"), hiddenSprint.errors().get(0).message());
        assertEquals(unknownBoard.errors().get(0).message().replace("70", "7"), hiddenBoard.errors().get(0).message());
        assertThrows(NotFoundException.class, () -> service().export(BOB, 2));
        assertEquals(2, service().report(ALICE, 2).sprint().id());
    }

    @Test
    public void report_shouldFireTheHeroAlertOnlyAboveTheConfiguredShare() {
        // given: frank 3 of 5 = 60%
        glue("frank", "review", "GW-1", "2026-03-17");
        glue("frank", "review", "GW-2", "2026-03-17");
        glue("frank", "review", "GW-1", "2026-03-18");
        glue("carol", "review", "GW-2", "2026-03-18");
        glue("erin", "review", "GW-2", "2026-03-18");
        SprintReportService lenient = new SprintReportService(sprints, store, new InMemoryCategoryRepository(), host,
                host, clock, 0.6);

        // when / then
        assertEquals("frank", service().report(ALICE, 2).heroAlert().orElseThrow().hero().key());
        assertTrue(lenient.report(ALICE, 2).heroAlert().isEmpty());
        assertEquals(0.6, lenient.heroThresholdShare(), 0);
    }

    @Test
    public void report_shouldUseTheHeroThresholdAnAdminSetAndItsChangesAtOnce() {
        // given: frank 3 of 5 = 60%; the definitions start at the default 40%
        glue("frank", "review", "GW-1", "2026-03-17");
        glue("frank", "review", "GW-2", "2026-03-17");
        glue("frank", "review", "GW-1", "2026-03-18");
        glue("carol", "review", "GW-2", "2026-03-18");
        glue("erin", "review", "GW-2", "2026-03-18");
        InMemoryDefinitionsRepository definitions = new InMemoryDefinitionsRepository().withAdmin("alice");
        SprintReportService configured = new SprintReportService(sprints, store, definitions, host, host, clock, definitions);
        assertTrue(configured.report(ALICE, 2).heroAlert().isPresent());

        // when: an admin raises the threshold to 60% (the alert needs strictly more)
        new DefinitionsService(definitions, definitions, clock).editSettings(ALICE, 1, 60, "");

        // then
        assertTrue(configured.report(ALICE, 2).heroAlert().isEmpty());
        assertEquals(0.6, configured.heroThresholdShare(), 1e-9);
    }

    @Test
    public void report_shouldStillCountGlueOfARenamedAndDeactivatedCategory() {
        // given
        glue("carol", "review", "GW-2", "2026-03-18");
        InMemoryDefinitionsRepository definitions = new InMemoryDefinitionsRepository().withAdmin("alice");
        DefinitionsService admin = new DefinitionsService(definitions, definitions, clock);
        admin.editCategory(ALICE, "review", 1, new DefinitionsService.CategoryInput(null, "Deep review", "Reviewed deeply.",
                "", "Quality & reliability"));
        admin.setActive(ALICE, "review", 2, false);

        // when
        SprintReport report = new SprintReportService(sprints, store, definitions, host, host, clock, definitions).report(ALICE, 2);

        // then: counted, in a column named as the category is named now
        assertEquals(1, report.matrix().total());
        assertTrue(report.matrix().columns().stream().anyMatch(c -> c.key().equals("review") && c.name().equals("Deep review")));
    }

    @Test
    public void constructor_shouldRejectAThresholdThatIsNotAShare() {
        assertThrows(IllegalArgumentException.class, () -> new SprintReportService(sprints, store,
                new InMemoryCategoryRepository(), host, host, clock, 0));
        assertThrows(IllegalArgumentException.class, () -> new SprintReportService(sprints, store,
                new InMemoryCategoryRepository(), host, host, clock, 1.5));
    }

    @Test
    public void export_shouldListExactlyTheCountedGlueWithNamesAndWhichAreWins() {
        // given
        Contribution corroborated = glue("frank", "review", "GW-1", "2026-03-18");
        store.addCorroboration(corroborated.id(), "zed", "saw it", NOW);
        store.addCorroboration(corroborated.id(), "carol", "", NOW.plusSeconds(1));
        glue("carol", "documentation", null, "2026-03-17");
        glue("frank", "incident", "SEC-1", "2026-03-17");

        // when
        var export = service().export(BOB, 2);

        // then
        assertEquals(export.report().headline().contributions(), export.contributions().size());
        assertEquals(List.of("carol", "frank"), export.contributions().stream().map(r -> r.contributor().key()).toList());
        var win = export.contributions().get(1);
        assertTrue(win.win());
        assertEquals(List.of("Zed Outsider", "Carol"), win.corroborators().stream().map(p -> p.displayName()).toList());
        assertEquals("Docs & runbooks", export.contributions().get(0).category().name());
        assertFalse(export.contributions().get(0).win());
    }

    @Test
    public void report_ofUnknownSprint_shouldBeNotFound() {
        NotFoundException e = assertThrows(NotFoundException.class, () -> service().report(ALICE, 99));
        assertEquals("sprintId", e.errors().get(0).field());
    }

    @Test
    public void everyMethod_forAnonymous_shouldRequireALogin() {
        assertThrows(AuthenticationRequiredException.class, () -> service().report(Optional.empty(), 2));
        assertThrows(AuthenticationRequiredException.class, () -> service().boards(Optional.empty()));
        assertThrows(AuthenticationRequiredException.class, () -> service().sprintsOf(Optional.empty(), 7));
    }

    @Test
    public void everyMethod_withoutJiraSoftware_shouldSayWhatIsMissing() {
        // given
        sprints.unavailable();

        // when
        UnavailableException e = assertThrows(UnavailableException.class, () -> service().boards(ALICE));

        // then
        assertTrue(e.errors().get(0).message().startsWith("Jira Software is not installed"));
        assertThrows(UnavailableException.class, () -> service().report(ALICE, 2));
        assertThrows(UnavailableException.class, () -> new SprintReportService(
                com.gluework.core.port.SprintSource.unavailable(), store, new InMemoryCategoryRepository(), host, host,
                clock).boards(ALICE));
    }

    @Test
    public void pickers_shouldListBoardsAndSprintsAndOpenOnTheActiveSprint() {
        assertEquals(List.of(new Board(7, "Payments")), service().boards(ALICE));
        assertEquals(List.of(SPRINT_1, SPRINT_2), service().sprintsOf(ALICE, 7));
        assertEquals(Optional.of(SPRINT_2), service().defaultSprint(ALICE, 7));
        assertThrows(NotFoundException.class, () -> service().sprintsOf(ALICE, 8));
    }

    private static List<String> rowKeys(SprintReport report) {
        return report.matrix().rows().stream().map(r -> r.person().key()).toList();
    }

    private static Contribution withState(Contribution c, ContributionState state) {
        return new Contribution(c.id(), c.categoryKey(), c.contributorKey(), c.recordedByKey(), c.issue(), c.occurredOn(),
                c.summary(), c.impact(), c.beneficiaryKeys(), c.evidenceLinks(), state, c.source(), c.createdAt(), NOW,
                c.version(), c.corroborations());
    }

    @Test
    public void report_ofAProjectShowingPerPersonFiguresToAdminsOnly_shouldBeTeamLevelForOthersAndFullForItsAdmins() {
        // given: GW shows per-person figures to its admins only; alice administers it, bob does not
        store.create(new NewContribution("review", "frank", "frank", host.issue("GW-1"), LocalDate.parse("2026-03-17"),
                "Glue by frank", "Saved a day", List.of(), List.of(), ContributionSource.MANUAL, NOW));
        glue("frank", "review", "GW-2", "2026-03-17");
        glue("carol", "review", "GW-2", "2026-03-18");
        host.withProjectAdmin("alice");
        InMemoryProjectPrivacySettings privacy = new InMemoryProjectPrivacySettings();
        privacy.setPerPersonVisibility(host.issue("GW-1").projectId(), PerPersonVisibility.PROJECT_ADMINS, "alice", NOW);
        SprintReportService service = new SprintReportService(sprints, store, new InMemoryCategoryRepository(), host,
                host, clock, privacy);

        // when
        SprintReport forBob = service.report(BOB, 2);
        SprintReport forAlice = service.report(ALICE, 2);

        // then
        assertTrue(forBob.perPersonHidden());
        assertEquals(List.of(), forBob.matrix().rows());
        assertEquals(3, forBob.matrix().total());
        assertTrue(forBob.heroAlert().isEmpty());
        assertTrue(forBob.distribution().topContributor().isEmpty());
        assertEquals(List.of(TeamLevelReport.TEAMMATE), forBob.wins().stream().map(GlueWin::contributor).toList());
        assertEquals("the win itself stays", "Saved a day", forBob.wins().get(0).impact());
        assertTrue(service.export(BOB, 2).contributions().stream().allMatch(r -> r.contributor().equals(TeamLevelReport.TEAMMATE)));
        assertFalse(forAlice.perPersonHidden());
        assertEquals("frank", forAlice.heroAlert().orElseThrow().hero().key());
        assertEquals("carol, erin, frank and sam", 4, forAlice.matrix().rows().size());
    }

    @Test
    public void report_shouldStayFullWhenTheSprintsProjectsShowPerPersonFiguresToEveryone() {
        // given: only a project with no issue in the sprint is restricted
        glue("frank", "review", "GW-1", "2026-03-17");
        InMemoryProjectPrivacySettings privacy = new InMemoryProjectPrivacySettings();
        privacy.setPerPersonVisibility(424242, PerPersonVisibility.PROJECT_ADMINS, "alice", NOW);
        SprintReportService service = new SprintReportService(sprints, store, new InMemoryCategoryRepository(), host,
                host, clock, privacy);

        // when / then
        assertFalse(service.report(BOB, 2).perPersonHidden());
        assertEquals(1, service.report(BOB, 2).matrix().rows().stream().filter(r -> r.total() > 0).count());
    }

    /**
     * The report reads its glue {@link ReportGlue#reduced reduced} (issue 13). Every figure and every export row must
     * be what full glue gives: the same report, and the same rows but for the reduced contribution in them.
     */
    @Test
    public void reportAndExport_shouldBeTheSameFromReducedGlueAsFromFullGlue() {
        // given: glue with everything a reduced read leaves out (beneficiaries, notes, source, projects, times)
        Contribution reviewed = store.create(new NewContribution("review", "frank", "carol", host.issue("GW-1"),
                LocalDate.parse("2026-03-17"), "Reviewed the payment flow", "Unblocked the release",
                List.of("carol", "erin"), List.of(URI.create("https://ci.example/build/1")), ContributionSource.SUGGESTED,
                NOW));
        store.addCorroboration(reviewed.id(), "erin", "I was there", NOW.plusSeconds(60));
        store.addCorroboration(reviewed.id(), "carol", "Confirmed", NOW.plusSeconds(120));
        Contribution unattached = store.create(new NewContribution("coordination", "carol", "carol", null,
                LocalDate.parse("2026-03-20"), "Ran the retro", "", List.of("frank"), List.of(),
                ContributionSource.CONFLUENCE, NOW));
        store.addCorroboration(unattached.id(), "frank", "Useful", NOW.plusSeconds(30));
        glue("erin", "documentation", "GW-5", "2026-03-18");
        glue("frank", "incident", "SEC-1", "2026-03-19");
        glue("carol", "review", "GW-3", "2026-03-04");
        ContributionRepository fullGlue = (ContributionRepository) Proxy.newProxyInstance(
                ContributionRepository.class.getClassLoader(), new Class<?>[] {ContributionRepository.class},
                (proxy, method, args) -> switch (method.getName()) {
                    case "findReportGlueByIssues" -> store.findByIssues((Collection<Long>) args[0]);
                    case "findReportGlueUnattachedBetween" -> store.findUnattachedBetween((LocalDate) args[0],
                            (LocalDate) args[1]);
                    default -> method.invoke(store, args);
                });
        SprintReportService fromFullGlue = new SprintReportService(sprints, fullGlue, new InMemoryCategoryRepository(),
                host, host, clock);

        for (Optional<String> viewer : List.of(ALICE, BOB)) {
            for (long sprintId : List.of(1L, 2L)) {
                // when
                SprintReportExport full = fromFullGlue.export(viewer, sprintId);
                SprintReportExport reduced = service().export(viewer, sprintId);

                // then
                assertEquals(fromFullGlue.report(viewer, sprintId), service().report(viewer, sprintId));
                assertEquals(full.report(), reduced.report());
                assertEquals(full.contributions().stream()
                        .map(r -> new ReportedContribution(ReportGlue.reduced(r.contribution()), r.contributor(),
                                r.category(), r.corroborators(), r.win()))
                        .toList(), reduced.contributions());
            }
        }
        // and the glue was reduced indeed, so the comparison above is not of equal inputs
        Contribution reducedReview = service().export(ALICE, 2).contributions().stream()
                .map(ReportedContribution::contribution).filter(c -> c.id() == reviewed.id()).findFirst().orElseThrow();
        assertEquals(List.of(), reducedReview.beneficiaryKeys());
        assertEquals("", reducedReview.corroborations().get(0).note());
        assertEquals(2, service().report(ALICE, 2).wins().get(0).corroborators().size());
    }
}
