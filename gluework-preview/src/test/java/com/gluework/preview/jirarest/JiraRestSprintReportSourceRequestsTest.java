package com.gluework.preview.jirarest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.gluework.core.report.SprintIssue;
import org.junit.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

/**
 * What the sprint report costs a Jira it reads over REST: the requests the report's sprint source sends for one
 * report — the sprint, its board's sprints (to find the previous one), the statuses, and the issues of both sprints
 * with their changelogs — counted against a double that answers like Jira's {@code /rest/api/2/search} (pages of at
 * most {@code maxResults}, {@code total}, each issue with {@code expand=changelog}'s {@code changelog.histories}).
 * The count must grow with pages of 100 issues, never with issues: no request per issue for its history.
 */
public class JiraRestSprintReportSourceRequestsTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern START_AT = Pattern.compile("startAt=(\\d+)");
    private static final Pattern MAX_RESULTS = Pattern.compile("maxResults=(\\d+)");

    @Test
    public void aReportsRequests_shouldBeAConstantPlusOneSearchPerHundredIssuesWithTheirChangelogs() {
        for (int issues : new int[] {40, 200, 450}) {
            // given: sprint 7 and the sprint before it, 6, with that many issues each
            CountingJira jira = new CountingJira(issues);
            JiraRestSprintReportSource source = new JiraRestSprintReportSource(jira, Map.of(1L, "Payments"));

            // when: what SprintReportService asks for one report
            source.findSprint(Optional.of("alice"), 7);
            source.findBoardSprints(Optional.of("alice"), 1);
            source.workflowStatuses();
            List<SprintIssue> current = source.findSprintIssues(7);
            List<SprintIssue> previous = source.findSprintIssues(6);

            // then: every issue with its status history from the search's embedded changelog ...
            assertEquals(issues, current.size());
            assertEquals(issues, previous.size());
            current.forEach(i -> assertEquals(i.issue().key(), 1, i.statusChanges().size()));
            // ... from one search request per page of 100 issues per sprint, and no request per issue
            int searchPages = (issues + 99) / 100;
            assertEquals(jira.asked.toString(), 2 * searchPages, jira.count("/rest/api/2/search"));
            assertTrue(jira.asked.stream().filter(p -> p.startsWith("/rest/api/2/search"))
                    .allMatch(p -> p.contains("expand=changelog")));
            assertEquals(jira.asked.toString(), 0, jira.count("/rest/api/2/issue/"));
            assertEquals("the rest does not depend on the sprint's size", jira.asked.size() - 2 * searchPages,
                    new CountingJira(1).countOtherRequestsOfAReport());
        }
    }

    /** A Jira double: board 1 with closed sprints 6 and 7, each with {@code issuesPerSprint} issues. */
    private static final class CountingJira implements JiraRest {
        final List<String> asked = new ArrayList<>();
        private final int issuesPerSprint;

        CountingJira(int issuesPerSprint) {
            this.issuesPerSprint = issuesPerSprint;
        }

        int count(String prefix) {
            return (int) asked.stream().filter(p -> p.startsWith(prefix)).count();
        }

        /** The requests of a report other than its searches, for a sprint of one issue. */
        int countOtherRequestsOfAReport() {
            JiraRestSprintReportSource source = new JiraRestSprintReportSource(this, Map.of(1L, "Payments"));
            source.findSprint(Optional.of("alice"), 7);
            source.findBoardSprints(Optional.of("alice"), 1);
            source.workflowStatuses();
            source.findSprintIssues(7);
            source.findSprintIssues(6);
            return asked.size() - count("/rest/api/2/search");
        }

        @Override
        public Optional<JsonNode> get(String path) {
            asked.add(path);
            if (path.startsWith("/rest/agile/1.0/sprint/")) {
                long id = Long.parseLong(path.substring("/rest/agile/1.0/sprint/".length()));
                return Optional.of(sprint(id));
            }
            if (path.startsWith("/rest/agile/1.0/board/1/sprint")) {
                ObjectNode page = JSON.createObjectNode().put("isLast", true);
                page.putArray("values").add(sprint(6)).add(sprint(7));
                return Optional.of(page);
            }
            if (path.startsWith("/rest/agile/1.0/board/1")) {
                return Optional.of(JSON.createObjectNode().put("id", 1).put("name", "Payments").put("type", "scrum"));
            }
            if (path.startsWith("/rest/api/2/status")) {
                ArrayNode statuses = JSON.createArrayNode();
                statuses.addObject().put("name", "In Progress").putObject("statusCategory").put("key", "indeterminate");
                statuses.addObject().put("name", "Done").putObject("statusCategory").put("key", "done");
                return Optional.of(statuses);
            }
            if (path.startsWith("/rest/api/2/search")) {
                return Optional.of(searchPage(path));
            }
            return Optional.empty();
        }

        private JsonNode searchPage(String path) {
            long sprint = path.contains("sprint%20%3D%206") || path.contains("sprint+%3D+6") || path.contains("sprint = 6")
                    ? 6 : 7;
            int startAt = number(START_AT, path);
            int max = Math.min(number(MAX_RESULTS, path), 100); // Jira caps a search page
            ObjectNode page = JSON.createObjectNode().put("startAt", startAt).put("maxResults", max)
                    .put("total", issuesPerSprint);
            ArrayNode issues = page.putArray("issues");
            for (int n = startAt; n < Math.min(startAt + max, issuesPerSprint); n++) {
                long id = sprint * 10_000 + n;
                ObjectNode issue = issues.addObject().put("id", String.valueOf(id)).put("key", "GW-" + id);
                ObjectNode fields = issue.putObject("fields");
                fields.putObject("project").put("id", "10").put("key", "GW").put("name", "Glue");
                fields.put("summary", "Issue " + id);
                fields.putObject("status").put("name", "Done").putObject("statusCategory").put("key", "done");
                fields.putObject("assignee").put("key", "JIRAUSER" + (n % 7)).put("name", "u" + (n % 7));
                fields.putObject("sprint").put("id", sprint).put("state", "closed").put("name", "Sprint " + sprint);
                ObjectNode changelog = issue.putObject("changelog").put("startAt", 0).put("maxResults", 1).put("total", 1);
                ObjectNode history = changelog.putArray("histories").addObject()
                        .put("created", "2026-03-0" + (sprint == 7 ? 4 : 2) + "T09:00:00.000+0000");
                history.putObject("author").put("key", "JIRAUSER1").put("name", "u1");
                history.putArray("items").addObject().put("field", "status").put("fromString", "In Progress")
                        .put("toString", "Done");
            }
            return page;
        }

        private static ObjectNode sprint(long id) {
            return JSON.createObjectNode().put("id", id).put("name", "Sprint " + id).put("state", "closed")
                    .put("originBoardId", 1)
                    .put("startDate", id == 7 ? "2026-03-02T09:00:00.000Z" : "2026-02-16T09:00:00.000Z")
                    .put("endDate", id == 7 ? "2026-03-13T17:00:00.000Z" : "2026-02-27T17:00:00.000Z")
                    .put("completeDate", id == 7 ? "2026-03-13T17:00:00.000Z" : "2026-02-27T17:00:00.000Z");
        }

        private static int number(Pattern pattern, String path) {
            Matcher m = pattern.matcher(path);
            return m.find() ? Integer.parseInt(m.group(1)) : 0;
        }
    }
}
