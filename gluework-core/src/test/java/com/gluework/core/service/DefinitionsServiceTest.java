package com.gluework.core.service;

import com.gluework.core.error.AccessDeniedException;
import com.gluework.core.error.AuthenticationRequiredException;
import com.gluework.core.error.ConflictException;
import com.gluework.core.error.InvalidInputException;
import com.gluework.core.error.NotFoundException;
import com.gluework.core.model.Category;
import com.gluework.core.model.DefaultCategories;
import com.gluework.core.model.FieldError;
import com.gluework.core.model.GlueSettings;
import com.gluework.core.model.RubricDimension;
import com.gluework.core.model.Versioned;
import com.gluework.core.service.DefinitionsService.CategoryInput;
import com.gluework.core.service.DefinitionsService.Direction;
import com.gluework.core.service.DefinitionsService.DimensionInput;
import com.gluework.core.testing.InMemoryDefinitionsRepository;
import org.junit.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

public class DefinitionsServiceTest {
    private static final Instant NOW = Instant.parse("2026-12-01T10:00:00Z");
    private static final Optional<String> ADMIN = Optional.of("alice");
    private static final Optional<String> TEAMMATE = Optional.of("bob");
    private static final CategoryInput PAIRING = new CategoryInput("pairing", "Pairing", "Worked a problem through together.",
            "Paired on the flaky export test", DefaultCategories.TEAM_MULTIPLICATION);

    private final InMemoryDefinitionsRepository store = new InMemoryDefinitionsRepository().withAdmin("alice");
    private final DefinitionsService service = new DefinitionsService(store, store, Clock.fixed(NOW, ZoneOffset.UTC));

    @Test
    public void addCategory_shouldStoreItActiveAfterTheLastAndLogWhoAddedIt() {
        // when
        Versioned<Category> added = service.addCategory(ADMIN, PAIRING);

        // then
        assertEquals(new Category("pairing", "Pairing", "Worked a problem through together.", "Paired on the flaky export test",
                DefaultCategories.TEAM_MULTIPLICATION, true, 90), added.value());
        assertEquals(added, store.categories(Optional.empty()).get(store.categories(Optional.empty()).size() - 1));
        assertEquals("alice", store.changes.get(0).actorKey());
        assertEquals(NOW, store.changes.get(0).at());
    }

    @Test
    public void addCategory_withBadFields_shouldNameEveryFieldAndStoreNothing() {
        // when
        InvalidInputException refused = assertThrows(InvalidInputException.class, () -> service.addCategory(ADMIN,
                new CategoryInput("Bad Key!", " ", "two\nlines", "x".repeat(1001), "No such dimension")));

        // then
        assertEquals(List.of("key", "name", "definition", "examples", "rubricDimension"),
                refused.errors().stream().map(FieldError::field).toList());
        assertEquals(DefaultCategories.all().size(), store.categories(Optional.empty()).size());
    }

    @Test
    public void changes_byANonAdmin_shouldBeRefusedAndByAnonymousAskForLogin() {
        assertEquals("user", assertThrows(AccessDeniedException.class, () -> service.addCategory(TEAMMATE, PAIRING))
                .errors().get(0).field());
        assertThrows(AccessDeniedException.class, () -> service.setActive(TEAMMATE, "review", 1, false));
        assertThrows(AccessDeniedException.class, () -> service.editSettings(TEAMMATE, 1, 50, ""));
        assertThrows(AccessDeniedException.class, () -> service.move(TEAMMATE, "review", 1, Direction.UP));
        assertThrows(AuthenticationRequiredException.class, () -> service.addCategory(Optional.empty(), PAIRING));
        assertThrows(AuthenticationRequiredException.class, () -> service.definitions(Optional.empty()));
        assertTrue(store.changes.isEmpty());
    }

    @Test
    public void definitions_shouldBeReadableByEveryLoggedInUser() {
        DefinitionsService.Definitions seen = service.definitions(TEAMMATE);
        assertEquals(DefaultCategories.all().size(), seen.categories().size());
        assertEquals(4, seen.rubric().size());
        assertEquals(GlueSettings.DEFAULTS, seen.settings().value());
    }

