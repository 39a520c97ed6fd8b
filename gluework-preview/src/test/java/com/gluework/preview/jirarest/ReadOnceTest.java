package com.gluework.preview.jirarest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.gluework.core.model.Person;
import com.gluework.core.suggest.IssueActivity;
import com.gluework.preview.demo.DemoDataset;
import org.junit.Test;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotSame;
import static org.junit.Assert.assertSame;
import static org.junit.Assert.assertTrue;

/**
 * The readers keep what they read from a snapshot's documents ({@link ReadOnce}), and read a live Jira's answers anew
 * every time, so a change in Jira shows at once.
 */
public class ReadOnceTest {
    private static final Clock WEDNESDAY_MORNING = Clock.fixed(Instant.parse("2025-03-12T08:30:00Z"), ZoneId.of("Europe/Paris"));
    private static final SnapshotJiraRest DEMO = DemoDataset.generate(WEDNESDAY_MORNING, URI.create("http://localhost:2990"))
            .jira().toJiraRest();

    @Test
    public void snapshot_shouldBeReadOncePerDocumentAndGiveWhatAFreshReadGives() {
        // given: readers on the demo snapshot, counting what they ask it
        CountingJira counting = new CountingJira(DEMO, true);
        JiraRestIssueSource issues = new JiraRestIssueSource(counting);
        JiraRestIssueActivitySource activities = new JiraRestIssueActivitySource(counting);
        JiraRestPeopleDirectory people = new JiraRestPeopleDirectory(counting);

        // when: the same things are asked for twice, as two panel renders do
        JiraIssue issue = issues.findIssueDetails("GW-12").orElseThrow();
        IssueActivity activity = activities.findActivity("GW-12").orElseThrow();
        Person bob = people.findPerson("bob").orElseThrow();
        int requestsForTheFirst = counting.paths.size();
        JiraIssue issueAgain = issues.findIssueDetails("GW-12").orElseThrow();
        IssueActivity activityAgain = activities.findActivity("GW-12").orElseThrow();
        Person bobAgain = people.findPerson("bob").orElseThrow();

        // then: the very same values, read from the documents once ...
        assertSame(issue, issueAgain);
        assertSame(activity, activityAgain);
        assertSame(bob, bobAgain);
        // ... the same as readers that keep nothing make of them ...
        assertEquals(JiraRestIssueSource.toIssue(DEMO.get("/rest/api/2/issue/GW-12").orElseThrow()), issue);
        assertEquals(new JiraRestIssueActivitySource(new CountingJira(DEMO, false)).findActivity("GW-12").orElseThrow(), activity);
        assertEquals(JiraRestPeopleDirectory.toPerson(DEMO.get("/rest/api/2/user?key=bob").orElseThrow()), bob);
        // ... and the activity's comment and remote-link documents are not asked for again
        assertEquals(List.of("/rest/api/2/issue/GW-12?expand=changelog", "/rest/api/2/issue/GW-12?expand=changelog",
                "/rest/api/2/user?key=bob"), counting.paths.subList(requestsForTheFirst, counting.paths.size()));
        // (a project's issues are the same objects as the single reads)
        assertTrue(issues.findProjectIssues("GW").stream().anyMatch(i -> i == issue));
    }

    @Test
    public void liveJira_shouldBeReadAnewEveryTimeSoThatAChangeShowsAtOnce() {
        // given: a Jira whose GW-12 is renamed between two requests, answering with new documents each time
        List<String> summaries = new ArrayList<>(List.of("Before the rename", "After the rename"));
        JiraRest live = path -> {
            Optional<JsonNode> answer = DEMO.get(path);
            if (answer.isEmpty() || !path.startsWith("/rest/api/2/issue/GW-12?")) {
                return answer.map(JsonNode::deepCopy);
            }
            ObjectNode copy = answer.get().deepCopy();
            ((ObjectNode) copy.path("fields")).put("summary", summaries.isEmpty() ? "?" : summaries.remove(0));
            return Optional.of(copy);
        };
        JiraRestIssueSource issues = new JiraRestIssueSource(live);
        JiraRestPeopleDirectory people = new JiraRestPeopleDirectory(live);

        // when
        JiraIssue first = issues.findIssueDetails("GW-12").orElseThrow();
        JiraIssue second = issues.findIssueDetails("GW-12").orElseThrow();

        // then: each request read, the rename seen at once
        assertEquals("Before the rename", first.summary());
        assertEquals("After the rename", second.summary());
        assertNotSame(people.findPerson("bob").orElseThrow(), people.findPerson("bob").orElseThrow());
    }

    /** Passes requests to a snapshot, recording their paths, and says whether its answers never change. */
    private static final class CountingJira implements JiraRest {
        final List<String> paths = new ArrayList<>();
        private final JiraRest answers;
        private final boolean neverChange;

        CountingJira(JiraRest answers, boolean neverChange) {
            this.answers = answers;
            this.neverChange = neverChange;
        }

        @Override
        public Optional<JsonNode> get(String pathAndQuery) {
            paths.add(pathAndQuery);
            return answers.get(pathAndQuery);
        }

        @Override
        public boolean answersNeverChange() {
            return neverChange;
        }
    }
}
