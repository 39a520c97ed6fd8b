package com.atlassian.jira.project;

/**
 * Compile-only stand-in: Jira's projects, for the two lookups Glue Work does — a project by its current key, and by
 * its key as {@code getProjectObjByKey} reads it ({@code null} when there is none, for both).
 * <p>
 * Mirrors: jira-api. {@code Project getProjectByCurrentKey(String projectKey)}: the latest public javadoc of its
 * implementer https://docs.atlassian.com/jira/latest/com/atlassian/jira/project/AbstractProjectManager.html lists it as
 * implementing {@code ProjectManager}. {@code Project getProjectObjByKey(String projectKey)}: found with the code search
 * in Jira's own sources ({@code DefaultProjectManager}, {@code MockProjectManager} in Jira's tests); that it is unchanged
 * in Jira 11.3 is UNCONFIRMED. Only the members Glue Work calls; neither declares a checked exception.
 */
public interface ProjectManager {
    Project getProjectByCurrentKey(String projectKey);

    Project getProjectObjByKey(String projectKey);
}
