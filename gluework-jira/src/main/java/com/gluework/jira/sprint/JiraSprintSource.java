package com.gluework.jira.sprint;

import com.atlassian.jira.bc.issue.search.SearchService;
import com.atlassian.jira.config.StatusManager;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.changehistory.ChangeHistory;
import com.atlassian.jira.issue.changehistory.ChangeHistoryManager;
import com.atlassian.jira.issue.history.ChangeItemBean;
import com.atlassian.jira.issue.search.SearchException;
import com.atlassian.jira.issue.status.Status;
import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.user.util.UserManager;
import com.atlassian.jira.web.bean.PagerFilter;
import com.atlassian.query.Query;
import com.gluework.core.port.SprintSource;
import com.gluework.core.report.Board;
import com.gluework.core.report.Sprint;
import com.gluework.core.report.SprintIssue;
import com.gluework.core.report.StatusChange;
import com.gluework.core.report.WorkflowStatuses;
import com.gluework.jira.adapter.JiraIssueSource;

import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The core {@link SprintSource} in Jira. A sprint's issues come from core Jira's search (JQL {@code sprint = N}, which
 * also matches issues carried over to a later sprint), their status histories from the change history, and the
 * "in progress"/"done" statuses from Jira's status categories; only boards and sprint metadata need Jira Software
 * ({@link JiraSoftwareBoards}). Without Jira Software the source is unavailable and answers with nothing.
 * <p>
 * Boards and sprints are looked up as the viewer (their user key mapped to the Jira user; an unknown key is treated as
 * anonymous), so Jira Software hides what the viewer may not see. Issue searches override security: the port promises
 * permission-free issue lookups, because the report filters issues through the viewer's permissions itself. The
 * logged-in user is still passed as the searcher, which only gives JQL functions their context.
 */
public final class JiraSprintSource implements SprintSource {
    static final int PAGE_SIZE = 200;
    static final String STATUS_FIELD = "status";

    private final SearchService searchService;
    private final ChangeHistoryManager changeHistoryManager;
    private final StatusManager statusManager;
    private final JiraAuthenticationContext authenticationContext;
    private final UserManager userManager;
    private final JiraSoftwareBoards boards;
    private final int pageSize;

    public JiraSprintSource(SearchService searchService, ChangeHistoryManager changeHistoryManager, StatusManager statusManager,
                            JiraAuthenticationContext authenticationContext, UserManager userManager,
                            JiraSoftwareBoards boards) {
        this(searchService, changeHistoryManager, statusManager, authenticationContext, userManager, boards, PAGE_SIZE);
    }

    JiraSprintSource(SearchService searchService, ChangeHistoryManager changeHistoryManager, StatusManager statusManager,
                     JiraAuthenticationContext authenticationContext, UserManager userManager, JiraSoftwareBoards boards,
                     int pageSize) {
        this.searchService = searchService;
        this.changeHistoryManager = changeHistoryManager;
        this.statusManager = statusManager;
        this.authenticationContext = authenticationContext;
        this.userManager = userManager;
        this.boards = boards;
        this.pageSize = pageSize;
    }

    @Override
    public boolean isAvailable() {
        return boards.isAvailable();
    }

    @Override
    public List<Board> findBoards(Optional<String> viewerKey) {
        return boards.findBoards(user(viewerKey));
    }

    @Override
    public Optional<Board> findBoard(Optional<String> viewerKey, long boardId) {
        return boards.findBoard(user(viewerKey), boardId);
    }

    @Override
    public List<Sprint> findBoardSprints(Optional<String> viewerKey, long boardId) {
        return boards.findBoardSprints(user(viewerKey), boardId);
    }

    @Override
    public Optional<Sprint> findSprint(Optional<String> viewerKey, long sprintId) {
        return boards.findSprint(user(viewerKey), sprintId);
    }

