package com.gluework.preview.demo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.gluework.core.model.Category;
import com.gluework.core.model.DefaultCategories;
import com.gluework.core.model.NewContribution;
import com.gluework.preview.jirarest.JiraIssue;
import com.gluework.preview.jirarest.JiraRestIssueSource;
import com.gluework.preview.jirarest.JiraRestPeopleDirectory;
import com.gluework.preview.jirarest.JiraRestSnapshotFiles;
import com.gluework.preview.jirarest.JiraRestSprintSource;
import com.gluework.preview.jirarest.JiraSprint;
import com.gluework.preview.jirarest.SnapshotJiraRest;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

public class DemoDatasetTest {
    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final Clock WEDNESDAY_MORNING = Clock.fixed(Instant.parse("2025-03-12T08:30:00Z"), PARIS);
    private static final URI BASE = URI.create("http://localhost:2990");
    private final ObjectMapper json = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    @Rule
    public TemporaryFolder temp = new TemporaryFolder();

    @Test
    public void generate_shouldProduceIdenticalOutputForTheSameDay() throws Exception {
        // given two runs on the same day, hours apart
        Clock later = Clock.fixed(Instant.parse("2025-03-12T16:45:00Z"), PARIS);

        // when
        DemoDataset first = DemoDataset.generate(WEDNESDAY_MORNING, BASE);
        DemoDataset second = DemoDataset.generate(later, BASE);

        // then
        assertEquals(json.writeValueAsString(first.jira()), json.writeValueAsString(second.jira()));
        assertEquals(json.writeValueAsString(first.contributions()), json.writeValueAsString(second.contributions()));
    }

    @Test
    public void generate_shouldKeepSprintThreeActiveWhateverTheDay() {
        for (String day : List.of("2025-03-12T08:30:00Z", "2024-02-29T23:30:00Z", "2026-12-31T12:00:00Z")) {
            // given
            Clock clock = Clock.fixed(Instant.parse(day), PARIS);
            LocalDate today = LocalDate.now(clock);

            // when
            List<JiraSprint> sprints = new JiraRestSprintSource(DemoDataset.generate(clock, BASE).jira().toJiraRest())
                    .findBoardSprints(DemoDataset.BOARD_ID);

            // then
            assertEquals(List.of(1L, 2L, 3L), sprints.stream().map(JiraSprint::id).toList());
            assertEquals(List.of("closed", "closed", "active"), sprints.stream().map(JiraSprint::state).toList());
            JiraSprint active = sprints.get(2);
            assertTrue(day, active.contains(today));
            assertEquals(14, active.startDate().toLocalDate().until(active.endDate().toLocalDate()).getDays());
            assertFalse(sprints.get(1).contains(today));
        }
    }

    @Test
    public void generate_shouldGiveFrankBetween45And50PercentOfSprintThreesGlue() {
        // given
        DemoDataset dataset = DemoDataset.generate(WEDNESDAY_MORNING, BASE);
        LocalDate sprintStart = dataset.calendar().sprintStart(3);

        // when
        List<NewContribution> sprintThree = dataset.contributions().stream().map(SeedContribution::contribution)
                .filter(c -> !c.occurredOn().isBefore(sprintStart)).toList();
        long franks = sprintThree.stream().filter(c -> c.contributorKey().equals(DemoTeam.FRANK)).count();

        // then
        double share = (double) franks / sprintThree.size();
        assertTrue("frank's share was " + share, share >= 0.45 && share <= 0.50);
    }

    @Test
    public void generate_shouldSeedAbout150ContributionsInEveryDefaultCategory() {
        // when
        List<SeedContribution> seeds = DemoDataset.generate(WEDNESDAY_MORNING, BASE).contributions();

        // then
        assertTrue("seeded " + seeds.size(), seeds.size() >= 140 && seeds.size() <= 160);
        Set<String> used = seeds.stream().map(s -> s.contribution().categoryKey()).collect(Collectors.toSet());
        assertEquals(DefaultCategories.all().stream().map(Category::key).collect(Collectors.toSet()), used);
        assertTrue(seeds.stream().anyMatch(s -> !s.contribution().contributorKey().equals(s.contribution().recordedByKey())));
        assertTrue(seeds.stream().anyMatch(s -> s.corroborations().size() == 1));
        assertTrue(seeds.stream().anyMatch(s -> s.corroborations().size() == 2));
        assertTrue(seeds.stream().allMatch(s -> s.corroborations().size() <= 2));
        assertTrue(seeds.stream().anyMatch(s -> s.contribution().evidenceLinks().contains(URI.create(DemoContributions.RUNBOOK))));
        // nobody corroborates their own glue
        assertTrue(seeds.stream().allMatch(s -> s.corroborations().stream()
                .noneMatch(c -> c.corroboratorKey().equals(s.contribution().contributorKey()))));
    }

