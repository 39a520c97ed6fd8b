package com.gluework.preview.access;

import com.gluework.core.model.IssueRef;
import com.gluework.core.model.ProjectRef;
import com.gluework.core.port.AccessPolicy;
import com.gluework.core.port.ProjectAccess;
import com.gluework.preview.jirarest.JiraRestProjectSource;

import java.util.Optional;

/**
 * Projects from Jira's REST API; their permissions from the preview's {@link AccessPolicy}, which decides by project
 * key (so a project-level question is asked about the project itself, not about one of its issues).
 */
public final class PreviewProjectAccess implements ProjectAccess {
    private final JiraRestProjectSource projects;
    private final AccessPolicy access;

    public PreviewProjectAccess(JiraRestProjectSource projects, AccessPolicy access) {
        this.projects = projects;
        this.access = access;
    }

    @Override
    public Optional<ProjectRef> findProject(String projectKey) {
        return projects.findProject(projectKey).map(p -> new ProjectRef(p.id(), p.key(), p.name()));
    }

    @Override
    public boolean canBrowse(String actorKey, ProjectRef project) {
        return access.canBrowse(Optional.ofNullable(actorKey), asIssue(project));
    }

    @Override
    public boolean canAdminister(String actorKey, ProjectRef project) {
        return access.canAdministerProject(actorKey, asIssue(project));
    }

    /** The project as the access policy's key: it judges by {@link IssueRef#projectKey()} only. */
    private static IssueRef asIssue(ProjectRef project) {
        return new IssueRef(0, project.key() + "-0", project.id(), project.key(), "");
    }
}
