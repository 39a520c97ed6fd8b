package com.gluework.core.report;

import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Which status names mean "work has started" and which mean "done". Jira workflows name statuses freely ("In
 * development", "Rejected", "cannot reproduce"), but every status belongs to one of Jira's status categories, so the
 * host should build this from the categories ({@link #fromStatusCategories}) rather than from fixed names.
 * Names match case-insensitively and ignore surrounding blanks.
 */
public record WorkflowStatuses(Set<String> inProgressStatuses, Set<String> doneStatuses) {
    /** Jira's status-category key for statuses where work is under way ("In Progress" category). */
    public static final String IN_PROGRESS_CATEGORY = "indeterminate";
    /** Jira's status-category key for finished statuses ("Done" category). */
    public static final String DONE_CATEGORY = "done";

    public WorkflowStatuses {
        inProgressStatuses = normalised(inProgressStatuses);
        doneStatuses = normalised(doneStatuses);
    }

    /** The names Jira's default software workflows use; a fallback when the host cannot read status categories. */
    public static WorkflowStatuses jiraDefaults() {
        return new WorkflowStatuses(Set.of("In Progress", "In Review"), Set.of("Done", "Closed", "Resolved"));
    }

    /**
     * @param categoryKeyByStatusName status name → Jira status-category key ({@code new}, {@code indeterminate},
     *                                {@code done}, {@code undefined})
     */
    public static WorkflowStatuses fromStatusCategories(Map<String, String> categoryKeyByStatusName) {
        return new WorkflowStatuses(namesIn(categoryKeyByStatusName, IN_PROGRESS_CATEGORY),
                namesIn(categoryKeyByStatusName, DONE_CATEGORY));
    }

    public boolean isInProgress(String status) {
        return status != null && inProgressStatuses.contains(normalise(status));
    }

    public boolean isDone(String status) {
        return status != null && doneStatuses.contains(normalise(status));
    }

    private static Set<String> namesIn(Map<String, String> categoryKeyByStatusName, String categoryKey) {
        return categoryKeyByStatusName.entrySet().stream()
                .filter(e -> categoryKey.equalsIgnoreCase(Objects.requireNonNullElse(e.getValue(), "").trim()))
                .map(Map.Entry::getKey)
                .collect(Collectors.toSet());
    }

    private static Set<String> normalised(Set<String> names) {
        return names == null ? Set.of()
                : names.stream().filter(Objects::nonNull).map(WorkflowStatuses::normalise).collect(Collectors.toUnmodifiableSet());
    }

    private static String normalise(String status) {
        return status.trim().toLowerCase(Locale.ROOT);
    }
}
