package com.atlassian.jira.project;

/**
 * Compile-only stand-in: Jira's project manager, for the one lookup Glue Work does — a project by its current key
 * ({@code null} when there is none).
 * <p>
 * Mirrors: jira-api (latest public javadoc of its implementer
 * https://docs.atlassian.com/jira/latest/com/atlassian/jira/project/AbstractProjectManager.html , which lists
 * {@code Project getProjectByCurrentKey(String projectKey)} as implementing {@code ProjectManager}). Only the member Glue
 * Work calls; it declares no checked exception.
 */
public interface ProjectManager {
    Project getProjectByCurrentKey(String projectKey);
}
