package com.gluework.ao;

import com.atlassian.activeobjects.external.ModelVersion;
import com.gluework.ao.entity.ChangeEntity;
import com.gluework.ao.entity.DefinitionChangeEntity;
import com.gluework.ao.testing.EntityManagerActiveObjects;
import com.gluework.ao.upgrade.SeedDefinitionsUpgradeTask;
import com.gluework.core.error.ConflictException;
import com.gluework.core.error.GlueWorkException;
import com.gluework.core.model.Category;
import com.gluework.core.model.Contribution;
import com.gluework.core.model.ContributionSource;
import com.gluework.core.model.DefaultCategories;
import com.gluework.core.model.DefinitionChange;
import com.gluework.core.model.GlueSettings;
import com.gluework.core.model.IssueRef;
import com.gluework.core.model.NewContribution;
import com.gluework.core.model.RubricDimension;
import com.gluework.core.model.Versioned;
import com.gluework.core.port.CategoryRepository;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

/**
 * {@link AoDefinitionsStore} on committed transactions of a real database (subclasses: H2, PostgreSQL), seeded by the
 * upgrade task: adds, edits, version claims, the races between two nodes, and that no definition change rewrites
 * recorded glue.
 */
public abstract class AoDefinitionsStoreContract {
    private static final Instant T0 = Instant.parse("2026-11-02T09:15:30Z");
    private static final DefinitionChange BY_ALICE = new DefinitionChange("alice", T0, "test");
    private static final int RACE_TRIALS = 40;

    private final ExecutorService threads = Executors.newFixedThreadPool(2);
    private EntityManagerActiveObjects nodeA;
    private EntityManagerActiveObjects nodeB;
    private AoDefinitionsStore storeA;
    private AoDefinitionsStore storeB;

    /** Opens one node's connection pool on the shared, fresh database. */
    protected abstract EntityManagerActiveObjects openNode();

    @Before
    public void seedAndStartTwoNodes() {
        nodeA = openNode();
        new SeedDefinitionsUpgradeTask().upgrade(ModelVersion.valueOf(null), nodeA);
        nodeB = openNode();
        storeA = new AoDefinitionsStore(nodeA);
        storeB = new AoDefinitionsStore(nodeB);
    }

    @After
    public void stopNodes() {
        threads.shutdownNow();
        nodeA.close();
        nodeB.close();
    }

    @Test
    public void categories_afterTheSeed_shouldBeTheDefaultsAtVersionOne() {
        List<Versioned<Category>> found = storeA.categories(Optional.empty());
        assertEquals(DefaultCategories.all(), found.stream().map(Versioned::value).toList());
        found.forEach(c -> assertEquals(1, c.version()));
    }

    @Test
    public void addCategory_shouldStoreItAndRefuseTheSameKeyAgain() {
        // given
        Category pairing = new Category("pairing", "Pairing", "Worked a problem through with a teammate.", "", "Team multiplication", true, 90);

        // when
        Versioned<Category> added = storeA.addCategory(pairing, Optional.empty(), BY_ALICE);
        ConflictException again = assertThrows(ConflictException.class, () -> storeB.addCategory(pairing, Optional.empty(), BY_ALICE));

        // then
        assertEquals(new Versioned<>(pairing, 1), added);
        assertEquals(pairing, storeB.categories(Optional.empty()).get(storeB.categories(Optional.empty()).size() - 1).value());
        assertEquals("key", again.errors().get(0).field());
    }

