package com.atlassian.jira.project;

/**
 * Compile-only stand-in: Jira's projects.
 * <p>
 * Mirrors: jira-api 11.3. {@code Project getProjectObjByKey(String projectKey)} (null when there is no such project)
 * is found with the code search in Jira's own sources ({@code DefaultProjectManager}, {@code MockProjectManager} in
 * Jira's tests); that it is unchanged in Jira 11.3 is UNCONFIRMED. Only the members Glue Work uses.
 */
public interface ProjectManager {

    Project getProjectObjByKey(String projectKey);
}