    @Test
    public void generate_shouldDateNothingAfterNow() {
        // given
        DemoDataset dataset = DemoDataset.generate(WEDNESDAY_MORNING, BASE);
        Instant now = WEDNESDAY_MORNING.instant();

        // when
        List<JiraIssue> issues = issuesOf(dataset);

        // then
        assertTrue(issues.stream().flatMap(i -> i.history().stream()).allMatch(c -> c.at().toInstant().isBefore(now)));
        assertTrue(dataset.contributions().stream().allMatch(s -> s.contribution().createdAt().isBefore(now)
                && s.corroborations().stream().allMatch(c -> c.at().isBefore(now) && c.at().isAfter(s.contribution().createdAt()))));
    }

    @Test
    public void generate_shouldTellTheBacklogStoryInJiraChangelogs() {
        // when
        List<JiraIssue> gw = issuesOf(DemoDataset.generate(WEDNESDAY_MORNING, BASE)).stream()
                .filter(i -> i.projectKey().equals("GW")).toList();

        // then forty issues, in the project the story names
        assertEquals(40, gw.size());
        assertEquals("GW-1", gw.get(0).key());
        assertEquals("GW-40", gw.get(39).key());
        assertEquals(DemoDataset.GW_PROJECT_NAME, gw.get(0).projectName());
        // a full flow, the way Jira records it
        JiraIssue done = byKey(gw, "GW-3");
        assertEquals(List.of("To Do>In Progress", "In Progress>In Review", "In Review>Done"), flow(done));
        assertEquals("done", done.statusCategoryKey());
        assertTrue(done.resolved() != null);
        // re-opens exist, and never on an issue bob clarified
        assertTrue(gw.stream().filter(i -> flow(i).contains("Done>Reopened")).count() >= 4);
        assertTrue(DemoBacklog.projectIssues("GW").stream().filter(DemoIssue::clarified)
                .noneMatch(spec -> flow(byKey(gw, spec.key())).contains("Done>Reopened")));
        // GW-24 carried from sprint 2 into sprint 3
        assertEquals(List.of(2L, 3L), byKey(gw, "GW-24").sprintIds());
        assertTrue(byKey(gw, "GW-24").history().stream().anyMatch(c -> c.field().equals("Sprint")
                && c.toText().equals("Payments Sprint 2, Payments Sprint 3")));
        // sprint 3 is in flight: some issues done, some not started
        List<String> sprintThreeStatuses = gw.stream().filter(i -> i.sprintIds().contains(3L)).map(JiraIssue::statusName).toList();
        assertTrue(sprintThreeStatuses.containsAll(List.of("To Do", "In Progress", "In Review", "Done")));
        // GW-1 has comments, and people other than its assignee wrote some
        assertTrue(byKey(gw, "GW-1").commentCount() >= 2);
    }

    @Test
    public void generate_shouldDescribeTheTeamAsJiraUsers() {
        // given
        SnapshotJiraRest jira = DemoDataset.generate(WEDNESDAY_MORNING, BASE).jira().toJiraRest();

        // when
        JsonNode alice = jira.get("/rest/api/2/user?key=alice").orElseThrow();

        // then
        assertEquals("alice", alice.path("key").asText());
        assertEquals("alice", alice.path("name").asText());
        assertEquals("Alice Moreau", alice.path("displayName").asText());
        assertTrue(alice.path("active").asBoolean());
        assertEquals("http://localhost:2990/secure/useravatar?size=large&ownerId=alice", alice.path("avatarUrls").path("48x48").asText());
        assertEquals(List.of("alice", "bob", "carol", "dave", "erin", "frank"),
                new JiraRestPeopleDirectory(jira).listPeople().stream().map(p -> p.key()).toList());
    }

    @Test
    public void snapshotFiles_shouldReadBackWhatWasWritten() throws Exception {
        // given
        DemoDataset dataset = DemoDataset.generate(WEDNESDAY_MORNING, BASE);
        JiraRestSnapshotFiles files = new JiraRestSnapshotFiles(json);

        // when
        files.write(temp.getRoot().toPath(), dataset.jira());
        SnapshotJiraRest reread = files.read(temp.getRoot().toPath()).toJiraRest();

        // then
        assertTrue(temp.getRoot().toPath().resolve("rest/api/2/search.json").toFile().isFile());
        assertTrue(temp.getRoot().toPath().resolve("rest/agile/1.0/board/1/sprint.json").toFile().isFile());
        assertEquals(json.writeValueAsString(dataset.jira().toJiraRest().get("/rest/api/2/issue/GW-1").orElseThrow()),
                json.writeValueAsString(reread.get("/rest/api/2/issue/GW-1").orElseThrow()));
        assertEquals("Payments Platform", reread.get("/rest/api/2/project/GW").orElseThrow().path("name").asText());
    }

    private static List<JiraIssue> issuesOf(DemoDataset dataset) {
        JiraRestIssueSource source = new JiraRestIssueSource(dataset.jira().toJiraRest());
        return java.util.stream.Stream.concat(source.findProjectIssues("GW").stream(), source.findProjectIssues("SEC").stream()).toList();
    }

    private static JiraIssue byKey(List<JiraIssue> issues, String key) {
        return issues.stream().filter(i -> i.key().equals(key)).findFirst().orElseThrow();
    }

    private static List<String> flow(JiraIssue issue) {
        return issue.statusChanges().stream().map(c -> c.fromText() + ">" + c.toText()).toList();
    }
}
