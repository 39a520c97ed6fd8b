package com.gluework.core.service;

import com.gluework.core.error.AccessDeniedException;
import com.gluework.core.error.AuthenticationRequiredException;
import com.gluework.core.error.InvalidInputException;
import com.gluework.core.error.NotFoundException;
import com.gluework.core.model.ProjectRef;
import com.gluework.core.port.ProjectAccess;
import com.gluework.core.privacy.PerPersonVisibility;
import com.gluework.core.privacy.ProjectPrivacy;
import com.gluework.core.testing.InMemoryProjectPrivacySettings;
import org.junit.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.Set;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

public class ProjectPrivacyServiceTest {
    private static final ProjectRef GW = new ProjectRef(10000, "GW", "Glue Work");
    private static final ProjectRef SEC = new ProjectRef(10001, "SEC", "Security");

    private final InMemoryProjectPrivacySettings settings = new InMemoryProjectPrivacySettings();
    private final ProjectAccess projects = new ProjectAccess() {
        @Override
        public Optional<ProjectRef> findProject(String projectKey) {
            return Set.of(GW, SEC).stream().filter(p -> p.key().equals(projectKey)).findFirst();
        }

        @Override
        public boolean canBrowse(String actorKey, ProjectRef project) {
            return project == GW || actorKey.equals("alice");
        }

        @Override
        public boolean canAdminister(String actorKey, ProjectRef project) {
            return actorKey.equals("alice");
        }
    };
    private final ProjectPrivacyService service = new ProjectPrivacyService(settings, projects,
            Clock.fixed(Instant.parse("2026-12-03T08:00:00Z"), ZoneOffset.UTC));

    @Test
    public void get_shouldShowTheDefaultAndWhetherTheCallerMayChangeIt() {
        ProjectPrivacy forBob = service.get(Optional.of("bob"), "GW");
        assertEquals(PerPersonVisibility.EVERYONE, forBob.perPersonFigures());
        assertFalse(forBob.canChange());
        assertTrue(service.get(Optional.of("alice"), "GW").canChange());
    }

    @Test
    public void set_byAProjectAdmin_shouldStoreTheSettingForThatProjectOnly() {
        // when
        ProjectPrivacy changed = service.set(Optional.of("alice"), "GW", "PROJECT_ADMINS");

        // then
        assertEquals(PerPersonVisibility.PROJECT_ADMINS, changed.perPersonFigures());
        assertEquals(PerPersonVisibility.PROJECT_ADMINS, settings.perPersonVisibility(GW.id()));
        assertEquals(PerPersonVisibility.EVERYONE, settings.perPersonVisibility(SEC.id()));
        assertEquals(PerPersonVisibility.PROJECT_ADMINS, service.get(Optional.of("bob"), "GW").perPersonFigures());
    }

    @Test
    public void set_shouldRefuseOthersBadValuesAndHiddenProjectsWithoutChangingAnything() {
        assertEquals("projectKey", assertThrows(AccessDeniedException.class,
                () -> service.set(Optional.of("bob"), "GW", "PROJECT_ADMINS")).errors().get(0).field());
        assertEquals("perPersonFigures", assertThrows(InvalidInputException.class,
                () -> service.set(Optional.of("alice"), "GW", "project_admins")).errors().get(0).field());
        assertThrows(InvalidInputException.class, () -> service.set(Optional.of("alice"), "GW", null));
        // a project bob may not browse answers as an unknown one
        NotFoundException hidden = assertThrows(NotFoundException.class, () -> service.get(Optional.of("bob"), "SEC"));
        NotFoundException unknown = assertThrows(NotFoundException.class, () -> service.get(Optional.of("bob"), "NOPE"));
        assertEquals(unknown.errors().get(0).message().replace("NOPE", "SEC"), hidden.errors().get(0).message());
        assertThrows(AuthenticationRequiredException.class, () -> service.get(Optional.empty(), "GW"));
        assertEquals(PerPersonVisibility.EVERYONE, settings.perPersonVisibility(GW.id()));
    }
}
