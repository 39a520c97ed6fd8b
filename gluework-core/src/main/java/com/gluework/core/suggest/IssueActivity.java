package com.gluework.core.suggest;

import com.gluework.core.model.IssueRef;

import java.net.URI;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything the suggestion rules read about one issue, in host-neutral form. The host fills it from what it already
 * has (Jira's change history, comments and remote links); nothing here is fetched by the rules.
 *
 * @param issueType   the issue type's name ("Story", "Incident"…); empty when unknown
 * @param assigneeKey the current assignee; {@code null} when unassigned
 * @param issueUrl    the issue's page, used as the evidence link of history changes; {@code null} when unknown
 * @param history     every changed field, in any order; kept sorted by time (ties keep their given order)
 * @param comments    kept sorted by time
 * @param sprint      the sprint the issue was (last) planned in; {@code null} when it was never in one
 */
public record IssueActivity(IssueRef issue, String issueType, String assigneeKey, URI issueUrl,
                            List<HistoryItem> history, List<IssueComment> comments, List<RemoteLink> remoteLinks,
                            SprintPeriod sprint) {
    public IssueActivity {
        Objects.requireNonNull(issue, "issue");
        issueType = issueType == null ? "" : issueType;
        assigneeKey = assigneeKey == null || assigneeKey.isBlank() ? null : assigneeKey;
        history = (history == null ? List.<HistoryItem>of() : history).stream()
                .sorted(Comparator.comparing(HistoryItem::at)).toList();
        comments = (comments == null ? List.<IssueComment>of() : comments).stream()
                .sorted(Comparator.comparing(IssueComment::at)).toList();
        remoteLinks = List.copyOf(remoteLinks == null ? List.of() : remoteLinks);
    }

    public Optional<SprintPeriod> sprintPeriod() {
        return Optional.ofNullable(sprint);
    }

    public Optional<URI> issueLink() {
        return Optional.ofNullable(issueUrl);
    }

    /** Who was assigned when; build it once per rule run, it replays the history. */
    public AssigneeTimeline assigneeTimeline() {
        return new AssigneeTimeline(history, assigneeKey);
    }

    /** Who was assigned at that moment ({@link AssigneeTimeline#assigneeAt}). */
    public Optional<String> assigneeAt(Instant moment) {
        return assigneeTimeline().assigneeAt(moment);
    }

    /** Was this person possibly the assignee at that moment ({@link AssigneeTimeline#mayBeAssigneeAt})? */
    public boolean mayBeAssigneeAt(String userKey, Instant moment) {
        return assigneeTimeline().mayBeAssigneeAt(userKey, moment);
    }
}