    @Test
    public void aProjectsOwnSet_shouldApplyThereOnly_andOtherProjectsFallBackToTheInstanceSet() {
        // given
        Category oncall = new Category("payments-oncall", "Payments on-call", "Carried the pager.", "", "Quality & reliability", true, 10);

        // when
        storeA.addCategory(oncall, Optional.of("GW"), BY_ALICE);

        // then
        AoCategoryRepository categories = new AoCategoryRepository(nodeB);
        assertEquals(List.of(oncall), categories.findApplicable("GW"));
        assertEquals(DefaultCategories.all(), categories.findApplicable("SEC"));
        assertEquals(DefaultCategories.all(), categories.findApplicable(null));
        assertEquals(DefaultCategories.all().size() + 1, categories.findAll().size());
        for (String project : Arrays.asList("GW", "SEC", null)) {
            CategoryRepository.AllAndApplicable both = categories.findAllAndApplicable(project);
            assertEquals(categories.findAll(), both.all());
            assertEquals(categories.findApplicable(project), both.applicable());
        }
        assertEquals(List.of(new Versioned<>(oncall, 1)), storeB.categories(Optional.of("GW")));
        assertEquals(DefaultCategories.all().size(), storeB.categories(Optional.empty()).size());
        assertEquals(Optional.of("GW"), storeB.projectOf("payments-oncall"));
        assertEquals(Optional.empty(), storeB.projectOf("review"));
        assertEquals("key", assertThrows(ConflictException.class, () -> storeB.addCategory(
                new Category("review", "Another review", "x", "", "", true, 20), Optional.of("GW"), BY_ALICE)).errors().get(0).field());
    }

    @Test
    public void updateCategories_withTheStoredVersion_shouldStoreAndMoveToTheNextVersion() {
        // given
        Category review = storeA.categories(Optional.empty()).get(1).value();
        Category renamed = new Category(review.key(), "Deep review", review.definition(), review.examples(),
                review.rubricDimension(), false, review.order());

        // when
        List<Versioned<Category>> stored = storeA.updateCategories(List.of(new Versioned<>(renamed, 1)), BY_ALICE);

        // then
        assertEquals(List.of(new Versioned<>(renamed, 2)), stored);
        assertEquals(renamed, new AoCategoryRepository(nodeB).findByKey("review").orElseThrow());
    }

    @Test
    public void updateCategories_withAStaleVersionForOne_shouldChangeNone() {
        // given: review moved to version 2 by someone else
        List<Versioned<Category>> before = storeA.categories(Optional.empty());
        Category clarification = before.get(0).value();
        Category review = before.get(1).value();
        storeB.updateCategories(List.of(new Versioned<>(review, 1)), BY_ALICE);
        List<Versioned<Category>> afterOther = storeA.categories(Optional.empty());

        // when: a swap of both, based on review's version 1
        ConflictException stale = assertThrows(ConflictException.class, () -> storeA.updateCategories(List.of(
                new Versioned<>(withOrder(clarification, review.order()), 1),
                new Versioned<>(withOrder(review, clarification.order()), 1)), BY_ALICE));

        // then
        assertEquals("version", stale.errors().get(0).field());
        assertEquals(afterOther, storeA.categories(Optional.empty()));
    }

    @Test
    public void editingTheSameCategoryOnTwoNodesAtOnce_shouldStoreExactlyOneEdit() throws Exception {
        int conflicts = 0;
        for (int trial = 0; trial < RACE_TRIALS; trial++) {
            // given: both nodes read the same version
            Versioned<Category> read = storeA.categories(Optional.empty()).get(1);
            Category byA = renamed(read.value(), "A" + trial);
            Category byB = renamed(read.value(), "B" + trial);

            // when
            List<Object> outcomes = race(
                    () -> storeA.updateCategories(List.of(new Versioned<>(byA, read.version())), BY_ALICE),
                    () -> storeB.updateCategories(List.of(new Versioned<>(byB, read.version())), BY_ALICE));

            // then: one stored, one refused as stale, and the row is the winner's at the next version
            long refused = outcomes.stream().filter(o -> o instanceof ConflictException).count();
            assertEquals(outcomes.toString(), 1, refused);
            conflicts += (int) refused;
            Versioned<Category> after = storeB.categories(Optional.empty()).get(1);
            assertEquals(read.version() + 1, after.version());
            Object winner = outcomes.stream().filter(o -> !(o instanceof ConflictException)).findFirst().orElseThrow();
            assertEquals(winner, List.of(after));
        }
        assertEquals(RACE_TRIALS, conflicts);
    }

    @Test
    public void updatingTheSettingsOnTwoNodesAtOnce_shouldStoreExactlyOne() throws Exception {
        for (int trial = 0; trial < RACE_TRIALS; trial++) {
            Versioned<GlueSettings> read = storeA.settings();
            List<Object> outcomes = race(
                    () -> storeA.updateSettings(new Versioned<>(new GlueSettings(30, "leads"), read.version()), BY_ALICE),
                    () -> storeB.updateSettings(new Versioned<>(new GlueSettings(60, ""), read.version()), BY_ALICE));
            assertEquals(outcomes.toString(), 1, outcomes.stream().filter(o -> o instanceof ConflictException).count());
            assertEquals(read.version() + 1, storeB.settings().version());
        }
    }

