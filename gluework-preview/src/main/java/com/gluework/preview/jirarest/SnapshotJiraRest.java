package com.gluework.preview.jirarest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Answers the handful of Jira REST GETs the readers use from documents held in memory — Jira responses recorded
 * or generated elsewhere. It behaves like Jira for those endpoints (404 = empty, the same JSON shapes), so the
 * readers cannot tell it from a live server:
 * <ul>
 *   <li>{@code /rest/api/2/issue/{idOrKey}}</li>
 *   <li>{@code /rest/api/2/search[?jql=project = KEY]}</li>
 *   <li>{@code /rest/api/2/user?key=…} and {@code ?username=…}</li>
 *   <li>{@code /rest/api/2/user/search?username=…[&maxResults=n]} ({@code .} matches everyone, as on Data Center)</li>
 *   <li>{@code /rest/api/2/project/{key}}</li>
 *   <li>{@code /rest/agile/1.0/board/{id}/sprint}</li>
 * </ul>
 */
public final class SnapshotJiraRest implements JiraRest {
    private static final Pattern ISSUE = Pattern.compile("/rest/api/2/issue/([^/]+)");
    private static final Pattern PROJECT = Pattern.compile("/rest/api/2/project/([^/]+)");
    private static final Pattern BOARD_SPRINTS = Pattern.compile("/rest/agile/1.0/board/(\\d+)/sprint");
    private static final Pattern PROJECT_JQL = Pattern.compile("(?i)\\s*project\\s*=\\s*\"?([A-Za-z][A-Za-z0-9_]*)\"?.*");

    private final List<JsonNode> issues;
    private final List<JsonNode> users;
    private final Map<String, JsonNode> projectsByKey;
    private final Map<Long, JsonNode> sprintsByBoard;

    /**
     * The same documents indexed as the scans over them answered: by key and by id, by user key and by user name, the
     * first in list order winning. WHY: the panel asks for its issue twice and for every person it names on each
     * render, and scanning the lists showed in its profile (JFR, issue 13), where Jira answers from its caches.
     */
    private final Map<String, JsonNode> issuesByKeyOrId = new HashMap<>();
    private final Map<String, JsonNode> usersByKey = new HashMap<>();
    private final Map<String, JsonNode> usersByName = new HashMap<>();

    private SnapshotJiraRest(Builder builder) {
        this.issues = List.copyOf(builder.issues.values());
        this.users = List.copyOf(builder.users);
        for (JsonNode issue : issues) {
            issuesByKeyOrId.putIfAbsent(issue.path("key").asText(), issue);
            issuesByKeyOrId.putIfAbsent(issue.path("id").asText(), issue);
        }
        for (JsonNode user : users) {
            String key = JiraRestJson.userKey(user);
            if (key != null) {
                usersByKey.putIfAbsent(key, user);
            }
            usersByName.putIfAbsent(user.path("name").asText(), user);
        }
        this.projectsByKey = Map.copyOf(builder.projectsByKey);
        this.sprintsByBoard = Map.copyOf(builder.sprintsByBoard);
    }

    public static Builder builder() {
        return new Builder();
    }

    /**
     * True: the documents are fixed when the snapshot is built and the same objects are handed out every time (a
     * search's result wraps the same issue objects). Nothing here changes them, and no reader may.
     */
    @Override
    public boolean answersNeverChange() {
        return true;
    }

    @Override
    public Optional<JsonNode> get(String pathAndQuery) {
        URI uri = URI.create(pathAndQuery);
        String path = uri.getPath();
        Map<String, String> query = parseQuery(uri.getRawQuery());
        Matcher m;
        if ((m = ISSUE.matcher(path)).matches()) {
            return findIssue(m.group(1));
        }
        if (path.equals("/rest/api/2/search")) {
            return Optional.of(search(query.get("jql")));
        }
        if (path.equals("/rest/api/2/user")) {
            return findUser(query.get("key"), query.get("username"));
        }
        if (path.equals("/rest/api/2/user/search")) {
            return Optional.of(searchUsers(query.getOrDefault("username", ""), maxResults(query)));
        }
        if ((m = PROJECT.matcher(path)).matches()) {
            return Optional.ofNullable(projectsByKey.get(m.group(1)));
        }
        if ((m = BOARD_SPRINTS.matcher(path)).matches()) {
            return Optional.ofNullable(sprintsByBoard.get(Long.parseLong(m.group(1))));
        }
        return Optional.empty();
    }

