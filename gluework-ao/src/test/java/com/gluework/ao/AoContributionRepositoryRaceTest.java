package com.gluework.ao;

import com.gluework.ao.entity.ChangeEntity;
import com.gluework.ao.testing.EntityManagerActiveObjects;
import com.gluework.core.error.ConflictException;
import com.gluework.core.model.ChangeKind;
import com.gluework.core.model.Contribution;
import com.gluework.core.model.ContributionChange;
import com.gluework.core.model.ContributionSource;
import com.gluework.core.model.IssueRef;
import com.gluework.core.model.NewContribution;
import com.gluework.core.model.NewContributionChange;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

/**
 * The database's part of refusing lost updates: a change that passed the version check but whose history key another
 * transaction has committed meanwhile. The other transaction is played by inserting its history row directly. Runs on
 * committed H2 transactions (not the AO runner's single rolled-back one), so the rollback itself can be checked.
 */
public class AoContributionRepositoryRaceTest {
    private static final Instant T0 = Instant.parse("2026-11-02T09:15:30.123Z");
    private static final IssueRef GW_1 = new IssueRef(10001, "GW-1", 10000, "GW", "");

    private EntityManagerActiveObjects ao;
    private AoContributionRepository repository;

    @Before
    public void openDatabase() {
        ao = EntityManagerActiveObjects.open("jdbc:h2:mem:" + getClass().getSimpleName() + System.nanoTime()
                + ";DB_CLOSE_DELAY=-1", "sa", "");
        ao.migrate(GlueWorkEntities.array());
        repository = new AoContributionRepository(ao);
    }

    @After
    public void closeDatabase() {
        ao.close();
    }

    @Test
    public void update_whoseVersionAnotherChangeClaimedMeanwhile_shouldConflictAndKeepNothing() {
        // given: version 1 in the row, but a concurrent edit has already stored the history of version 2
        Contribution created = repository.create(new NewContribution("review", "bob", "bob", GW_1, LocalDate.of(2026, 11, 1),
                "Original", "", List.of("carol"), List.of(), ContributionSource.MANUAL, T0));
        claimChangeKey(created.id(), created.id() + ":v2");
        Contribution edited = new Contribution(created.id(), "review", "bob", "bob", GW_1, LocalDate.of(2026, 11, 1),
                "Lost update", "", List.of("dave"), List.of(), created.state(), created.source(), T0, T0.plusSeconds(1),
                1, List.of());

        // when
        ConflictException conflict = org.junit.Assert.assertThrows(ConflictException.class,
                () -> repository.update(edited, 1, NewContributionChange.edited("bob", T0.plusSeconds(1), created, edited)));

        // then: the row, its beneficiaries and its history are as before
        assertEquals("version", conflict.errors().get(0).field());
        assertEquals(created, repository.findById(created.id()).orElseThrow());
        assertEquals(List.of(ChangeKind.CREATED, ChangeKind.EDITED),
                repository.findHistory(created.id()).stream().map(ContributionChange::kind).toList());
        assertEquals("only the claimed row, no field rows of the refused edit", List.of(),
                repository.findHistory(created.id()).get(1).fieldChanges());
    }

    @Test
    public void withdrawCorroboration_raceWithAnotherWithdrawal_shouldConflictAndKeepItActive() {
        // given: Carol corroborated (version 2); a concurrent withdrawal already stored version 3's history
        Contribution created = repository.create(new NewContribution("review", "bob", "bob", GW_1, LocalDate.of(2026, 11, 1),
                "Original", "", List.of(), List.of(), ContributionSource.MANUAL, T0));
        repository.addCorroboration(created.id(), "carol", "", T0.plusSeconds(1));
        claimChangeKey(created.id(), created.id() + ":v3");

        // when
        ConflictException conflict = org.junit.Assert.assertThrows(ConflictException.class,
                () -> repository.withdrawCorroboration(created.id(), 2, "carol", T0.plusSeconds(2),
                        NewContributionChange.corroborationWithdrawn("carol", T0.plusSeconds(2))));

        // then
        assertTrue(conflict.isStaleVersion());
        Contribution after = repository.findById(created.id()).orElseThrow();
        assertTrue(after.isCorroboratedBy("carol"));
        assertEquals(2, after.version());
    }

    @Test
    public void addCorroboration_whoseVersionAnEditClaimedMeanwhile_shouldConflictAndStoreNothing() {
        // given: version 1 in the row, but a concurrent edit (say, making Carol the contributor) stored version 2's history
        Contribution created = repository.create(new NewContribution("review", "bob", "bob", GW_1, LocalDate.of(2026, 11, 1),
                "Original", "", List.of(), List.of(), ContributionSource.MANUAL, T0));
        claimChangeKey(created.id(), created.id() + ":v2");

        // when: Carol's corroboration, checked against version 1
        ConflictException conflict = org.junit.Assert.assertThrows(ConflictException.class,
                () -> repository.addCorroboration(created.id(), 1, "carol", "", T0.plusSeconds(1),
                        NewContributionChange.corroborated("carol", T0.plusSeconds(1), "")));

        // then: no corroboration row, no history entry of hers
        assertTrue(conflict.isStaleVersion());
        assertEquals(0, ao.count(com.gluework.ao.entity.CorroborationEntity.class));
        assertEquals(List.of(ChangeKind.CREATED, ChangeKind.EDITED),
                repository.findHistory(created.id()).stream().map(ContributionChange::kind).toList());
    }

    private void claimChangeKey(long contributionId, String changeKey) {
        Map<String, Object> row = new HashMap<>();
        row.put("CONTRIBUTION_ID", (int) contributionId);
        row.put("ACTOR_KEY", "someone-else");
        row.put("CHANGED_AT_MILLIS", T0.toEpochMilli());
        row.put("CHANGE_KIND", ChangeKind.EDITED.name());
        row.put("CHANGE_KEY", changeKey);
        ao.executeInTransaction(() -> ao.create(ChangeEntity.class, row));
    }
}
