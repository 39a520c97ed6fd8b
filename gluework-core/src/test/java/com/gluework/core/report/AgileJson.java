package com.gluework.core.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.gluework.core.model.IssueRef;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Maps Jira's Agile REST and changelog JSON onto the report's input records, the way a {@code JiraRest…} adapter
 * would, so the report can be tested on responses nobody on this project wrote.
 */
final class AgileJson {
    private static final ObjectMapper JSON = new ObjectMapper();
    /** Jira writes offsets both as "-07:00" (Agile API) and "-0800" (platform API), and UTC as "Z". */
    private static final DateTimeFormatter JIRA_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS[XXX][XX]");

    private AgileJson() {
    }

    static Path testdata(String relativePath) {
        String root = System.getProperty("gluework.testdata");
        if (root == null) {
            throw new IllegalStateException("system property gluework.testdata is not set (surefire sets it)");
        }
        Path file = Path.of(root, relativePath);
        if (!Files.isRegularFile(file)) {
            throw new IllegalStateException("test data missing: " + file);
        }
        return file;
    }

    static JsonNode read(String relativePath) {
        try {
            return JSON.readTree(testdata(relativePath).toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code GET /rest/agile/1.0/board/{id}/sprint}: the {@code values} page. */
    static List<Sprint> sprints(JsonNode page) {
        List<Sprint> sprints = new ArrayList<>();
        page.path("values").forEach(v -> sprints.add(sprint(v)));
        return sprints;
    }

    /** One Agile API sprint object; a sprint embedded in an issue has no {@code originBoardId} (board 0). */
    static Sprint sprint(JsonNode node) {
        return new Sprint(node.path("id").asLong(), node.path("originBoardId").asLong(0), node.path("name").asText(),
                SprintState.fromJira(node.path("state").asText(null)),
                instant(node, "startDate"), instant(node, "endDate"), instant(node, "completeDate"));
    }

    /** {@code GET /rest/agile/1.0/sprint/{id}/issue[?expand=changelog]}: the {@code issues} array. */
    static List<SprintIssue> issues(JsonNode page) {
        List<SprintIssue> issues = new ArrayList<>();
        page.path("issues").forEach(i -> issues.add(new SprintIssue(issueRef(i), statusChanges(i))));
        return issues;
    }

    static IssueRef issueRef(JsonNode issue) {
        JsonNode fields = issue.path("fields");
        return new IssueRef(Long.parseLong(issue.path("id").asText()), issue.path("key").asText(),
                Long.parseLong(fields.path("project").path("id").asText()), fields.path("project").path("key").asText(),
                fields.path("summary").asText(""));
    }

    /**
     * Status items of the changelog. A history entry may come without an author (automation, anonymised users): its
     * transition is kept, with no author.
     */
    static List<StatusChange> statusChanges(JsonNode issue) {
        List<StatusChange> changes = new ArrayList<>();
        for (JsonNode history : issue.path("changelog").path("histories")) {
            Instant at = instant(history, "created");
            JsonNode author = history.path("author");
            String authorKey = author.isMissingNode() ? null : author.path("key").asText(author.path("name").asText(null));
            for (JsonNode item : history.path("items")) {
                if ("status".equals(item.path("field").asText())) {
                    changes.add(new StatusChange(at, item.path("fromString").asText(null),
                            item.path("toString").asText(), authorKey));
                }
            }
        }
        return changes;
    }

    /** {@code GET /rest/api/2/status}: status name → status-category key. */
    static Map<String, String> statusCategories(JsonNode statuses) {
        Map<String, String> result = new LinkedHashMap<>();
        statuses.forEach(s -> result.put(s.path("name").asText(), s.path("statusCategory").path("key").asText()));
        return result;
    }

    static Instant instant(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.isMissingNode() || value.isNull() ? null : OffsetDateTime.parse(value.asText(), JIRA_TIME).toInstant();
    }
}