    private Optional<JsonNode> findIssue(String idOrKey) {
        return Optional.ofNullable(issuesByKeyOrId.get(idOrKey));
    }

    private JsonNode search(String jql) {
        String projectKey = null;
        if (jql != null) {
            Matcher m = PROJECT_JQL.matcher(jql);
            projectKey = m.matches() ? m.group(1) : null;
        }
        ArrayNode found = JsonNodeFactory.instance.arrayNode();
        for (JsonNode issue : issues) {
            if (projectKey == null || projectKey.equalsIgnoreCase(issue.path("fields").path("project").path("key").asText())) {
                found.add(issue);
            }
        }
        ObjectNode result = JsonNodeFactory.instance.objectNode();
        result.put("startAt", 0).put("maxResults", Math.max(found.size(), 50)).put("total", found.size());
        result.set("issues", found);
        return result;
    }

    private Optional<JsonNode> findUser(String key, String username) {
        return Optional.ofNullable(key != null ? usersByKey.get(key) : username != null ? usersByName.get(username) : null);
    }

    private JsonNode searchUsers(String username, int maxResults) {
        String q = username.toLowerCase(Locale.ROOT);
        ArrayNode found = JsonNodeFactory.instance.arrayNode();
        users.stream()
                .filter(u -> q.equals(".") || u.path("name").asText().toLowerCase(Locale.ROOT).contains(q)
                        || u.path("displayName").asText().toLowerCase(Locale.ROOT).contains(q)
                        || u.path("emailAddress").asText().toLowerCase(Locale.ROOT).contains(q))
                .limit(maxResults)
                .forEach(found::add);
        return found;
    }

    private static int maxResults(Map<String, String> query) {
        try {
            return Integer.parseInt(query.getOrDefault("maxResults", "50"));
        } catch (NumberFormatException e) {
            return 50;
        }
    }

    private static Map<String, String> parseQuery(String rawQuery) {
        Map<String, String> params = new LinkedHashMap<>();
        if (rawQuery == null) {
            return params;
        }
        for (String pair : rawQuery.split("&")) {
            int eq = pair.indexOf('=');
            String name = eq < 0 ? pair : pair.substring(0, eq);
            String value = eq < 0 ? "" : pair.substring(eq + 1);
            params.putIfAbsent(URLDecoder.decode(name, StandardCharsets.UTF_8), URLDecoder.decode(value, StandardCharsets.UTF_8));
        }
        return params;
    }

    /** Collects documents exactly as Jira returned (or would return) them. */
    public static final class Builder {
        private final Map<String, JsonNode> issues = new LinkedHashMap<>();
        private final List<JsonNode> users = new ArrayList<>();
        private final Map<String, JsonNode> projectsByKey = new LinkedHashMap<>();
        private final Map<Long, JsonNode> sprintsByBoard = new LinkedHashMap<>();

        /** The issues of a {@code /rest/api/2/search} response. */
        public Builder searchResult(JsonNode search) {
            search.path("issues").forEach(this::issue);
            return this;
        }

        /** One {@code /rest/api/2/issue/{key}} response. */
        public Builder issue(JsonNode issue) {
            issues.put(issue.path("key").asText(), issue);
            return this;
        }

        /** One {@code /rest/api/2/user} response, or a {@code /rest/api/2/user/search} array of them. */
        public Builder users(JsonNode userOrArray) {
            if (userOrArray.isArray()) {
                userOrArray.forEach(users::add);
            } else {
                users.add(userOrArray);
            }
            return this;
        }

        /** One {@code /rest/api/2/project/{key}} response. */
        public Builder project(JsonNode project) {
            projectsByKey.put(project.path("key").asText(), project);
            return this;
        }

        /** One {@code /rest/agile/1.0/board/{id}/sprint} response. */
        public Builder boardSprints(long boardId, JsonNode sprints) {
            sprintsByBoard.put(boardId, sprints);
            return this;
        }

        public SnapshotJiraRest build() {
            return new SnapshotJiraRest(this);
        }
    }
}
