package com.gluework.core.port;

/**
 * The host's instance-wide roles: who administers Glue Work, and who is in a group. Separate from {@link AccessPolicy},
 * which answers per issue and project.
 */
public interface HostRoles {

    /** May this actor edit the instance's definitions? In Jira: a Jira administrator (global permission). */
    boolean isAdministrator(String actorKey);

    /** Is this actor a member of the host group with this name? Unknown users and groups: false. */
    boolean isInGroup(String actorKey, String groupName);

    /**
     * May this actor administer the project with this key (in Jira: "Administer projects" on it)? Unknown users and
     * projects: false.
     */
    boolean isProjectAdministrator(String actorKey, String projectKey);
}
