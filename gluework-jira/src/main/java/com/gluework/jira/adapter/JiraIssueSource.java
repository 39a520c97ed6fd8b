package com.gluework.jira.adapter;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.IssueManager;
import com.atlassian.jira.project.Project;
import com.gluework.core.model.IssueRef;
import com.gluework.core.port.IssueSource;

import java.util.Optional;

/** Jira's issues, without permission checks ({@link JiraAccessPolicy} decides visibility). */
public final class JiraIssueSource implements IssueSource {
    private final IssueManager issueManager;

    public JiraIssueSource(IssueManager issueManager) {
        this.issueManager = issueManager;
    }

    /** Also finds a moved issue by its old key; the returned ref carries the current key. Jira is not asked for a blank key. */
    @Override
    public Optional<IssueRef> findIssue(String issueKey) {
        if (issueKey == null || issueKey.isBlank()) {
            return Optional.empty();
        }
        return toRef(issueManager.getIssueObject(issueKey));
    }

    @Override
    public Optional<IssueRef> findIssueById(long issueId) {
        return toRef(issueManager.getIssueObject(issueId));
    }

    /** The issue as Glue Work knows it; empty for null (Jira returns null for unknown issues). */
    public static Optional<IssueRef> toRef(Issue issue) {
        if (issue == null) {
            return Optional.empty();
        }
        Project project = issue.getProjectObject();
        return Optional.of(new IssueRef(issue.getId(), issue.getKey(), project.getId(), project.getKey(), issue.getSummary()));
    }
}
