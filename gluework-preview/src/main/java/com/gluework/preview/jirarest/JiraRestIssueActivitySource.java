package com.gluework.preview.jirarest;

import com.fasterxml.jackson.databind.JsonNode;
import com.gluework.core.model.IssueRef;
import com.gluework.core.port.IssueActivitySource;
import com.gluework.core.suggest.HistoryItem;
import com.gluework.core.suggest.IssueActivity;
import com.gluework.core.suggest.IssueComment;
import com.gluework.core.suggest.RemoteLink;
import com.gluework.core.suggest.RunbookLinkRules;
import com.gluework.core.suggest.SprintPeriod;

import java.net.URI;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An issue's activity for the suggestion rules, read from Jira's REST API: the issue with
 * {@code ?expand=changelog}, its {@code /comment} and its {@code /remotelink} responses. Three GETs per issue: fine
 * for one issue's panel. A list ({@link #recentActivity}) is one search with {@code expand=changelog} and the comments
 * field, plus {@code /remotelink} only for incident issues, the only ones a rule reads links of (the REST API has no
 * batch read of remote links).
 *
 * <p>Where a response is missing (a server or snapshot that does not answer {@code /comment}), the comments embedded
 * in the issue's {@code fields.comment} are used, and an absent {@code /remotelink} means no remote links.
 */
public final class JiraRestIssueActivitySource implements IssueActivitySource {
    /** Every field: the sprint is a custom field whose id differs between Jira sites, and comments must be embedded. */
    private static final String SEARCH_FIELDS = "*all";
    private static final String COMMENT_TAB = "com.atlassian.jira.plugin.system.issuetabpanels%3Acomment-tabpanel";

    private final JiraRest jira;
    /**
     * One issue's activity from a snapshot, read once per issue document ({@link #findActivity}, once per panel
     * render). Its comment and remote-link documents never change either, so they need not be asked for again.
     */
    private final ReadOnce<IssueActivity> activities;

    public JiraRestIssueActivitySource(JiraRest jira) {
        this.jira = jira;
        this.activities = new ReadOnce<>(jira);
    }

    /**
     * One search ({@code updated >= day ORDER BY updated DESC}, changelog expanded, comments embedded) and a
     * {@code /remotelink} read per incident issue. Issues updated before {@code since} are dropped here too, since JQL
     * compares in the token user's time zone.
     */
    @Override
    public List<IssueActivity> recentActivity(Instant since, int limit) {
        String jql = "updated >= \"" + DateTimeFormatter.ISO_LOCAL_DATE.format(since.atOffset(ZoneOffset.UTC).minusDays(1))
                + "\" ORDER BY updated DESC";
        // Jira caps a page at its own maximum (often 50 or 100, whatever maxResults says): read pages up to the limit.
        List<JsonNode> found = new ArrayList<>();
        while (found.size() < limit) {
            Optional<JsonNode> page = jira.get("/rest/api/2/search?jql=" + JiraRestJson.encode(jql) + "&startAt=" + found.size()
                    + "&maxResults=" + (limit - found.size()) + "&expand=changelog&fields=" + JiraRestJson.encode(SEARCH_FIELDS));
            if (page.isEmpty()) {
                break;
            }
            JsonNode issues = page.get().path("issues");
            issues.forEach(found::add);
            if (issues.isEmpty() || found.size() >= page.get().path("total").asInt(0)) {
                break;
            }
        }
        found.sort(Comparator.comparing((JsonNode i) -> updatedOf(i).orElse(Instant.EPOCH)).reversed());
        List<IssueActivity> activities = new ArrayList<>();
        for (JsonNode issue : found) {
            if (activities.size() >= limit || updatedOf(issue).map(u -> u.isBefore(since)).orElse(false)) {
                continue;
            }
            String type = JiraRestJson.text(issue.path("fields").path("issuetype"), "name");
            JsonNode links = RunbookLinkRules.looksAtIssueType(type)
                    ? jira.get("/rest/api/2/issue/" + JiraRestJson.encode(issue.path("key").asText()) + "/remotelink").orElse(null)
                    : null;
            activities.add(toActivity(issue, null, links));
        }
        return activities;
    }

    private static Optional<Instant> updatedOf(JsonNode issue) {
        return Optional.ofNullable(JiraRestJson.timestamp(issue.path("fields"), "updated")).map(OffsetDateTime::toInstant);
    }

    @Override
    public Optional<IssueActivity> findActivity(IssueRef issue) {
        return findActivity(issue.key());
    }

    /** The issue's activity by key or id; empty when Jira does not know the issue (or hides it from the token's user). */
    public Optional<IssueActivity> findActivity(String idOrKey) {
        if (idOrKey == null || idOrKey.isBlank()) {
            return Optional.empty();
        }
        String path = "/rest/api/2/issue/" + JiraRestJson.encode(idOrKey);
        return jira.get(path + "?expand=changelog").map(found -> activities.get(found, issue -> toActivity(issue,
                jira.get(path + "/comment").orElse(null),
                jira.get(path + "/remotelink").orElse(null))));
    }

