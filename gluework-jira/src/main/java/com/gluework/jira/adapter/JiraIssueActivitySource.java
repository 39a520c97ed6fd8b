package com.gluework.jira.adapter;

import com.atlassian.jira.bc.issue.search.SearchService;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.IssueManager;
import com.atlassian.jira.issue.changehistory.ChangeHistory;
import com.atlassian.jira.issue.changehistory.ChangeHistoryManager;
import com.atlassian.jira.issue.comments.Comment;
import com.atlassian.jira.issue.comments.CommentManager;
import com.atlassian.jira.issue.history.ChangeItemBean;
import com.atlassian.jira.issue.issuetype.IssueType;
import com.atlassian.jira.issue.link.RemoteIssueLink;
import com.atlassian.jira.issue.link.RemoteIssueLinkManager;
import com.atlassian.jira.issue.search.SearchException;
import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.web.bean.PagerFilter;
import com.atlassian.sal.api.ApplicationProperties;
import com.atlassian.sal.api.UrlMode;
import com.gluework.core.model.IssueRef;
import com.gluework.core.port.IssueActivitySource;
import com.gluework.core.port.SprintSource;
import com.gluework.core.report.Sprint;
import com.gluework.core.suggest.HistoryItem;
import com.gluework.core.suggest.IssueActivity;
import com.gluework.core.suggest.IssueComment;
import com.gluework.core.suggest.RemoteLink;
import com.gluework.core.suggest.RunbookLinkRules;
import com.gluework.core.suggest.SprintPeriod;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * An issue's activity for the suggestion rules, read in process from Jira: change groups from
 * {@link ChangeHistoryManager}, comments from {@link CommentManager}, remote links from {@link RemoteIssueLinkManager},
 * the issue type from the issue, the issue's address from SAL's base URL, and the first sprint from the change
 * history's {@code Sprint} items and {@link SprintSource} (Jira Software).
 *
 * <p><b>Host reads.</b> One issue (the panel): its change history, its comments, its remote links, and one sprint
 * lookup per sprint its history mentions. A list ({@link #recentActivity}): one search, ONE batch change-history read
 * for all issues, one comment read per issue, one remote-link read per incident issue (the only issues the runbook
 * rule reads links of), and one sprint lookup per distinct sprint of the whole list. Comments are per issue because
 * Jira's public API has no batch read that is cheaper: {@code CommentManager} and {@code CommentService} read one issue
 * at a time, and {@code RecentCommentManager.getRecentComments(SearchRequest, ApplicationUser)} — the one public read
 * of the comments of many issues (Jira 7.x javadoc) — runs the search, a Lucene comment-index search and then
 * {@code CommentService.getCommentById} once per comment (Jira 6.x source of {@code LuceneCommentIterator}): one
 * database read per comment instead of one per issue. docs/suggestions.md lists everything searched.
 *
 * <p><b>What Jira cannot give.</b> A remote link carries no labels of the linked Confluence page (its fields are url,
 * title, summary, icon, relationship, status and application: Atlassian's "Using fields in Remote Issue Links"), so the
 * runbook rule sees titles only and its suggestions are at most MEDIUM ("titled"), never HIGH ("labelled"). An issue
 * put into a sprint when it was created has no {@code Sprint} history item, so its first sprint is unknown and the
 * clarification rule falls back to "before the first status change".
 *
 * <p><b>Restricted comments are left out.</b> This source reads without permission checks (the port's contract), and
 * a suggestion's evidence is shown to whoever sees the issue; a comment visible only to a group or project role
 * ({@link Comment#getGroupLevel()}, {@link Comment#getRoleLevelId()}) could then be revealed to people outside it. The
 * rules never see such comments, so no suggestion rests on one.
 */
public final class JiraIssueActivitySource implements IssueActivitySource {
    /** The change history field Jira Software records sprint changes under; its raw values are sprint ids ("12, 13"). */
    static final String SPRINT_FIELD = "Sprint";
    static final String REMOTE_LINK_FIELD = "RemoteIssueLink";
    private static final String COMMENT_TAB = "com.atlassian.jira.plugin.system.issuetabpanels%3Acomment-tabpanel";

    private final IssueManager issueManager;
    private final ChangeHistoryManager changeHistoryManager;
    private final CommentManager commentManager;
    private final RemoteIssueLinkManager remoteIssueLinkManager;
    private final SearchService searchService;
    private final JiraAuthenticationContext authenticationContext;
    private final ApplicationProperties applicationProperties;
    private final SprintSource sprints;

    public JiraIssueActivitySource(IssueManager issueManager, ChangeHistoryManager changeHistoryManager,
                                   CommentManager commentManager, RemoteIssueLinkManager remoteIssueLinkManager,
                                   SearchService searchService, JiraAuthenticationContext authenticationContext,
                                   ApplicationProperties applicationProperties, SprintSource sprints) {
        this.issueManager = issueManager;
        this.changeHistoryManager = changeHistoryManager;
        this.commentManager = commentManager;
        this.remoteIssueLinkManager = remoteIssueLinkManager;
        this.searchService = searchService;
        this.authenticationContext = authenticationContext;
        this.applicationProperties = applicationProperties;
        this.sprints = sprints;
    }

    @Override
    public Optional<IssueActivity> findActivity(IssueRef ref) {
        Issue issue = issueManager.getIssueObject(ref.id());
        if (issue == null) {
            return Optional.empty();
        }
        // One issue's panel reads all its links: the code-review rule looks for pull requests among them too.
        return Optional.of(new Reading().activity(ref, issue, changeHistoryManager.getChangeHistories(issue), true));
    }

    /**
     * The viewer's search ({@code updated >= -Nd ORDER BY updated DESC}, permission-checked by Jira), then one batch
     * read of every found issue's change history, one comment read per issue and one remote-link read per incident
     * issue. In a list the code-review rule therefore finds pull requests named in comments only, not ones that are
     * only linked (the preview's list reads the same).
     */
    @Override
    public List<IssueActivity> recentActivity(Instant since, int limit) {
        ApplicationUser viewer = authenticationContext.getLoggedInUser();
        long days = Math.max(1, Duration.between(since, Instant.now()).toDays() + 1);
        String jql = "updated >= -" + days + "d ORDER BY updated DESC";
        SearchService.ParseResult parsed = searchService.parseQuery(viewer, jql);
        if (!parsed.isValid()) {
            throw new IllegalStateException("Jira could not parse '" + jql + "'");
        }
        List<Issue> issues;
        try {
            issues = searchService.searchOverrideSecurity(viewer, parsed.getQuery(), new PagerFilter<Issue>(0, limit)).getResults();
        } catch (SearchException e) {
            throw new IllegalStateException("Searching the recently updated issues failed", e);
        }
        if (issues.isEmpty()) {
            return List.of();
        }
        Map<Long, List<ChangeHistory>> byIssue = new LinkedHashMap<>();
        for (ChangeHistory history : changeHistoryManager.getChangeHistoriesForUser(issues, viewer)) {
            byIssue.computeIfAbsent(history.getIssueId(), k -> new ArrayList<>()).add(history);
        }
        Reading reading = new Reading(); // one base URL read and one sprint cache for the whole list
        List<IssueActivity> activities = new ArrayList<>();
        for (Issue issue : issues) {
            activities.add(reading.activity(JiraIssueSource.toRef(issue).orElseThrow(), issue,
                    byIssue.getOrDefault(issue.getId(), List.of()), false));
        }
        return activities;
    }

    /** One read of one issue or one list: the base URL and the viewer are read once, each sprint is looked up once. */
    private final class Reading {
        private final String baseUrl = baseUrl();
        private final Optional<String> viewerKey = Optional.ofNullable(authenticationContext.getLoggedInUser())
                .map(ApplicationUser::getKey);
        private final boolean sprintsAvailable = sprints.isAvailable();
        private final Map<Long, Optional<SprintPeriod>> sprintPeriods = new HashMap<>();

        IssueActivity activity(IssueRef ref, Issue issue, List<ChangeHistory> histories, boolean allLinks) {
            String type = typeName(issue);
            List<HistoryItem> items = history(histories);
            List<RemoteLink> links = allLinks || RunbookLinkRules.looksAtIssueType(type)
                    ? remoteLinks(issue, items) : List.of();
            ApplicationUser assignee = issue.getAssignee();
            return new IssueActivity(ref, type, assignee == null ? null : assignee.getKey(), issueUrl(ref.key()), items,
                    comments(issue, ref.key()), links, firstSprint(items).orElse(null));
        }

        private URI issueUrl(String key) {
            return baseUrl == null ? null : URI.create(baseUrl + "/browse/" + encode(key));
        }

        private List<IssueComment> comments(Issue issue, String key) {
            List<IssueComment> read = new ArrayList<>();
            for (Comment comment : commentManager.getComments(issue)) {
                if (comment.getCreated() == null || comment.getGroupLevel() != null || comment.getRoleLevelId() != null) {
                    continue; // restricted comments are never read (class javadoc)
                }
                String id = comment.getId() == null ? null : String.valueOf(comment.getId());
                URI link = baseUrl == null || id == null ? null : URI.create(baseUrl + "/browse/" + encode(key)
                        + "?focusedCommentId=" + id + "&page=" + COMMENT_TAB + "#comment-" + id);
                read.add(new IssueComment(id, comment.getAuthorKey(), comment.getCreated().toInstant(), comment.getBody(), link));
            }
            return read;
        }

        /**
         * Jira's remote links, each credited to whoever the change history says added it: a {@code RemoteIssueLink}
         * item whose new raw value is the link's id. A link the history does not mention stays without an author (and
         * suggests nothing). Jira gives no labels of the linked page.
         */
        private List<RemoteLink> remoteLinks(Issue issue, List<HistoryItem> history) {
            Map<String, HistoryItem> addedById = new HashMap<>();
            history.stream().filter(h -> h.isField(REMOTE_LINK_FIELD) && !h.toValue().isBlank())
                    .sorted(Comparator.comparing(HistoryItem::at))
                    .forEach(h -> addedById.putIfAbsent(h.toValue().strip(), h));
            List<RemoteLink> read = new ArrayList<>();
            for (RemoteIssueLink link : remoteIssueLinkManager.getRemoteIssueLinksForIssue(issue)) {
                URI url = RemoteLink.absoluteUrl(link.getUrl());
                if (url == null) {
                    continue;
                }
                String id = link.getId() == null ? "" : String.valueOf(link.getId());
                HistoryItem added = addedById.get(id);
                read.add(new RemoteLink(id, url, link.getTitle(), link.getRelationship(), link.getApplicationType(),
                        List.of(), added == null ? null : added.authorKey(), added == null ? null : added.at()));
            }
            return read;
        }

        /**
         * The first sprint the issue was planned in, as the preview reads it: of the sprints its history's {@code Sprint}
         * items added, the one that started first (a sprint without both dates, a future one, says nothing). Each sprint
         * is looked up once per reading, as the viewer.
         */
        private Optional<SprintPeriod> firstSprint(List<HistoryItem> history) {
            if (!sprintsAvailable) {
                return Optional.empty();
            }
            Set<Long> added = new LinkedHashSet<>();
            history.stream().filter(h -> h.isField(SPRINT_FIELD)).forEach(h -> {
                Set<Long> before = sprintIds(h.fromValue());
                sprintIds(h.toValue()).stream().filter(id -> !before.contains(id)).forEach(added::add);
            });
            return added.stream()
                    .map(id -> sprintPeriods.computeIfAbsent(id, k -> sprints.findSprint(viewerKey, k).flatMap(JiraIssueActivitySource::period)))
                    .flatMap(Optional::stream)
                    .min(Comparator.comparing(SprintPeriod::start));
        }
    }

    private static Optional<SprintPeriod> period(Sprint sprint) {
        if (sprint.startDate() == null || sprint.endDate() == null || sprint.endDate().isBefore(sprint.startDate())) {
            return Optional.empty();
        }
        return Optional.of(new SprintPeriod(sprint.startDate(), sprint.endDate()));
    }

    private static List<HistoryItem> history(List<ChangeHistory> histories) {
        List<HistoryItem> items = new ArrayList<>();
        for (ChangeHistory history : histories) {
            Timestamp when = history.getTimePerformed();
            if (when == null) {
                continue; // a change nobody can place in time supports no "before" or "shortly after"
            }
            for (ChangeItemBean item : history.getChangeItemBeans()) {
                items.add(new HistoryItem(history.getAuthorKey(), when.toInstant(), item.getField(), item.getFrom(),
                        item.getFromString(), item.getTo(), item.getToString()));
            }
        }
        return items;
    }

    /** The raw value of a {@code Sprint} history item: sprint ids separated by commas; anything else is ignored. */
    static Set<Long> sprintIds(String raw) {
        Set<Long> ids = new LinkedHashSet<>();
        if (raw == null) {
            return ids;
        }
        for (String part : raw.split(",")) {
            String id = part.strip();
            if (!id.isEmpty() && id.chars().allMatch(Character::isDigit) && id.length() < 19) {
                ids.add(Long.parseLong(id));
            }
        }
        return ids;
    }

    private static String typeName(Issue issue) {
        IssueType type = issue.getIssueType();
        return type == null || type.getName() == null ? "" : type.getName();
    }

    /** SAL's canonical base URL without a trailing slash; {@code null} when Jira has none configured. */
    private String baseUrl() {
        String base = applicationProperties.getBaseUrl(UrlMode.CANONICAL);
        if (base == null || base.isBlank()) {
            return null;
        }
        String stripped = base.strip();
        while (stripped.endsWith("/")) {
            stripped = stripped.substring(0, stripped.length() - 1);
        }
        return RemoteLink.absoluteUrl(stripped) == null ? null : stripped;
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
