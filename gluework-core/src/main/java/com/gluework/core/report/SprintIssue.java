package com.gluework.core.report;

import com.gluework.core.model.IssueRef;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An issue that was in the sprint, with its status history and assignee. Whether it had a requirement clarification is
 * not an input: it is derived from the glue recorded on it.
 *
 * @param statusChanges every status transition of the issue, in any order; kept sorted by time (ties keep their
 *                      given order, which is Jira's history order)
 * @param assigneeKey   the user key of the issue's assignee, {@code null} when it is unassigned. The sprint's team is
 *                      the assignees of the issues the viewer may browse ({@link SprintData#team()}), so an assignee is
 *                      never learnt from an issue the viewer cannot see.
 */
public record SprintIssue(IssueRef issue, List<StatusChange> statusChanges, String assigneeKey) {
    public SprintIssue {
        Objects.requireNonNull(issue, "issue");
        statusChanges = (statusChanges == null ? List.<StatusChange>of() : statusChanges).stream()
                .sorted(Comparator.comparing(StatusChange::at))
                .toList();
        assigneeKey = assigneeKey == null || assigneeKey.isBlank() ? null : assigneeKey;
    }

    /** An unassigned issue. */
    public SprintIssue(IssueRef issue, List<StatusChange> statusChanges) {
        this(issue, statusChanges, null);
    }

    public Optional<String> assignee() {
        return Optional.ofNullable(assigneeKey);
    }

    /** The status after the last recorded transition; empty when the issue never changed status. */
    public Optional<String> lastKnownStatus() {
        return statusChanges.isEmpty() ? Optional.empty()
                : Optional.of(statusChanges.get(statusChanges.size() - 1).toStatus());
    }
}
