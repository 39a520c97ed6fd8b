package com.gluework.core.port;

import com.gluework.core.model.ProjectRef;

import java.util.Optional;

/** The host's projects and its project permissions, for settings that belong to a project. */
public interface ProjectAccess {

    Optional<ProjectRef> findProject(String projectKey);

    /** May this actor browse the project ("Browse projects")? */
    boolean canBrowse(String actorKey, ProjectRef project);

    /** Does this actor administer the project ("Administer projects": its leads)? */
    boolean canAdminister(String actorKey, ProjectRef project);
}
