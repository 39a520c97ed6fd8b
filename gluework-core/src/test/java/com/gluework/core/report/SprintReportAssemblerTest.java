package com.gluework.core.report;

import com.gluework.core.model.Category;
import com.gluework.core.model.Contribution;
import com.gluework.core.model.Person;
import org.junit.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.function.Predicate;

import static com.gluework.core.report.ReportFixtures.CATEGORIES;
import static com.gluework.core.report.ReportFixtures.SPRINT_START;
import static com.gluework.core.report.ReportFixtures.UTC;
import static com.gluework.core.report.ReportFixtures.change;
import static com.gluework.core.report.ReportFixtures.glue;
import static com.gluework.core.report.ReportFixtures.people;
import static com.gluework.core.report.ReportFixtures.person;
import static com.gluework.core.report.ReportFixtures.sprintIssue;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

public class SprintReportAssemblerTest {
    private static final Predicate<Contribution> SEES_ALL = c -> true;
    private static final List<Person> TEAM = people("alice", "bob", "carol", "dave", "erin", "frank");
    private static final ReportSettings SETTINGS = ReportSettings.defaults(UTC, WorkflowStatuses.jiraDefaults());
    private static final Sprint SPRINT_2 = ReportFixtures.closedSprint(2, LocalDate.of(2026, 2, 16),
            LocalDate.of(2026, 2, 27));
    private static final Sprint SPRINT_3 = ReportFixtures.activeSprint(3);

    private static List<SprintIssue> sprint3Issues() {
        return List.of(
                sprintIssue(1, change(1, "To Do", "In Progress"), change(3, "In Progress", "Done")),
                sprintIssue(2, change(1, "To Do", "In Progress"), change(2, "In Progress", "Done"),
                        change(4, "Done", "Reopened"), change(6, "Reopened", "Done")),
                sprintIssue(3, change(2, "To Do", "In Progress")));
    }

    /** Frank carries 6 of 11 (55%); bob clarified issue 1; erin has nothing yet. */
    private static List<Contribution> sprint3Glue() {
        return List.of(
                glue(1).by("frank").in("review").on(1).corroboratedBy("carol", "dave").impact("Caught a data race").build(),
                glue(2).by("frank").in("review").on(2).build(),
                glue(3).by("frank").in("review").on(3).build(),
                glue(4).by("frank").in("coordination").on(2).impact("Unblocked bob's release").build(),
                glue(5).by("frank").in("coordination").onNoIssue().dated(SPRINT_START.plusDays(2)).build(),
                glue(6).by("frank").in("mentoring").onNoIssue().dated(SPRINT_START.plusDays(3)).build(),
                glue(7).by("bob").in("clarification").on(1).corroboratedBy("alice").build(),
                glue(8).by("carol").in("review").on(2).corroboratedBy("frank").build(),
                glue(9).by("dave").in("documentation").on(3).evidence("https://wiki.example.com/runbook").build(),
                glue(10).by("alice").in("facilitation").onNoIssue().dated(SPRINT_START.plusDays(9)).build(),
                glue(11).by("carol").in("quality").on(3).build(),
                glue(12).by("erin").in("review").on(3).retired().build(),
                glue(13).by("alice").in("facilitation").onNoIssue().dated(SPRINT_START.minusDays(3)).build());
    }

    private static List<Contribution> sprint2Glue() {
        return List.of(
                glue(101).by("frank").in("review").on(21).build(),
                glue(102).by("carol").in("review").on(21).build(),
                glue(103).by("dave").in("incident").on(22).build(),
                glue(104).by("alice").in("facilitation").on(22).build());
    }

    private static SprintReportInput input(List<Person> team, List<Contribution> glue) {
        return new SprintReportInput(new SprintData(SPRINT_3, sprint3Issues(), glue),
                Optional.of(new SprintData(SPRINT_2, List.of(sprintIssue(21), sprintIssue(22)), sprint2Glue())),
                team, Map.of(), CATEGORIES, SETTINGS);
    }