    @Test
    public void editCategory_shouldRenameButKeepKeyOrderAndState_andRefuseAStaleVersion() {
        // when
        Versioned<Category> edited = service.editCategory(ADMIN, "review", 1, new CategoryInput("ignored", "Deep review",
                "Reviewed deeply.", "", DefaultCategories.QUALITY_RELIABILITY));

        // then
        assertEquals(new Category("review", "Deep review", "Reviewed deeply.", "", DefaultCategories.QUALITY_RELIABILITY,
                true, 20), edited.value());
        assertEquals(2, edited.version());
        assertEquals("version", assertThrows(ConflictException.class, () -> service.editCategory(ADMIN, "review", 1,
                new CategoryInput(null, "Stale", "Stale.", "", DefaultCategories.QUALITY_RELIABILITY))).errors().get(0).field());
        assertThrows(NotFoundException.class, () -> service.editCategory(ADMIN, "nope", 1, PAIRING));
    }

    @Test
    public void setActive_shouldDeactivateAndReactivateWithoutTouchingAnythingElse() {
        Category before = store.findByKey("review").orElseThrow();
        Versioned<Category> off = service.setActive(ADMIN, "review", 1, false);
        assertFalse(off.value().active());
        assertEquals(before.name(), off.value().name());
        assertTrue(service.setActive(ADMIN, "review", 2, true).value().active());
    }

    @Test
    public void move_shouldSwapWithTheNeighbourAndLeaveTheEndsAlone() {
        // when
        List<Versioned<Category>> afterUp = service.move(ADMIN, "review", 1, Direction.UP);

        // then
        assertEquals(List.of("review", "clarification", "documentation"),
                afterUp.stream().limit(3).map(c -> c.value().key()).toList());
        assertEquals(2, afterUp.get(0).version());
        assertEquals(afterUp, service.move(ADMIN, "review", 2, Direction.UP));
        String last = afterUp.get(afterUp.size() - 1).value().key();
        assertEquals(afterUp, service.move(ADMIN, last, 1, Direction.DOWN));
    }

    @Test
    public void move_basedOnAStaleVersion_shouldChangeNothing() {
        service.setActive(ADMIN, "review", 1, false);
        List<Versioned<Category>> before = store.categories(Optional.empty());
        assertThrows(ConflictException.class, () -> service.move(ADMIN, "review", 1, Direction.UP));
        assertEquals(before, store.categories(Optional.empty()));
    }

    @Test
    public void editDimension_shouldStoreTheLevelsAndMoveItsCategoriesOnRename() {
        // when
        Versioned<RubricDimension> edited = service.editDimension(ADMIN, DefaultCategories.QUALITY_RELIABILITY, 1,
                new DimensionInput("Reliability", "Fixes flaky tests", "Stewards reliability", "Rewards it"));

        // then
        assertEquals(new RubricDimension("Reliability", "Fixes flaky tests", "Stewards reliability", "Rewards it", 20), edited.value());
        assertEquals("Reliability", store.findByKey("review").orElseThrow().rubricDimension());
        assertEquals("name", assertThrows(InvalidInputException.class, () -> service.editDimension(ADMIN, "Reliability", 2,
                new DimensionInput("", "", "", ""))).errors().get(0).field());
        assertEquals("seniorIc", assertThrows(InvalidInputException.class, () -> service.addDimension(ADMIN,
                new DimensionInput("Delivery", "x".repeat(1001), "", ""))).errors().get(0).field());
    }

