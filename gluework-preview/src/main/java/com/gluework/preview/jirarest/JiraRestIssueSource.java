package com.gluework.preview.jirarest;

import com.fasterxml.jackson.databind.JsonNode;
import com.gluework.core.model.IssueRef;
import com.gluework.core.port.IssueSource;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Jira's issues, read through its REST API ({@code /rest/api/2/issue/{idOrKey}?expand=changelog} and
 * {@code /rest/api/2/search}). No permission check here: the {@link com.gluework.core.port.AccessPolicy} decides.
 */
public final class JiraRestIssueSource implements IssueSource {
    private static final int PAGE_SIZE = 100;

    private final JiraRest jira;
    /** The issues read from a snapshot's documents, each read once (the panel asks for its issue twice per render). */
    private final ReadOnce<JiraIssue> issues;

    public JiraRestIssueSource(JiraRest jira) {
        this.jira = jira;
        this.issues = new ReadOnce<>(jira);
    }

    @Override
    public Optional<IssueRef> findIssue(String issueKey) {
        return findIssueDetails(issueKey).map(JiraIssue::ref);
    }

    @Override
    public Optional<IssueRef> findIssueById(long issueId) {
        return findIssueDetails(Long.toString(issueId)).map(JiraIssue::ref);
    }

    /** The issue with its fields and change history, by key or id. */
    public Optional<JiraIssue> findIssueDetails(String idOrKey) {
        if (idOrKey == null || idOrKey.isBlank()) {
            return Optional.empty();
        }
        return jira.get("/rest/api/2/issue/" + JiraRestJson.encode(idOrKey) + "?expand=changelog")
                .map(issue -> issues.get(issue, JiraRestIssueSource::toIssue));
    }

    /** Every issue of a project in key order, reading all pages of the search. */
    public List<JiraIssue> findProjectIssues(String projectKey) {
        return findProjectIssues(projectKey, Integer.MAX_VALUE);
    }

    /** The first {@code limit} issues of a project in key order (at least one page is read). */
    public List<JiraIssue> findProjectIssues(String projectKey, int limit) {
        String jql = JiraRestJson.encode("project = " + projectKey + " ORDER BY key ASC");
        List<JiraIssue> issues = new ArrayList<>();
        int startAt = 0;
        while (true) {
            Optional<JsonNode> page = jira.get("/rest/api/2/search?jql=" + jql + "&startAt=" + startAt + "&maxResults=" + PAGE_SIZE);
            if (page.isEmpty()) {
                return issues;
            }
            JsonNode pageIssues = page.get().path("issues");
            pageIssues.forEach(i -> issues.add(this.issues.get(i, JiraRestIssueSource::toIssue)));
            startAt += pageIssues.size();
            if (pageIssues.isEmpty() || startAt >= page.get().path("total").asInt(0) || issues.size() >= limit) {
                issues.sort((a, b) -> compareKeys(a.key(), b.key()));
                return issues.size() > limit ? List.copyOf(issues.subList(0, limit)) : issues;
            }
        }
    }

    /** Reads one issue object as found in {@code /issue} and {@code /search} responses. */
    static JiraIssue toIssue(JsonNode issue) {
        JsonNode fields = issue.path("fields");
        JsonNode project = fields.path("project");
        JsonNode status = fields.path("status");
        return new JiraIssue(
                issue.path("id").asLong(),
                issue.path("key").asText(),
                project.path("id").asLong(),
                project.path("key").asText(),
                JiraRestJson.text(project, "name"),
                JiraRestJson.text(fields, "summary"),
                JiraRestJson.text(fields.path("issuetype"), "name"),
                JiraRestJson.text(status, "name"),
                JiraRestJson.text(status.path("statusCategory"), "key"),
                JiraRestJson.userKey(fields.path("assignee")),
                JiraRestJson.userKey(fields.path("reporter")),
                JiraRestJson.timestamp(fields, "created"),
                JiraRestJson.timestamp(fields, "resolutiondate"),
                sprints(fields),
                history(issue.path("changelog")),
                commentCount(fields.path("comment")),
                JiraRestJson.text(fields, "description"));
    }

    /**
     * The Agile API sends {@code sprint} (current) and {@code closedSprints}; the platform API only the sprint custom
     * field, as objects (Cloud, newer servers) or as Greenhopper's {@code toString()} (Data Center), read by
     * {@link JiraSprintFieldParser}. Read them all; the first description of a sprint wins, and the result is by id.
     */
    private static List<JiraSprint> sprints(JsonNode fields) {
        Map<Long, JiraSprint> byId = new TreeMap<>();
        fields.path("closedSprints").forEach(s -> byId.putIfAbsent(s.path("id").asLong(), JiraSprintFieldParser.fromObject(s)));
        if (fields.path("sprint").has("id")) {
            byId.putIfAbsent(fields.path("sprint").path("id").asLong(), JiraSprintFieldParser.fromObject(fields.path("sprint")));
        }
        Iterator<Map.Entry<String, JsonNode>> all = fields.fields();
        while (all.hasNext()) {
            Map.Entry<String, JsonNode> field = all.next();
            if (field.getKey().startsWith("customfield_") && JiraSprintFieldParser.isSprintField(field.getValue())) {
                JiraSprintFieldParser.parseField(field.getValue()).forEach(s -> byId.putIfAbsent(s.id(), s));
            }
        }
        return List.copyOf(byId.values());
    }

    private static List<JiraChange> history(JsonNode changelog) {
        List<JiraChange> changes = new ArrayList<>();
        for (JsonNode history : changelog.path("histories")) {
            String author = JiraRestJson.userKey(history.path("author"));
            for (JsonNode item : history.path("items")) {
                changes.add(new JiraChange(author, JiraRestJson.timestamp(history, "created"), item.path("field").asText(),
                        JiraRestJson.text(item, "fromString"), JiraRestJson.text(item, "toString")));
            }
        }
        changes.sort(Comparator.comparing(JiraChange::at, Comparator.nullsFirst(Comparator.naturalOrder())));
        return changes;
    }

    /** {@code fields.comment} is an object with {@code comments}/{@code total} on api/2, a bare array on the Agile API. */
    private static int commentCount(JsonNode comment) {
        if (comment.isArray()) {
            return comment.size();
        }
        return comment.has("total") ? comment.path("total").asInt() : comment.path("comments").size();
    }

    private static int compareKeys(String a, String b) {
        String projectA = a.substring(0, Math.max(0, a.lastIndexOf('-')));
        String projectB = b.substring(0, Math.max(0, b.lastIndexOf('-')));
        int byProject = projectA.compareTo(projectB);
        return byProject != 0 ? byProject : Long.compare(number(a), number(b));
    }

    private static long number(String key) {
        try {
            return Long.parseLong(key.substring(key.lastIndexOf('-') + 1));
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