    @Test
    public void settings_afterTheSeed_shouldBeTheDefaultsAndTakeAnEdit() {
        // given
        Versioned<GlueSettings> seeded = storeA.settings();

        // when
        Versioned<GlueSettings> edited = storeA.updateSettings(new Versioned<>(new GlueSettings(55, "gluework-leads"),
                seeded.version()), BY_ALICE);
        ConflictException stale = assertThrows(ConflictException.class, () -> storeB.updateSettings(
                new Versioned<>(new GlueSettings(20, ""), seeded.version()), BY_ALICE));

        // then
        assertEquals(new Versioned<>(GlueSettings.DEFAULTS, 1), seeded);
        assertEquals(new Versioned<>(new GlueSettings(55, "gluework-leads"), 2), edited);
        assertEquals(edited, storeB.settings());
        assertEquals("version", stale.errors().get(0).field());
    }

    @Test
    public void renamingADimension_shouldMoveItsCategoriesAndRefuseATakenName() {
        // given
        Versioned<RubricDimension> quality = storeA.rubric().get(1);
        RubricDimension renamed = new RubricDimension("Reliability", "a", "b", "c", quality.value().order());

        // when
        Versioned<RubricDimension> stored = storeA.updateDimension(quality.value().name(), new Versioned<>(renamed, 1), BY_ALICE);
        ConflictException taken = assertThrows(ConflictException.class, () -> storeB.updateDimension("Reliability",
                new Versioned<>(new RubricDimension(DefaultCategories.ALIGNMENT, "", "", "", 1), 2), BY_ALICE));

        // then
        assertEquals(new Versioned<>(renamed, 2), stored);
        assertEquals("name", taken.errors().get(0).field());
        Versioned<Category> review = storeB.categories(Optional.empty()).stream().filter(c -> c.value().key().equals("review")).findFirst().orElseThrow();
        assertEquals("Reliability", review.value().rubricDimension());
        assertEquals("the category moved as a claimed change", 2, review.version());
        assertTrue(storeB.rubric().stream().noneMatch(d -> d.value().name().equals(DefaultCategories.QUALITY_RELIABILITY)));
    }

    @Test
    public void thePanelsHeldCategories_shouldBeReadOnceAndReadAgainAfterEveryWriteOfACategoryRow() {
        // given: one node whose panel reads the categories through a held table, reset by that node's definitions store
        AtomicInteger reads = new AtomicInteger();
        CategoryTable table = new LocalCategoryTable(() -> {
            reads.incrementAndGet();
            return AoCategoryRepository.readRows(nodeA);
        });
        AoCategoryRepository panelCategories = new AoCategoryRepository(nodeA, table);
        AoCategoryRepository everyTime = new AoCategoryRepository(nodeA);
        AoDefinitionsStore store = new AoDefinitionsStore(nodeA, table);
        Category oncall = new Category("payments-oncall", "Payments on-call", "Carried the pager.", "", "Quality & reliability", true, 10);

        // when / then: held until a write
        CategoryRepository.AllAndApplicable first = panelCategories.findAllAndApplicable("GW");
        panelCategories.findAllAndApplicable("SEC");
        assertEquals(everyTime.findAllAndApplicable("GW"), first);
        assertEquals(1, reads.get());

        store.addCategory(oncall, Optional.of("GW"), BY_ALICE);
        assertEquals(List.of(oncall), panelCategories.findAllAndApplicable("GW").applicable());
        assertEquals(DefaultCategories.all(), panelCategories.findAllAndApplicable("SEC").applicable());
        assertEquals(2, reads.get());

        Category review = store.categories(Optional.empty()).get(1).value();
        Category renamed = new Category(review.key(), "Deep review", review.definition(), review.examples(),
                review.rubricDimension(), false, review.order());
        store.updateCategories(List.of(new Versioned<>(renamed, 1)), BY_ALICE);
        assertTrue(panelCategories.findAllAndApplicable(null).all().contains(renamed));
        assertEquals(3, reads.get());

        Versioned<RubricDimension> quality = store.rubric().get(1);
        store.updateDimension(quality.value().name(), new Versioned<>(
                new RubricDimension("Reliability", "a", "b", "c", quality.value().order()), 1), BY_ALICE);
        assertEquals(everyTime.findAllAndApplicable("GW"), panelCategories.findAllAndApplicable("GW"));
        assertTrue(panelCategories.findAllAndApplicable(null).all().stream()
                .anyMatch(c -> c.rubricDimension().equals("Reliability")));
        assertEquals(4, reads.get());

        // a refused write changes nothing, and a settings edit touches no category: the rows read stay right
        assertThrows(ConflictException.class, () -> store.updateCategories(List.of(new Versioned<>(renamed, 1)), BY_ALICE));
        store.updateSettings(store.settings(), BY_ALICE);
        assertEquals(everyTime.findAllAndApplicable("GW"), panelCategories.findAllAndApplicable("GW"));
    }

