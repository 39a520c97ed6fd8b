package com.gluework.jira.adapter;

import com.atlassian.jira.bc.issue.search.SearchService;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.IssueManager;
import com.atlassian.jira.issue.changehistory.ChangeHistory;
import com.atlassian.jira.issue.changehistory.ChangeHistoryManager;
import com.atlassian.jira.issue.comments.Comment;
import com.atlassian.jira.issue.comments.CommentManager;
import com.atlassian.jira.issue.history.ChangeItemBean;
import com.atlassian.jira.issue.search.SearchException;
import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.web.bean.PagerFilter;
import com.gluework.core.model.IssueRef;
import com.gluework.core.port.IssueActivitySource;
import com.gluework.core.suggest.HistoryItem;
import com.gluework.core.suggest.IssueActivity;
import com.gluework.core.suggest.IssueComment;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An issue's activity for the suggestion rules, read in process from Jira: change groups from
 * {@link ChangeHistoryManager}, comments from {@link CommentManager}. For a list ({@link #recentActivity}) the change
 * histories of all issues are read in one batch call; Jira's API has no batch read of comments, so those are one call
 * per issue. Not read yet: remote links (the runbook rule never fires in Jira), the first sprint (the clarification
 * rule falls back to "before the first status change"), and links to the issue (evidence has none).
 */
public final class JiraIssueActivitySource implements IssueActivitySource {
    private final IssueManager issueManager;
    private final ChangeHistoryManager changeHistoryManager;
    private final CommentManager commentManager;
    private final SearchService searchService;
    private final JiraAuthenticationContext authenticationContext;

    public JiraIssueActivitySource(IssueManager issueManager, ChangeHistoryManager changeHistoryManager,
                                   CommentManager commentManager, SearchService searchService,
                                   JiraAuthenticationContext authenticationContext) {
        this.issueManager = issueManager;
        this.changeHistoryManager = changeHistoryManager;
        this.commentManager = commentManager;
        this.searchService = searchService;
        this.authenticationContext = authenticationContext;
    }

    @Override
    public Optional<IssueActivity> findActivity(IssueRef ref) {
        Issue issue = issueManager.getIssueObject(ref.id());
        if (issue == null) {
            return Optional.empty();
        }
        return Optional.of(activity(ref, issue, changeHistoryManager.getChangeHistories(issue)));
    }

    /**
     * The viewer's search ({@code updated >= -Nd ORDER BY updated DESC}, permission-checked by Jira), then one batch
     * read of every found issue's change history and one comment read per issue.
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
        List<IssueActivity> activities = new ArrayList<>();
        for (Issue issue : issues) {
            activities.add(activity(JiraIssueSource.toRef(issue).orElseThrow(), issue, byIssue.getOrDefault(issue.getId(), List.of())));
        }
        return activities;
    }

    private IssueActivity activity(IssueRef ref, Issue issue, List<ChangeHistory> histories) {
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
        List<IssueComment> comments = new ArrayList<>();
        for (Comment comment : commentManager.getComments(issue)) {
            if (comment.getCreated() != null) {
                comments.add(new IssueComment(comment.getId() == null ? null : String.valueOf(comment.getId()),
                        comment.getAuthorKey(), comment.getCreated().toInstant(), comment.getBody(), null));
            }
        }
        ApplicationUser assignee = issue.getAssignee();
        return new IssueActivity(ref, "", assignee == null ? null : assignee.getKey(), null, items, comments, List.of(), null);
    }
}
