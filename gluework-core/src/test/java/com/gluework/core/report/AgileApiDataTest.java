package com.gluework.core.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.gluework.core.model.Contribution;
import org.junit.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static com.gluework.core.report.ReportFixtures.UTC;
import static com.gluework.core.report.ReportFixtures.glue;
import static com.gluework.core.report.ReportFixtures.people;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

/** The report on real Jira Software responses (see testdata/SOURCES.md for where each file comes from). */
public class AgileApiDataTest {
    private static final String BOARD_SPRINTS = "andygrunwald__go-jira/testing/mock-data/sprints.json";
    private static final String ISSUES_WITH_CHANGELOG = "andygrunwald__go-jira/mocks/issues_in_sprint_with_changelog.json";
    private static final String STATUSES = "andygrunwald__go-jira/testing/mock-data/all_statuses.json";
    private static final String SPRINT_ISSUES = "sumoheavy__jira-ruby/spec/mock_responses/sprint/1_issues.json";
    private static final String SINGLE_SPRINT = "sumoheavy__jira-ruby/spec/mock_responses/sprint/1.json";
    private static final ZoneId LOS_ANGELES = ZoneId.of("America/Los_Angeles");

    private static Sprint sprintById(List<Sprint> sprints, long id) {
        return sprints.stream().filter(s -> s.id() == id).findFirst().orElseThrow();
    }

    @Test
    public void boardSprints_shouldMapStatesDatesAndBoard() {
        List<Sprint> sprints = AgileJson.sprints(AgileJson.read(BOARD_SPRINTS));

        assertEquals(List.of(740L, 776L, 807L, 832L, 845L, 846L), sprints.stream().map(Sprint::id).toList());
        assertEquals(List.of(SprintState.CLOSED, SprintState.CLOSED, SprintState.CLOSED, SprintState.ACTIVE,
                SprintState.FUTURE, SprintState.FUTURE), sprints.stream().map(Sprint::state).toList());
        Sprint iteration10 = sprints.get(0);
        assertEquals(new Sprint(740, 734, "Iteration-10", SprintState.CLOSED,
                Instant.parse("2016-04-11T14:29:03.294Z"), Instant.parse("2016-04-27T15:29:00Z"),
                Instant.parse("2016-04-28T12:08:48.543Z")), iteration10);
        assertNull(sprintById(sprints, 832).completeDate());
        assertNull(sprintById(sprints, 845).startDate());
    }

    @Test
    public void sprintRules_shouldPickTheActiveSprintAndItsPredecessorOnTheRealBoard() {
        List<Sprint> sprints = AgileJson.sprints(AgileJson.read(BOARD_SPRINTS));

        assertEquals(Optional.of(sprintById(sprints, 832)), SprintRules.defaultSprint(sprints));
        assertEquals(Optional.of(sprintById(sprints, 807)), SprintRules.previousSprint(sprintById(sprints, 832), sprints));
        assertEquals(Optional.of(sprintById(sprints, 740)), SprintRules.previousSprint(sprintById(sprints, 776), sprints));
        assertEquals(Optional.empty(), SprintRules.previousSprint(sprintById(sprints, 740), sprints));
        assertEquals(Optional.empty(), SprintRules.previousSprint(sprintById(sprints, 846), sprints));
    }

    @Test
    public void window_shouldCoverTheRealSprintUntilTheDayItWasCompleted() {
        List<Sprint> sprints = AgileJson.sprints(AgileJson.read(BOARD_SPRINTS));

        // Iteration-10 was planned to end on 27 April but completed on the 28th (05:08 in Los Angeles).
        assertEquals(Optional.of(new SprintWindow(LocalDate.of(2016, 4, 11), LocalDate.of(2016, 4, 28))),
                sprintById(sprints, 740).window(LOS_ANGELES));
        // The active sprint runs to its planned end.
        assertEquals(Optional.of(new SprintWindow(LocalDate.of(2016, 6, 20), LocalDate.of(2016, 6, 28))),
                sprintById(sprints, 832).window(LOS_ANGELES));
        assertEquals(Optional.empty(), sprintById(sprints, 845).window(LOS_ANGELES));
    }

    @Test
    public void select_shouldUseTheRealSprintWindowForTeamGlueWithoutIssue() {
        Sprint iteration10 = sprintById(AgileJson.sprints(AgileJson.read(BOARD_SPRINTS)), 740);
        SprintData data = new SprintData(iteration10, List.of(), List.of(
                glue(1).onNoIssue().by("alice").dated(LocalDate.of(2016, 4, 10)).build(),
                glue(2).onNoIssue().by("alice").dated(LocalDate.of(2016, 4, 11)).build(),
                glue(3).onNoIssue().by("alice").dated(LocalDate.of(2016, 4, 28)).build(),
                glue(4).onNoIssue().by("alice").dated(LocalDate.of(2016, 4, 29)).build()));

        List<Contribution> counted = SprintGlueSelector.select(data, Set.of("alice"), c -> true, LOS_ANGELES);

        assertEquals(List.of(2L, 3L), counted.stream().map(Contribution::id).toList());
    }

    @Test
    public void issuesWithChangelog_shouldMapTheIssueAndFindNoStatusTransitions() {
        List<SprintIssue> issues = AgileJson.issues(AgileJson.read(ISSUES_WITH_CHANGELOG));

        assertEquals(1, issues.size());
        SprintIssue ar86 = issues.get(0);
        assertEquals(12338L, ar86.issue().id());
        assertEquals("AR-86", ar86.issue().key());
        assertEquals(10302L, ar86.issue().projectId());
        assertEquals("AR", ar86.issue().projectKey());
        // Its two history entries change the summary and the priority, not the status.
        assertEquals(List.of(), ar86.statusChanges());
        assertEquals(Optional.empty(), ar86.lastKnownStatus());
    }