    @Test
    public void addDimension_shouldListItLastAndRefuseATakenName() {
        RubricDimension delivery = new RubricDimension("Delivery", "s", "t", "m", 50);
        assertEquals(new Versioned<>(delivery, 1), storeA.addDimension(delivery, BY_ALICE));
        assertEquals(delivery, storeB.rubric().get(storeB.rubric().size() - 1).value());
        assertEquals("name", assertThrows(ConflictException.class, () -> storeB.addDimension(delivery, BY_ALICE)).errors().get(0).field());
    }

    @Test
    public void renamingAndDeactivatingACategory_shouldNotRewriteOrHideGlueRecordedUnderIt() {
        // given: glue recorded under "review", with its history
        IssueRef gw1 = new IssueRef(10001, "GW-1", 10000, "GW", "");
        AoContributionRepository contributions = new AoContributionRepository(nodeA);
        Contribution recorded = contributions.create(new NewContribution("review", "carol", "bob", gw1,
                LocalDate.of(2026, 11, 1), "Caught a data race", "", List.of(), List.of(), ContributionSource.MANUAL, T0));
        int historyRows = nodeA.count(ChangeEntity.class);
        Versioned<Category> review = storeA.categories(Optional.empty()).get(1);

        // when
        storeA.updateCategories(List.of(new Versioned<>(renamed(review.value(), "Deep review"), 1)), BY_ALICE);
        Category current = storeA.categories(Optional.empty()).get(1).value();
        storeA.updateCategories(List.of(new Versioned<>(new Category(current.key(), current.name(), current.definition(),
                current.examples(), current.rubricDimension(), false, current.order()), 2)), BY_ALICE);

        // then: the glue, its history and its category key are as recorded, and it is still listed
        assertEquals(recorded, contributions.findById(recorded.id()).orElseThrow());
        assertEquals(List.of(recorded), contributions.findByIssue(gw1.id()));
        assertEquals(historyRows, nodeA.count(ChangeEntity.class));
        Category now = new AoCategoryRepository(nodeB).findByKey("review").orElseThrow();
        assertEquals("Deep review", now.name());
        assertFalse(now.active());
        assertEquals("both admin changes are logged", 2, nodeA.count(DefinitionChangeEntity.class, "SUBJECT = ?", "category:review"));
    }

    private List<Object> race(Callable<Object> a, Callable<Object> b) throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Object>> futures = new ArrayList<>();
        for (Callable<Object> work : List.of(a, b)) {
            futures.add(threads.submit(() -> {
                start.await();
                try {
                    return work.call();
                } catch (GlueWorkException e) {
                    return e;
                }
            }));
        }
        start.countDown();
        List<Object> outcomes = new ArrayList<>();
        for (Future<Object> f : futures) {
            outcomes.add(f.get());
        }
        return outcomes;
    }

    private static Category renamed(Category c, String name) {
        return new Category(c.key(), name, c.definition(), c.examples(), c.rubricDimension(), c.active(), c.order());
    }

    private static Category withOrder(Category c, int order) {
        return new Category(c.key(), c.name(), c.definition(), c.examples(), c.rubricDimension(), c.active(), order);
    }
}
