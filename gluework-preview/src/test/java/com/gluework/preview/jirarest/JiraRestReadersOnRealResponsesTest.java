package com.gluework.preview.jirarest;

import com.gluework.core.model.IssueRef;
import com.gluework.core.model.Person;
import org.junit.Test;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

/** The readers on responses real Jira servers sent (testdata/), not on data we wrote ourselves. */
public class JiraRestReadersOnRealResponsesTest {
    private final SnapshotJiraRest jira = SharedJiraResponses.asJira();
    private final JiraRestIssueSource issues = new JiraRestIssueSource(jira);
    private final JiraRestPeopleDirectory people = new JiraRestPeopleDirectory(jira);

    @Test
    public void findIssue_shouldReadAnIssueOfASearchResult() {
        // when
        Optional<IssueRef> issue = issues.findIssue("SAMPLEPROJECT-13");

        // then
        assertEquals(Optional.of(new IssueRef(10014, "SAMPLEPROJECT-13", 10001, "SAMPLEPROJECT", "blarg from in example.rb")), issue);
    }

    @Test
    public void findIssueById_shouldReadASingleIssueResponse() {
        // when
        Optional<IssueRef> issue = issues.findIssueById(10002);

        // then the /issue/10002 response wins over the search's shorter copy
        assertEquals(Optional.of(new IssueRef(10002, "SAMPLEPROJECT-1", 10001, "SAMPLEPROJECT", "Sample Issue")), issue);
    }

    @Test
    public void findIssue_shouldBeEmptyForAnUnknownKey() {
        assertEquals(Optional.empty(), issues.findIssue("SAMPLEPROJECT-99"));
        assertEquals(Optional.empty(), issues.findIssueById(99999));
    }

    @Test
    public void findIssueDetails_shouldReadFieldsOfAnOldServerWithoutStatusCategories() {
        // when
        JiraIssue issue = issues.findIssueDetails("SAMPLEPROJECT-1").orElseThrow();

        // then
        assertEquals("Task", issue.issueTypeName());
        assertEquals("Open", issue.statusName());
        assertEquals("", issue.statusCategoryKey());
        assertEquals("admin", issue.assigneeKey());
        assertEquals("admin", issue.reporterKey());
        assertEquals(OffsetDateTime.parse("2011-12-14T10:26:06.030+13:00"), issue.created());
        assertNull(issue.resolved());
        assertEquals(0, issue.commentCount());
        assertEquals(List.of(), issue.sprintIds());
    }

    @Test
    public void findIssueDetails_shouldReadAChangelogIncludingAHistoryWithoutAuthor() {
        // when
        JiraIssue issue = issues.findIssueDetails("AR-86").orElseThrow();

        // then
        assertEquals("Ready", issue.statusName());
        assertEquals(OffsetDateTime.parse("2015-12-02T07:39:15-08:00"), issue.created());
        assertEquals("mister.morris", issue.assigneeKey());
        assertEquals(2, issue.history().size());
        JiraChange summary = issue.history().stream().filter(c -> c.field().equals("summary")).findFirst().orElseThrow();
        assertEquals("mister.morris@uservoice.com", summary.authorKey());
        assertEquals("A task that needs to be done.", summary.fromText());
        assertEquals("A task that doesn't need to be done.", summary.toText());
        JiraChange priority = issue.history().stream().filter(c -> c.field().equals("priority")).findFirst().orElseThrow();
        assertNull(priority.authorKey());
        assertEquals("Minor", priority.toText());
        assertTrue(issue.statusChanges().isEmpty());
    }

    @Test
    public void findIssueDetails_shouldReadTheAgileApisSprintAndClosedSprints() {
        // when
        JiraIssue issue = issues.findIssueDetails("HSP-1").orElseThrow();

        // then the Atlassian docs' example names sprint 37 both as current and as closed
        assertEquals(List.of(37L), issue.sprintIds());
        assertEquals(1, issue.commentCount());
    }

    @Test
    public void findProjectIssues_shouldReturnTheProjectsIssuesInKeyOrder() {
        // when
        List<JiraIssue> found = issues.findProjectIssues("SAMPLEPROJECT");

        // then
        assertEquals(11, found.size());
        assertEquals("SAMPLEPROJECT-1", found.get(0).key());
        assertEquals("SAMPLEPROJECT-4", found.get(1).key());
        assertEquals("SAMPLEPROJECT-13", found.get(10).key());
    }

    @Test
    public void findPerson_shouldFallBackToTheUserNameWhenTheServerSendsNoKey() {
        // when
        Optional<Person> admin = people.findPerson("admin");

        // then
        assertEquals(Optional.of(new Person("admin", "admin", "admin",
                "http://localhost:2990/jira/secure/useravatar?avatarId=10122", true)), admin);
        assertEquals(Optional.empty(), people.findPerson("nobody"));
    }

    @Test
    public void searchPeople_shouldMatchPartOfTheNameAndTreatBlankAsEveryone() {
        assertEquals(List.of("admin"), people.searchPeople("ADM", 10).stream().map(Person::key).toList());
        assertEquals(List.of("admin"), people.searchPeople("", 10).stream().map(Person::key).toList());
        assertEquals(List.of(), people.searchPeople("zed", 10));
        assertEquals(List.of(), people.searchPeople("admin", 0));
    }

    @Test
    public void findPeople_shouldLeaveUnknownKeysOut() {
        assertEquals(List.of("admin"), List.copyOf(people.findPeople(List.of("admin", "ghost", "admin")).keySet()));
    }

    @Test
    public void findBoardSprints_shouldReadClosedActiveAndFutureSprints() {
        // when
        List<JiraSprint> sprints = new JiraRestSprintSource(jira).findBoardSprints(734);

        // then
        assertEquals(List.of(740L, 776L, 807L, 832L, 845L, 846L), sprints.stream().map(JiraSprint::id).toList());
        JiraSprint active = sprints.get(3);
        assertTrue(active.isActive());
        assertEquals("Iteration-13-2", active.name());
        assertEquals(OffsetDateTime.parse("2016-06-20T13:24:39.161-07:00"), active.startDate());
        assertEquals(OffsetDateTime.parse("2016-06-28T14:24-07:00"), active.endDate());
        assertNull(active.completeDate());
        assertEquals(Long.valueOf(734), active.originBoardId());
        assertEquals(OffsetDateTime.parse("2016-04-28T05:08:48.543-07:00"), sprints.get(0).completeDate());
        JiraSprint future = sprints.get(5);
        assertFalse(future.isActive());
        assertNull(future.startDate());
        assertEquals("My Goal", future.goal());
        assertEquals(Optional.of(active), new JiraRestSprintSource(jira).findActiveSprint(734));
        assertEquals(List.of(), new JiraRestSprintSource(jira).findBoardSprints(1));
    }

    @Test
    public void findProject_shouldReadNameAndLead() {
        // when
        Optional<JiraProject> project = new JiraRestProjectSource(jira).findProject("ABDERA");

        // then
        assertEquals(Optional.of(new JiraProject(12310505, "ABDERA", "Abdera", "rooneg")), project);
        assertEquals(Optional.empty(), new JiraRestProjectSource(jira).findProject("NOPE"));
    }
}
