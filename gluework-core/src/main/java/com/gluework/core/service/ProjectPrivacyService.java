package com.gluework.core.service;

import com.gluework.core.error.AccessDeniedException;
import com.gluework.core.error.AuthenticationRequiredException;
import com.gluework.core.error.InvalidInputException;
import com.gluework.core.error.NotFoundException;
import com.gluework.core.model.ProjectRef;
import com.gluework.core.port.ProjectAccess;
import com.gluework.core.privacy.PerPersonVisibility;
import com.gluework.core.privacy.ProjectPrivacy;
import com.gluework.core.privacy.ProjectPrivacySettings;

import java.time.Clock;
import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Reading and changing who sees a project's per-person figures (issue 11). Anyone who may browse the project may read
 * the setting (the report tells them figures are hidden, so the rule is no secret); only its administrators change it.
 * A project the caller may not browse answers as an unknown one, so its existence is not revealed.
 */
public class ProjectPrivacyService {
    private final ProjectPrivacySettings settings;
    private final ProjectAccess projects;
    private final Clock clock;

    public ProjectPrivacyService(ProjectPrivacySettings settings, ProjectAccess projects, Clock clock) {
        this.settings = settings;
        this.projects = projects;
        this.clock = clock;
    }

    /**
     * @throws AuthenticationRequiredException nobody is signed in
     * @throws NotFoundException               no such project, or one the caller may not browse
     */
    public ProjectPrivacy get(Optional<String> actorKey, String projectKey) {
        String actor = signedIn(actorKey);
        ProjectRef project = browsable(actor, projectKey);
        return new ProjectPrivacy(project, settings.perPersonVisibility(project.id()), projects.canAdminister(actor, project));
    }

    /**
     * @throws InvalidInputException  {@code perPersonFigures} is not one of {@link PerPersonVisibility}'s names
     * @throws AccessDeniedException  the caller does not administer the project
     * @see #get for the other exceptions
     */
    public ProjectPrivacy set(Optional<String> actorKey, String projectKey, String perPersonFigures) {
        String actor = signedIn(actorKey);
        ProjectRef project = browsable(actor, projectKey);
        if (!projects.canAdminister(actor, project)) {
            throw new AccessDeniedException("projectKey", "Only administrators of project " + project.key()
                    + " can change who sees its per-person figures.");
        }
        PerPersonVisibility visibility = parse(perPersonFigures);
        settings.setPerPersonVisibility(project.id(), visibility, actor, clock.instant());
        return new ProjectPrivacy(project, visibility, true);
    }

    private ProjectRef browsable(String actor, String projectKey) {
        return Optional.ofNullable(projectKey).filter(k -> !k.isBlank())
                .flatMap(projects::findProject)
                .filter(p -> projects.canBrowse(actor, p))
                .orElseThrow(() -> new NotFoundException("projectKey", "There is no project " + projectKey + "."));
    }

    private static PerPersonVisibility parse(String value) {
        for (PerPersonVisibility visibility : PerPersonVisibility.values()) {
            if (visibility.name().equals(value)) {
                return visibility;
            }
        }
        throw new InvalidInputException("perPersonFigures", "Choose one of " + Arrays.stream(PerPersonVisibility.values())
                .map(Enum::name).collect(Collectors.joining(", ")) + ".");
    }

    private static String signedIn(Optional<String> actorKey) {
        return actorKey.orElseThrow(() -> new AuthenticationRequiredException("user", "Log in to see project settings."));
    }
}