    @Test
    public void history_shouldKeepATransitionWhoseEntryLacksAnAuthor() {
        // Turn the real entries' items into status transitions, keeping everything else (times, the missing author).
        JsonNode page = AgileJson.read(ISSUES_WITH_CHANGELOG);
        page.path("issues").get(0).path("changelog").path("histories")
                .forEach(h -> h.path("items").forEach(i -> ((ObjectNode) i).put("field", "status")));

        List<StatusChange> changes = AgileJson.issues(page).get(0).statusChanges();

        Instant created = Instant.parse("2016-02-01T16:17:04Z"); // "2016-02-01T08:17:04.000-0800"
        assertEquals(List.of(
                new StatusChange(created, "A task that needs to be done.", "A task that doesn't need to be done.",
                        "mister.morris@uservoice.com"),
                new StatusChange(created, "Major", "Minor", null)), changes);
        assertEquals(Optional.empty(), changes.get(1).author());
    }

    @Test
    public void report_shouldCountGlueOnTheRealSprintIssueAndShowNoCycleTimeForIt() {
        List<Sprint> sprints = AgileJson.sprints(AgileJson.read(BOARD_SPRINTS));
        List<SprintIssue> issues = AgileJson.issues(AgileJson.read(ISSUES_WITH_CHANGELOG));
        Sprint active = sprintById(sprints, 832);
        Sprint previous = SprintRules.previousSprint(active, sprints).orElseThrow();
        List<Contribution> glue = List.of(
                glue(1).in("clarification").onIssue(issues.get(0).issue()).by("bob").corroboratedBy("carol").build(),
                glue(2).onNoIssue().by("carol").dated(LocalDate.of(2016, 6, 21)).build());
        SprintReportInput input = new SprintReportInput(new SprintData(active, issues, glue),
                Optional.of(new SprintData(previous, List.of(), List.of())), people("bob", "carol"), Map.of(),
                ReportFixtures.CATEGORIES, ReportSettings.defaults(LOS_ANGELES, WorkflowStatuses.jiraDefaults()));

        SprintReport report = SprintReportAssembler.assemble(input, c -> true);

        assertEquals(new SprintReport.Headline(2, 2, 1, 0), report.headline());
        assertEquals(807L, report.comparison().orElseThrow().previousSprint().id());
        assertEquals(2, report.comparison().orElseThrow().totalDelta());
        assertEquals(new OutcomeSignals.Group(1, 0, 0, 0, Optional.empty()), report.outcomes().clarified());
        assertEquals(0, report.outcomes().others().issueCount());
    }

    @Test
    public void sprintIssues_shouldMapTheClosedSprintAnIssueWasCarriedFrom() {
        JsonNode hsp1 = AgileJson.read(SPRINT_ISSUES).path("issues").get(0);

        Sprint sprint1 = AgileJson.sprint(hsp1.path("fields").path("closedSprints").get(0));
        Sprint sprint2 = AgileJson.sprint(hsp1.path("fields").path("sprint"));

        assertEquals(new Sprint(37, 0, "sprint 1", SprintState.CLOSED, Instant.parse("2015-04-11T05:22:00Z"),
                Instant.parse("2015-04-19T15:22:00Z"), Instant.parse("2015-04-20T01:04:00Z")), sprint1);
        assertEquals(Optional.of(new SprintWindow(LocalDate.of(2015, 4, 11), LocalDate.of(2015, 4, 20))),
                sprint1.window(ZoneId.of("Australia/Brisbane")));
        assertEquals(Optional.of(new SprintWindow(LocalDate.of(2015, 4, 10), LocalDate.of(2015, 4, 19))),
                sprint1.window(LOS_ANGELES));
        assertEquals(SprintState.FUTURE, sprint2.state());
        assertEquals(Optional.empty(), sprint2.window(UTC));

        SprintIssue issue = AgileJson.issues(AgileJson.read(SPRINT_ISSUES)).get(0);
        assertEquals("HSP-1", issue.issue().key());
        assertEquals(10001L, issue.issue().id());
        assertEquals("EX", issue.issue().projectKey());
        assertEquals(List.of(), issue.statusChanges());
    }

    @Test
    public void singleSprint_shouldReadUtcDatesAndTheOriginBoard() {
        Sprint sprint = AgileJson.sprint(AgileJson.read(SINGLE_SPRINT));

        assertEquals(1L, sprint.boardId());
        assertEquals(SprintState.CLOSED, sprint.state());
        assertEquals(Optional.of(new SprintWindow(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 1, 16))),
                sprint.window(UTC));
    }

    @Test
    public void workflowStatuses_shouldFollowTheRealStatusCategories() {
        Map<String, String> categories = AgileJson.statusCategories(AgileJson.read(STATUSES));
        WorkflowStatuses statuses = WorkflowStatuses.fromStatusCategories(categories);

        assertEquals(37, categories.size());
        assertTrue(statuses.isInProgress("In development"));
        assertTrue(statuses.isInProgress("In Review"));
        assertTrue(statuses.isDone("Rejected"));
        assertTrue(statuses.isDone("cannot reproduce"));
        assertFalse(statuses.isDone("Archived"));        // category "undefined"
        assertFalse(statuses.isInProgress("Backlog"));   // category "new"
        SprintIssue rejectedThenRevived = ReportFixtures.sprintIssue(1,
                ReportFixtures.change(1, "Speccing", "Rejected"), ReportFixtures.change(2, "Rejected", "To Do"));
        assertEquals(1, OutcomeSignalsCalculator.reopenCount(rejectedThenRevived, statuses));
    }
}