    /**
     * Host calls: one search per page of {@link #PAGE_SIZE} issues (plus one empty page when the last is exactly full)
     * and one batch change-history read per page — never one per issue. The page's histories come from
     * {@link ChangeHistoryManager#getChangeHistoriesForUser(Iterable, ApplicationUser)}, which Jira answers with one
     * batched read of the change groups of all the page's issues (the one-issue {@code getChangeHistories} would cost a
     * query per issue: 400 for a report of a 200-issue sprint and its predecessor).
     */
    @Override
    public List<SprintIssue> findSprintIssues(long sprintId) {
        List<SprintIssue> found = new ArrayList<>();
        ApplicationUser searcher = authenticationContext.getLoggedInUser();
        for (List<Issue> page : issuesInSprint(sprintId, searcher)) {
            Map<Long, List<ChangeHistory>> histories = page.isEmpty() ? Map.of() : historiesByIssue(page, searcher);
            for (Issue issue : page) {
                found.add(new SprintIssue(JiraIssueSource.toRef(issue).orElseThrow(),
                        statusChanges(histories.getOrDefault(issue.getId(), List.of())),
                        Optional.ofNullable(issue.getAssignee()).map(ApplicationUser::getKey).orElse(null)));
            }
        }
        return found;
    }

    /** The change groups of a page of issues, from one batch read, by issue id (the order of the groups is sorted out by core). */
    private Map<Long, List<ChangeHistory>> historiesByIssue(List<Issue> page, ApplicationUser searcher) {
        Map<Long, List<ChangeHistory>> byIssue = new HashMap<>();
        for (ChangeHistory history : changeHistoryManager.getChangeHistoriesForUser(page, searcher)) {
            if (history.getIssueId() != null) {
                byIssue.computeIfAbsent(history.getIssueId(), id -> new ArrayList<>()).add(history);
            }
        }
        return byIssue;
    }

    /** From the status categories of every status; Jira's default names if Jira reports no statuses at all. */
    @Override
    public WorkflowStatuses workflowStatuses() {
        Map<String, String> categoryByStatus = new HashMap<>();
        for (Status status : statusManager.getStatuses()) {
            if (status.getName() != null && status.getStatusCategory() != null) {
                categoryByStatus.put(status.getName(), status.getStatusCategory().getKey());
            }
        }
        return categoryByStatus.isEmpty() ? WorkflowStatuses.jiraDefaults() : WorkflowStatuses.fromStatusCategories(categoryByStatus);
    }

    /** The Jira user of a key; {@code null} (anonymous to Jira Software) for no key or a key Jira no longer knows. */
    private ApplicationUser user(Optional<String> viewerKey) {
        return viewerKey.map(userManager::getUserByKey).orElse(null);
    }

    /** Every page of {@code sprint = N}, ordered by key so that pages neither overlap nor skip while issues change. */
    private List<List<Issue>> issuesInSprint(long sprintId, ApplicationUser searcher) {
        if (!boards.isAvailable()) {
            return List.of(); // without Jira Software, Jira does not know the "sprint" clause
        }
        SearchService.ParseResult parsed = searchService.parseQuery(searcher, sprintJql(sprintId));
        if (!parsed.isValid()) {
            throw new IllegalStateException("Jira could not parse '" + sprintJql(sprintId) + "' although Jira Software is available");
        }
        Query query = parsed.getQuery();
        List<List<Issue>> pages = new ArrayList<>();
        try {
            for (int start = 0; ; start += pageSize) {
                List<Issue> page = searchService.searchOverrideSecurity(searcher, query, new PagerFilter<Issue>(start, pageSize)).getResults();
                pages.add(page);
                if (page.size() < pageSize) {
                    return pages;
                }
            }
        } catch (SearchException e) {
            throw new IllegalStateException("Searching the issues of sprint " + sprintId + " failed", e);
        }
    }

    static String sprintJql(long sprintId) {
        return "sprint = " + sprintId + " ORDER BY key ASC";
    }

    /** The issue's status transitions; a change group without an author (automation, imports) still counts. */
    private static List<StatusChange> statusChanges(List<ChangeHistory> histories) {
        List<StatusChange> changes = new ArrayList<>();
        for (ChangeHistory history : histories) {
            Timestamp when = history.getTimePerformed();
            if (when == null) {
                continue;
            }
            for (ChangeItemBean item : history.getChangeItemBeans()) {
                // A custom field may also be called "Status"; only Jira's own field is the workflow status.
                if (STATUS_FIELD.equalsIgnoreCase(item.getField())
                        && Objects.equals(ChangeItemBean.STATIC_FIELD, item.getFieldType()) && item.getToString() != null) {
                    changes.add(new StatusChange(when.toInstant(), item.getFromString(), item.getToString(), history.getAuthorKey()));
                }
            }
        }
        return changes;
    }
}
