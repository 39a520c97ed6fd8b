package com.gluework.preview.access;

import com.gluework.core.model.IssueRef;
import com.gluework.core.model.Person;
import com.gluework.core.port.AccessPolicy;
import com.gluework.core.port.PeopleDirectory;

import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Jira's "Browse projects" and "Administer projects" permissions, reduced to a table per project. Only people the
 * {@link PeopleDirectory} knows and reports active browse anything; anonymous visitors browse nothing, as on a Jira
 * without public projects. A project missing from the table is browsable by every known user and administered by nobody.
 */
public final class PreviewAccessPolicy implements AccessPolicy {
    private final PeopleDirectory people;
    private final Map<String, ProjectPermissions> permissionsByProjectKey;

    public PreviewAccessPolicy(PeopleDirectory people, Map<String, ProjectPermissions> permissionsByProjectKey) {
        this.people = people;
        this.permissionsByProjectKey = Map.copyOf(permissionsByProjectKey);
    }

    @Override
    public boolean canBrowse(Optional<String> actorKey, IssueRef issue) {
        if (actorKey.isEmpty() || !isActiveUser(actorKey.get())) {
            return false;
        }
        ProjectPermissions permissions = permissionsByProjectKey.get(issue.projectKey());
        return permissions == null || permissions.everyoneBrowses() || permissions.browsers().contains(actorKey.get());
    }

    @Override
    public boolean canAdministerProject(String actorKey, IssueRef issue) {
        ProjectPermissions permissions = permissionsByProjectKey.get(issue.projectKey());
        return actorKey != null && permissions != null && permissions.administrators().contains(actorKey)
                && canBrowse(Optional.of(actorKey), issue);
    }

    private boolean isActiveUser(String userKey) {
        return people.findPerson(userKey).map(Person::active).orElse(false);
    }

    /**
     * One project's permission scheme.
     *
     * @param everyoneBrowses every active user may browse (the usual team project)
     * @param browsers        who else may browse when {@code everyoneBrowses} is false
     */
    public record ProjectPermissions(boolean everyoneBrowses, Set<String> browsers, Set<String> administrators) {
        public ProjectPermissions {
            browsers = Set.copyOf(browsers);
            administrators = Set.copyOf(administrators);
        }

        public static ProjectPermissions openToEveryone(Set<String> administrators) {
            return new ProjectPermissions(true, Set.of(), administrators);
        }

        public static ProjectPermissions restrictedTo(Set<String> browsers, Set<String> administrators) {
            return new ProjectPermissions(false, browsers, administrators);
        }
    }
}