    /**
     * Reads the three responses into one activity.
     *
     * @param issue       an issue object as {@code /issue/{key}?expand=changelog} or a search result holds it
     * @param commentPage a {@code /comment} response, or {@code null} to use the comments embedded in the issue
     * @param remoteLinks a {@code /remotelink} response (an array), or {@code null} when there is none
     */
    public static IssueActivity toActivity(JsonNode issue, JsonNode commentPage, JsonNode remoteLinks) {
        JiraIssue read = JiraRestIssueSource.toIssue(issue);
        IssueRef ref = read.ref();
        String base = baseUrl(issue);
        URI issueUrl = base == null ? null : URI.create(base + "/browse/" + JiraRestJson.encode(read.key()));
        List<HistoryItem> history = history(issue.path("changelog"));
        JsonNode comments = commentPage != null ? commentPage.path("comments") : embeddedComments(issue.path("fields").path("comment"));
        return new IssueActivity(ref, read.issueTypeName(), read.assigneeKey(), issueUrl, history,
                comments(comments, base, read.key()), remoteLinks(remoteLinks, history), firstSprint(read));
    }

    private static List<HistoryItem> history(JsonNode changelog) {
        List<HistoryItem> items = new ArrayList<>();
        for (JsonNode history : changelog.path("histories")) {
            String author = JiraRestJson.userKey(history.path("author"));
            OffsetDateTime at = JiraRestJson.timestamp(history, "created");
            if (at == null) {
                continue; // a change nobody can place in time can support no "before" or "shortly after"
            }
            for (JsonNode item : history.path("items")) {
                items.add(new HistoryItem(author, at.toInstant(), item.path("field").asText(),
                        JiraRestJson.text(item, "from"), JiraRestJson.text(item, "fromString"),
                        JiraRestJson.text(item, "to"), JiraRestJson.text(item, "toString")));
            }
        }
        return items;
    }

    /** {@code fields.comment} is an object with {@code comments} on api/2, a bare array on the Agile API. */
    private static JsonNode embeddedComments(JsonNode comment) {
        return comment.isArray() ? comment : comment.path("comments");
    }

    private static List<IssueComment> comments(JsonNode comments, String base, String key) {
        List<IssueComment> read = new ArrayList<>();
        for (JsonNode comment : comments) {
            OffsetDateTime at = JiraRestJson.timestamp(comment, "created");
            if (at == null) {
                continue;
            }
            String id = JiraRestJson.text(comment, "id");
            URI link = base == null || id == null ? null : URI.create(base + "/browse/" + JiraRestJson.encode(key)
                    + "?focusedCommentId=" + JiraRestJson.encode(id) + "&page=" + COMMENT_TAB + "#comment-" + JiraRestJson.encode(id));
            read.add(new IssueComment(id, JiraRestJson.userKey(comment.path("author")), at.toInstant(),
                    JiraRestJson.text(comment, "body"), link));
        }
        return read;
    }

    /**
     * Remote links do not say who added them; the change history does, as a {@code RemoteIssueLink} item whose
     * {@code to} is the link's id. A link the history does not mention stays without an author.
     */
    private static List<RemoteLink> remoteLinks(JsonNode links, List<HistoryItem> history) {
        if (links == null || !links.isArray()) {
            return List.of();
        }
        Map<String, HistoryItem> addedById = new HashMap<>();
        history.stream().filter(h -> h.isField("RemoteIssueLink") && !h.toValue().isBlank())
                .forEach(h -> addedById.putIfAbsent(h.toValue(), h));
        List<RemoteLink> read = new ArrayList<>();
        for (JsonNode link : links) {
            JsonNode object = link.path("object");
            String url = JiraRestJson.text(object, "url");
            URI uri = RemoteLink.absoluteUrl(url);
            if (uri == null) {
                continue;
            }
            String id = link.path("id").asText("");
            List<String> labels = new ArrayList<>();
            object.path("labels").forEach(l -> labels.add(l.asText()));
            HistoryItem added = addedById.get(id);
            read.add(new RemoteLink(id, uri, JiraRestJson.text(object, "title"), JiraRestJson.text(link, "relationship"),
                    JiraRestJson.text(link.path("application"), "type"), labels,
                    added == null ? null : added.authorKey(), added == null ? null : added.at()));
        }
        return read;
    }

    /**
     * The first sprint the issue was planned in: a clarification counts when it came before that sprint or early in
     * it, not early in whichever later sprint the issue was carried into. The sprints are the ones
     * {@link JiraRestIssueSource} reads (Agile {@code sprint}/{@code closedSprints}, the sprint custom field as objects
     * or as Greenhopper's text); a sprint without both dates (a future one) says nothing.
     */
    private static SprintPeriod firstSprint(JiraIssue issue) {
        return issue.sprints().stream()
                .filter(s -> s.startDate() != null && s.endDate() != null && !s.endDate().isBefore(s.startDate()))
                .map(s -> new SprintPeriod(s.startDate().toInstant(), s.endDate().toInstant()))
                .min(Comparator.comparing(SprintPeriod::start))
                .orElse(null);
    }

    /**
     * The Jira base URL, from the issue's {@code self} ({@code …/rest/api/2/issue/10010}, or the Agile API's
     * {@code …/rest/agile/1.0/board/92/issue/10001}); {@code null} when absent.
     */
    private static String baseUrl(JsonNode issue) {
        String self = JiraRestJson.text(issue, "self");
        int rest = self == null ? -1 : self.indexOf("/rest/");
        return rest < 0 ? null : self.substring(0, rest);
    }
}