    @Test
    public void assemble_shouldComposeTheWholeReport() {
        SprintReport report = SprintReportAssembler.assemble(input(TEAM, sprint3Glue()), SEES_ALL);

        assertEquals(SPRINT_3, report.sprint());
        assertEquals(Optional.of(new SprintWindow(LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 13))),
                report.window());
        assertEquals(new SprintReport.Headline(11, 5, 3, 2), report.headline());
        assertEquals(List.of(1L, 7L, 8L, 4L), report.wins().stream().map(GlueWin::contributionId).toList());
        assertEquals(List.of(1, 1, 2, 1, 0, 6), report.matrix().rows().stream().map(GlueMatrix.Row::total).toList());
        assertEquals(Optional.of(person("frank")), report.distribution().topContributor());
        assertEquals(6.0 / 11, report.distribution().topShare(), 0);
        assertEquals("frank carried 55% of this sprint's glue (Code review, Coordination & hand-off). Suggest: "
                        + "rotate Code review to alice and bob; pair erin with frank on the next Coordination & hand-off.",
                report.heroAlert().orElseThrow().message());
        assertEquals(List.of("erin has no recorded glue yet — pair with frank on the next Code review?"),
                report.opportunities().stream().map(Opportunity::message).toList());
        assertEquals(List.of("clarification", "documentation", "mentoring", "coordination", "facilitation", "quality"),
                report.distribution().singleOwnerCategories().stream().map(s -> s.category().key()).toList());
    }

    @Test
    public void assemble_shouldCompareWithThePreviousSprint() {
        SprintComparison comparison = SprintReportAssembler.assemble(input(TEAM, sprint3Glue()), SEES_ALL)
                .comparison().orElseThrow();

        assertEquals(SPRINT_2, comparison.previousSprint());
        assertEquals(4, comparison.previousTotal());
        assertEquals(7, comparison.totalDelta());
        assertEquals(List.of(1, 2, 1, 1, 2, 0, -1, 1),
                comparison.categories().stream().map(SprintComparison.CategoryDelta::delta).toList());
        assertEquals(0.25, comparison.previousTopShare(), 0);
        assertTrue(comparison.giniDelta() > 0);
    }

    @Test
    public void assemble_shouldReportOutcomesForClarifiedIssuesVersusOthers() {
        OutcomeSignals outcomes = SprintReportAssembler.assemble(input(TEAM, sprint3Glue()), SEES_ALL).outcomes();

        assertEquals(new OutcomeSignals.Group(1, 0, 0, 1, Optional.of(new java.math.BigDecimal("2.0"))),
                outcomes.clarified());
        assertEquals(new OutcomeSignals.Group(2, 1, 1, 1, Optional.of(new java.math.BigDecimal("5.0"))),
                outcomes.others());
        assertTrue(outcomes.smallSamples());
    }

    @Test
    public void assemble_shouldComputeEveryTotalOverWhatTheViewerMaySee() {
        Predicate<Contribution> cannotBrowseIssue1 = c -> c.issue() == null || c.issue().id() != 1;

        SprintReport report = SprintReportAssembler.assemble(input(TEAM, sprint3Glue()), cannotBrowseIssue1);

        assertEquals(new SprintReport.Headline(9, 4, 1, 1), report.headline());
        assertEquals(List.of(8L, 4L), report.wins().stream().map(GlueWin::contributionId).toList());
        // Bob's clarification on issue 1 is hidden: it neither counts nor marks the issue as clarified.
        assertEquals(0, report.outcomes().clarified().issueCount());
        assertEquals(List.of("bob", "erin"),
                report.opportunities().stream().map(o -> o.person().key()).toList());
    }

    @Test
    public void assemble_shouldHandleAnEmptySprint() {
        SprintReportInput empty = new SprintReportInput(new SprintData(SPRINT_3, List.of(), List.of()),
                Optional.empty(), TEAM, Map.of(), CATEGORIES, SETTINGS);

        SprintReport report = SprintReportAssembler.assemble(empty, SEES_ALL);

        assertEquals(new SprintReport.Headline(0, 0, 0, 0), report.headline());
        assertEquals(List.of(), report.wins());
        assertEquals(0.0, report.distribution().gini(), 0);
        assertEquals(Optional.empty(), report.heroAlert());
        assertEquals(Optional.empty(), report.comparison());
        assertEquals(6, report.opportunities().size());
        assertEquals(0, report.outcomes().clarified().issueCount());
    }

    @Test
    public void assemble_shouldHandleASingleMemberTeam() {
        SprintReportInput solo = new SprintReportInput(new SprintData(SPRINT_3, sprint3Issues(),
                List.of(glue(1).by("alice").in("review").on(1).build())), Optional.empty(), people("alice"), Map.of(),
                CATEGORIES, SETTINGS);

        SprintReport report = SprintReportAssembler.assemble(solo, SEES_ALL);

        assertEquals(1.0, report.distribution().topShare(), 0);
        assertEquals(0.0, report.distribution().gini(), 0);
        assertEquals(List.of(), report.heroAlert().orElseThrow().suggestions());
        assertEquals(List.of(), report.opportunities());
    }

    @Test
    public void assemble_shouldNamePeopleOutsideTheTeamAsTheHostResolvedThem() {
        Person platformZoe = new Person("zoe", "zoe", "Zoë (Platform)", "", true);
        SprintReportInput withOutsider = new SprintReportInput(new SprintData(SPRINT_3, sprint3Issues(),
                List.of(glue(1).by("zoe").in("review").on(1).corroboratedBy("ghost").build())), Optional.empty(),
                people("alice"), Map.of("zoe", platformZoe), CATEGORIES, SETTINGS);

        SprintReport report = SprintReportAssembler.assemble(withOutsider, SEES_ALL);

        GlueWin win = report.wins().get(0);
        assertEquals(platformZoe, win.contributor());
        assertEquals(List.of(Person.unknown("ghost")), win.corroborators());
        assertEquals(List.of("alice", "zoe"), report.matrix().rows().stream().map(r -> r.person().key()).toList());
        assertFalse("zoe's row is marked as not on the team", report.matrix().row("zoe").orElseThrow().onTeam());
        // Only team members are invited; the outsider is no "opportunity".
        assertEquals(List.of("alice"), report.opportunities().stream().map(o -> o.person().key()).toList());
    }

    @Test
    public void export_shouldListTheCountedGlueResolvedAsTheReportResolvesIt() {
        // given glue by someone the host could not resolve, in a category since deleted, and a hidden issue
        List<Contribution> glue = new ArrayList<>(sprint3Glue());
        glue.add(glue(50).by("ghost").in("gone-category").on(2).corroboratedBy("ghost", "carol").build());
        Predicate<Contribution> cannotBrowseIssue1 = c -> c.issue() == null || c.issue().id() != 1;

        // when
        SprintReportExport export = SprintReportAssembler.export(input(TEAM, glue), cannotBrowseIssue1);

        // then: exactly the counted glue, in the report's own terms
        assertEquals(export.report().headline().contributions(), export.contributions().size());
        assertEquals(export.report(), SprintReportAssembler.assemble(input(TEAM, glue), cannotBrowseIssue1));
        ReportedContribution ghost = export.contributions().stream()
                .filter(r -> r.contribution().id() == 50).findFirst().orElseThrow();
        assertEquals(Person.unknown("ghost"), ghost.contributor());
        assertEquals(Category.unknown("gone-category"), ghost.category());
        assertEquals(List.of(person("carol")), ghost.corroborators());
        assertTrue(ghost.win());
        assertEquals(export.report().matrix().columns().get(export.report().matrix().columnIndex("gone-category")),
                ghost.category());
        assertFalse("hidden glue is not exported", export.contributions().stream()
                .anyMatch(r -> r.contribution().issue() != null && r.contribution().issue().id() == 1));
    }

    @Test
    public void assemble_shouldCompareWithThePreviousSprintAsMeasuredOverItsOwnTeam() {
        // given sprint 2 was worked by frank and carol only (2 and 1), without this sprint's other four
        List<Contribution> previousGlue = List.of(
                glue(101).by("frank").in("review").on(21).build(),
                glue(102).by("frank").in("review").on(21).build(),
                glue(103).by("carol").in("review").on(22).build());
        SprintReportInput input = new SprintReportInput(new SprintData(SPRINT_3, sprint3Issues(), sprint3Glue()),
                Optional.of(new SprintData(SPRINT_2, List.of(sprintIssue(21), sprintIssue(22)), previousGlue)),
                TEAM, people("carol", "frank"), Map.of(), CATEGORIES, SETTINGS);

        // when
        SprintComparison comparison = SprintReportAssembler.assemble(input, SEES_ALL).comparison().orElseThrow();

        // then: Gini of (1, 2) is 1/3; over six people (0, 0, 0, 0, 1, 2) it would be 13/15
        assertEquals(1.0 / 3, comparison.previousGini(), 1e-12);
        assertEquals(2.0 / 3, comparison.previousTopShare(), 1e-12);
    }

    @Test
    public void assemble_property_shouldNotDependOnTheOrderOfInputs() {
        Random random = new Random(2026L);
        List<String> keys = List.of("alice", "bob", "carol", "dave", "erin", "frank", "gus");
        List<String> categoryKeys = CATEGORIES.stream().map(Category::key).toList();
        for (int run = 0; run < 200; run++) {
            List<Contribution> glue = new ArrayList<>();
            for (int id = 1; id <= 1 + random.nextInt(60); id++) {
                ReportFixtures.GlueBuilder builder = glue(id)
                        .by(keys.get(random.nextInt(keys.size())))
                        .in(categoryKeys.get(random.nextInt(categoryKeys.size())))
                        .dated(SPRINT_START.plusDays(random.nextInt(16) - 2));
                if (random.nextInt(3) == 0) {
                    builder.onNoIssue();
                } else {
                    builder.on(1 + random.nextInt(4));
                }
                if (random.nextBoolean()) {
                    builder.corroboratedBy(keys.get(random.nextInt(keys.size())));
                }
                if (random.nextInt(4) == 0) {
                    builder.impact("unblocked a teammate");
                }
                if (random.nextInt(10) == 0) {
                    builder.retired();
                }
                glue.add(builder.build());
            }
            List<Person> team = new ArrayList<>(people("alice", "bob", "carol", "dave", "erin", "frank"));
            List<SprintIssue> issues = new ArrayList<>(sprint3Issues());
            List<Category> categories = new ArrayList<>(CATEGORIES);
            SprintReport expected = SprintReportAssembler.assemble(new SprintReportInput(
                    new SprintData(SPRINT_3, issues, glue), Optional.empty(), team, Map.of(), categories, SETTINGS),
                    SEES_ALL);

            Collections.shuffle(glue, random);
            Collections.shuffle(team, random);
            Collections.shuffle(issues, random);
            Collections.shuffle(categories, random);
            SprintReport shuffled = SprintReportAssembler.assemble(new SprintReportInput(
                    new SprintData(SPRINT_3, issues, glue), Optional.empty(), team, Map.of(), categories, SETTINGS),
                    SEES_ALL);

            assertEquals(expected, shuffled);
            double gini = shuffled.distribution().gini();
            assertTrue(gini >= 0 && gini <= 1);
            assertEquals(shuffled.matrix().total(), shuffled.headline().contributions());
            assertEquals(shuffled.matrix().total(),
                    shuffled.matrix().rows().stream().mapToInt(GlueMatrix.Row::total).sum());
            assertFalse(shuffled.distribution().topShare() > 1);
        }
    }
}
