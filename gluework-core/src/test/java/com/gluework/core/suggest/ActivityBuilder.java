package com.gluework.core.suggest;

import com.gluework.core.model.IssueRef;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Test-data builder for an issue's activity: a story assigned to bob, in a sprint starting on {@link #SPRINT_START}. */
final class ActivityBuilder {
    static final Instant SPRINT_START = Instant.parse("2026-03-02T09:00:00Z");
    static final IssueRef ISSUE = new IssueRef(10007, "GW-7", 10000, "GW", "Refund webhook retries");
    static final URI ISSUE_URL = URI.create("https://jira.example.com/browse/GW-7");

    private String type = "Story";
    private String assignee = "bob";
    private SprintPeriod sprint = new SprintPeriod(SPRINT_START, SPRINT_START.plus(Duration.ofDays(14)));
    private final List<HistoryItem> history = new ArrayList<>();
    private final List<IssueComment> comments = new ArrayList<>();
    private final List<RemoteLink> links = new ArrayList<>();

    static ActivityBuilder aStory() {
        return new ActivityBuilder();
    }

    /** A moment relative to the sprint's start: {@code at(-2, 0)} is two days before it. */
    static Instant at(int days, int hours) {
        return SPRINT_START.plus(Duration.ofDays(days)).plus(Duration.ofHours(hours));
    }

    ActivityBuilder ofType(String issueType) {
        this.type = issueType;
        return this;
    }

    ActivityBuilder assignedTo(String userKey) {
        this.assignee = userKey;
        return this;
    }

    ActivityBuilder neverInASprint() {
        this.sprint = null;
        return this;
    }

    ActivityBuilder change(String author, Instant at, String field, String from, String to) {
        history.add(new HistoryItem(author, at, field, "", from, "", to));
        return this;
    }

    ActivityBuilder status(String author, Instant at, String from, String to) {
        return change(author, at, "status", from, to);
    }

    ActivityBuilder reassigned(String by, Instant at, String from, String to) {
        history.add(new HistoryItem(by, at, "assignee", from, from == null ? null : "User " + from, to,
                to == null ? null : "User " + to));
        return this;
    }

    ActivityBuilder comment(String author, Instant at, String body) {
        comments.add(new IssueComment(Integer.toString(10000 + comments.size()), author, at, body,
                URI.create(ISSUE_URL + "?focusedCommentId=" + (10000 + comments.size()))));
        return this;
    }

    ActivityBuilder link(String url, String title, String applicationType, List<String> labels, String addedBy, Instant addedAt) {
        links.add(new RemoteLink(Integer.toString(links.size() + 1), URI.create(url), title, "", applicationType, labels,
                addedBy, addedAt));
        return this;
    }

    IssueActivity build() {
        return new IssueActivity(ISSUE, type, assignee, ISSUE_URL, history, comments, links, sprint);
    }
}
