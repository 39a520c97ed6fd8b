package com.gluework.ao.testing;

import com.gluework.ao.AoCategoryRepository;
import com.gluework.ao.AoContributionRepository;
import com.gluework.ao.GlueWorkEntities;
import com.gluework.ao.entity.CategoryEntity;
import com.gluework.core.model.Contribution;
import com.gluework.core.model.ContributionSource;
import com.gluework.core.model.IssueRef;
import com.gluework.core.model.NewContribution;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;

/** The way the preview host uses it: open a database by JDBC URL, migrate, store, close, reopen. */
public class EntityManagerActiveObjectsTest {
    private static final IssueRef GW_1 = new IssueRef(10001, "GW-1", 10000, "GW", "");

    @Rule
    public final TemporaryFolder dataDir = new TemporaryFolder();

    @Test
    public void open_onH2File_shouldKeepContributionsAcrossRestarts() throws Exception {
        // given
        String url = "jdbc:h2:file:" + dataDir.getRoot().getAbsolutePath() + "/gluework";
        long id;
        try (EntityManagerActiveObjects ao = EntityManagerActiveObjects.open(url, "sa", "")) {
            ao.migrate(GlueWorkEntities.array());
            id = new AoContributionRepository(ao).create(contribution()).id();
        }

        // when
        try (EntityManagerActiveObjects reopened = EntityManagerActiveObjects.open(url, "sa", "")) {
            reopened.migrate(GlueWorkEntities.array());
            List<Contribution> found = new AoContributionRepository(reopened).findByIssue(GW_1.id());

            // then
            assertEquals(1, found.size());
            assertEquals(id, found.get(0).id());
        }
    }

    @Test
    public void executeInTransaction_whenCallbackFails_shouldStoreNothing() {
        // given
        String url = "jdbc:h2:mem:" + getClass().getSimpleName() + ";DB_CLOSE_DELAY=-1";
        try (EntityManagerActiveObjects ao = EntityManagerActiveObjects.open(url, "sa", "")) {
            ao.migrate(GlueWorkEntities.array());

            // when
            assertThrows(IllegalStateException.class, () -> ao.executeInTransaction(() -> {
                ao.create(CategoryEntity.class, category("first"));
                throw new IllegalStateException("second step failed");
            }));

            // then: and a later transaction still commits normally
            assertEquals(0, ao.count(CategoryEntity.class));
            ao.executeInTransaction(() -> ao.create(CategoryEntity.class, category("kept")));
            assertEquals(1, ao.count(CategoryEntity.class));
            assertEquals(List.of("kept"), new AoCategoryRepository(ao).findAll().stream().map(c -> c.key()).toList());
        }
    }

    private static NewContribution contribution() {
        return new NewContribution("review", "bob", "alice", GW_1, LocalDate.of(2026, 11, 1), "Reviewed the export job",
                "", List.of("carol"), List.of(), ContributionSource.MANUAL, Instant.parse("2026-11-02T09:00:00Z"));
    }

    private static Map<String, Object> category(String key) {
        Map<String, Object> row = new HashMap<>();
        row.put("CATEGORY_KEY", key);
        row.put("DISPLAY_NAME", key);
        row.put("ACTIVE", true);
        row.put("DISPLAY_ORDER", 1);
        return row;
    }
}
