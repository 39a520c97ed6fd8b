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
    private static final String ASSIGNEE = "assignee";

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

    /**
     * Who was assigned at that moment, replayed from the history's assignee changes: the new value of the last change
     * at or before it, else the old value of the first change after it, else the current assignee. A change the
     * history records without a raw value (an old server) leaves the answer empty rather than guessing.
     */
    public Optional<String> assigneeAt(Instant moment) {
        List<HistoryItem> changes = history.stream().filter(h -> h.isField(ASSIGNEE)).toList();
        if (changes.isEmpty()) {
            return Optional.ofNullable(assigneeKey);
        }
        HistoryItem lastBefore = null;
        for (HistoryItem change : changes) {
            if (!change.at().isAfter(moment)) {
                lastBefore = change;
            }
        }
        String value = lastBefore != null ? lastBefore.toValue() : changes.get(0).fromValue();
        return value.isBlank() ? Optional.empty() : Optional.of(value);
    }

    /** Was this person the assignee at that moment? Unknown counts as "yes", so no rule credits a maybe-assignee. */
    public boolean mayBeAssigneeAt(String userKey, Instant moment) {
        List<HistoryItem> changes = history.stream().filter(h -> h.isField(ASSIGNEE)).toList();
        boolean rawValuesMissing = changes.stream()
                .anyMatch(c -> c.toValue().isBlank() && !c.toText().isBlank() || c.fromValue().isBlank() && !c.fromText().isBlank());
        if (rawValuesMissing) {
            return true;
        }
        return assigneeAt(moment).map(userKey::equals).orElse(false);
    }
}
