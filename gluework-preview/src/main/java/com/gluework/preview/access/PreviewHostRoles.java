package com.gluework.preview.access;

import com.gluework.core.port.HostRoles;

import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The preview's stand-in for Jira's administrators and groups: a fixed list of administrators (the demo's team lead;
 * on a live Jira, the token's owner, who is the only person the preview acts as) and fixed group memberships.
 */
public final class PreviewHostRoles implements HostRoles {
    private final Predicate<String> administrators;
    private final Map<String, Set<String>> membersByGroup;
    private final Map<String, Set<String>> administratorsByProject;

    public PreviewHostRoles(Predicate<String> administrators, Map<String, Set<String>> membersByGroup,
                            Map<String, Set<String>> administratorsByProject) {
        this.administrators = administrators;
        this.membersByGroup = Map.copyOf(membersByGroup);
        this.administratorsByProject = Map.copyOf(administratorsByProject);
    }

    @Override
    public boolean isProjectAdministrator(String actorKey, String projectKey) {
        return actorKey != null && administratorsByProject.getOrDefault(projectKey, Set.of()).contains(actorKey);
    }

    @Override
    public boolean isAdministrator(String actorKey) {
        return actorKey != null && administrators.test(actorKey);
    }

    @Override
    public boolean isInGroup(String actorKey, String groupName) {
        return actorKey != null && membersByGroup.getOrDefault(groupName, Set.of()).contains(actorKey);
    }
}