    @Test
    public void projectSet_shouldStartWithItsFirstCategoryAndBeTheOnlyOneRecordingOnThatProjectAccepts() {
        // given
        com.gluework.core.testing.FakeHost host = new com.gluework.core.testing.FakeHost()
                .withIssue(101, "GW-1").withIssue(201, "SEC-1").withPerson("alice", "Alice");
        ContributionService contributions = new ContributionService(new com.gluework.core.testing.InMemoryContributionRepository(),
                store, host, host, host, Clock.fixed(NOW, ZoneOffset.UTC));

        // when: GW gets a set of its own
        service.addCategory(ADMIN, Optional.of("GW"), PAIRING);

        // then: GW offers only its set, SEC falls back to the instance set, the instance set is unchanged
        assertEquals(List.of("pairing"), store.findApplicable("GW").stream().map(Category::key).toList());
        assertEquals(DefaultCategories.all(), store.findApplicable("SEC"));
        assertEquals(Optional.of("GW"), service.definitions(ADMIN, Optional.of("GW")).projectKey());
        assertEquals(1, service.definitions(ADMIN, Optional.of("GW")).categories().size());
        assertEquals(DefaultCategories.all().size(), service.definitions(ADMIN).categories().size());
        assertEquals("categoryKey", assertThrows(InvalidInputException.class, () -> contributions.record(ADMIN, "GW-1",
                draft("review"))).errors().get(0).field());
        assertEquals("categoryKey", assertThrows(InvalidInputException.class, () -> contributions.record(ADMIN, "SEC-1",
                draft("pairing"))).errors().get(0).field());
        assertEquals("pairing", contributions.record(ADMIN, "GW-1", draft("pairing")).categoryKey());
        assertEquals("projectKey", assertThrows(InvalidInputException.class,
                () -> service.definitions(ADMIN, Optional.of("not a key"))).errors().get(0).field());
    }

    @Test
    public void aProjectAdministrator_shouldEditTheirProjectsSetOnly() {
        // given: carol administers GW, not the instance, not SEC
        store.withProjectAdmin("GW", "carol");
        Optional<String> carol = Optional.of("carol");

        // when
        Versioned<Category> added = service.addCategory(carol, Optional.of("GW"), PAIRING);
        service.setActive(carol, "pairing", added.version(), false);

        // then
        assertFalse(store.findByKey("pairing").orElseThrow().active());
        assertTrue(service.definitions(carol, Optional.of("GW")).canEditCategories());
        assertFalse(service.definitions(carol, Optional.empty()).canEditCategories());
        assertFalse(service.canAdminister(carol));
        assertThrows(AccessDeniedException.class, () -> service.addCategory(carol, Optional.of("SEC"), PAIRING));
        assertThrows(AccessDeniedException.class, () -> service.addCategory(carol, PAIRING));
        assertThrows(AccessDeniedException.class, () -> service.setActive(carol, "review", 1, false));
        assertThrows(AccessDeniedException.class, () -> service.editSettings(carol, 1, 50, ""));
        assertThrows(AccessDeniedException.class, () -> service.addDimension(carol, new DimensionInput("X", "", "", "")));
    }

    private static com.gluework.core.model.ContributionDraft draft(String categoryKey) {
        return new com.gluework.core.model.ContributionDraft(categoryKey, null, "Did glue", "", List.of(), List.of(), null);
    }

    @Test
    public void editSettings_shouldCheckTheThresholdAndGroupByField() {
        assertEquals("heroThresholdPercent", assertThrows(InvalidInputException.class,
                () -> service.editSettings(ADMIN, 1, 0, "")).errors().get(0).field());
        assertEquals("heroThresholdPercent", assertThrows(InvalidInputException.class,
                () -> service.editSettings(ADMIN, 1, null, "")).errors().get(0).field());
        assertEquals("leadGroup", assertThrows(InvalidInputException.class,
                () -> service.editSettings(ADMIN, 1, 50, "a\nb")).errors().get(0).field());

        Versioned<GlueSettings> stored = service.editSettings(ADMIN, 1, 55, "  gluework-leads ");

        assertEquals(new Versioned<>(new GlueSettings(55, "gluework-leads"), 2), stored);
        assertEquals(0.55, service.settings().heroThresholdShare(), 1e-9);
    }
}
