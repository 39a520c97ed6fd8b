package com.gluework.preview.jirarest;

import com.gluework.core.model.IssueRef;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An issue as the preview's pages show it, read from {@code /rest/api/2/issue} or a search result.
 *
 * @param statusCategoryKey Jira's category key: {@code new}, {@code indeterminate} or {@code done} (empty when the
 *                          server did not send one, as Jira before 6.1 did not)
 * @param assigneeKey       {@code null} when unassigned
 * @param resolved          {@code null} while unresolved
 * @param sprints           every sprint the issue has been in (a carried-over issue names each), by id; from the
 *                          sprint field, so names, states and dates are as the issue's field tells them
 * @param history           the changelog, oldest first; empty unless requested with {@code expand=changelog}
 * @param description       plain text as stored (wiki markup is not rendered); empty when none
 */
public record JiraIssue(long id, String key, long projectId, String projectKey, String projectName, String summary,
                        String issueTypeName, String statusName, String statusCategoryKey, String assigneeKey,
                        String reporterKey, OffsetDateTime created, OffsetDateTime resolved, List<JiraSprint> sprints,
                        List<JiraChange> history, int commentCount, String description) {
    public JiraIssue {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(projectKey, "projectKey");
        summary = summary == null ? "" : summary;
        statusName = statusName == null ? "" : statusName;
        description = description == null ? "" : description;
        statusCategoryKey = statusCategoryKey == null ? "" : statusCategoryKey;
        sprints = List.copyOf(sprints);
        history = List.copyOf(history);
    }

    /** The ids of {@link #sprints()}, in the same order. */
    public List<Long> sprintIds() {
        return sprints.stream().map(JiraSprint::id).toList();
    }

    /** The sprint the issue was in last (the highest id: Jira numbers sprints as they are created), if any. */
    public Optional<JiraSprint> latestSprint() {
        return sprints.isEmpty() ? Optional.empty() : Optional.of(sprints.get(sprints.size() - 1));
    }

    /** What Glue Work's core needs to know about the issue. */
    public IssueRef ref() {
        return new IssueRef(id, key, projectId, projectKey, summary);
    }

    /** The status changes only, oldest first. */
    public List<JiraChange> statusChanges() {
        return history.stream().filter(c -> c.field().equalsIgnoreCase("status")).toList();
    }
}
