package com.gluework.ao;

import com.gluework.core.career.PacketView;
import com.gluework.core.career.ReviewPeriod;
import com.gluework.core.model.ChangeKind;
import com.gluework.core.model.Contribution;
import com.gluework.core.model.ContributionChange;
import com.gluework.core.model.ContributionSource;
import com.gluework.core.model.FieldChange;
import com.gluework.core.model.IssueRef;
import com.gluework.core.model.NewContribution;
import com.gluework.core.model.NewContributionChange;
import com.gluework.core.port.ContributionRepository;
import com.gluework.core.notes.IsoWeek;
import com.gluework.core.notes.NoteVisibility;
import com.gluework.core.port.PacketAuditLog;
import com.gluework.core.port.WeeklyNoteRepository;
import com.gluework.core.privacy.ContributionInvolvement.Role;
import com.gluework.core.privacy.CorroborationRecord;
import com.gluework.core.privacy.DataExportRecord;
import com.gluework.core.privacy.PersonalDataCount;
import com.gluework.core.privacy.PersonalDataRecords;
import com.gluework.core.privacy.PersonalDataStore;
import com.gluework.core.privacy.UserKeyChange;
import org.junit.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

/**
 * What {@link AoPersonalDataStore} must do on every database: find and rewrite every stored user key of one person,
 * whole keys only (the person's key {@code b_b} holds LIKE's wildcard; {@code bab} and {@code b_bby} are other
 * people), and delete the log of who opened that person's evidence packets.
 */
public abstract class PersonalDataStoreContract {
    private static final Instant T0 = Instant.parse("2026-11-02T09:15:30.123Z");
    private static final IssueRef GW_1 = new IssueRef(10001, "GW-1", 10000, "GW", "");
    private static final ReviewPeriod AUTUMN = new ReviewPeriod(LocalDate.of(2026, 9, 1), LocalDate.of(2026, 11, 30));
    private static final String PERSON = "b_b";
    private static final String ANONYMIZED = "JIRAUSER10100";

    /** The store under test, changing {@code batchSize} rows per transaction, on the same database as the others. */
    protected abstract PersonalDataStore store(int batchSize);

    protected abstract ContributionRepository repository();

    protected abstract PacketAuditLog packetLog();

    protected abstract WeeklyNoteRepository notes();

    /** Glue naming the person in every column that can hold a user key, and glue of two people with similar keys. */
    private Contribution[] seed() {
        ContributionRepository repository = repository();
        Contribution theirs = repository.create(new NewContribution("review", PERSON, "alice", GW_1,
                LocalDate.of(2026, 10, 30), "Reviewed with " + PERSON, "", List.of("bab", PERSON), List.of(),
                ContributionSource.MANUAL, T0));
        Contribution recordedByThem = repository.create(new NewContribution("mentoring", "bab", PERSON, GW_1,
                LocalDate.of(2026, 10, 31), "Paired", "", List.of("b_bby"), List.of(), ContributionSource.MANUAL, T0));
        repository.addCorroboration(recordedByThem.id(), PERSON, PERSON + " was there", T0.plusSeconds(1));
        repository.addCorroboration(theirs.id(), "bab", "", T0.plusSeconds(2));
        // an edit that changes the contributor withdraws the person's corroboration: an entry keyed c:vN:w:b_b
        Contribution stored = repository.findById(recordedByThem.id()).orElseThrow();
        Contribution edited = new Contribution(stored.id(), stored.categoryKey(), "b_bby", stored.recordedByKey(),
                stored.issue(), stored.occurredOn(), stored.summary(), stored.impact(), List.of(PERSON, "b_bby"),
                stored.evidenceLinks(), stored.state(), stored.source(), stored.createdAt(), T0.plusSeconds(3),
                stored.version(), stored.corroborations());
        repository.update(edited, stored.version(), NewContributionChange.edited("alice", T0.plusSeconds(3), stored, edited),
                List.of(PERSON));
        packetLog().record(new PacketView(PERSON, "alice", AUTUMN, T0));
        packetLog().record(new PacketView("alice", PERSON, AUTUMN, T0));
        packetLog().record(new PacketView("alice", PERSON, AUTUMN, T0.plusSeconds(5)));
        packetLog().record(new PacketView("alice", "bab", AUTUMN, T0));
        return new Contribution[]{theirs, repository.findById(recordedByThem.id()).orElseThrow()};
    }

    @Test
    public void rowsNaming_shouldCountEveryStoredKeyOfThePersonAndNoSimilarKey() {
        // given
        seed();

        // when
        List<PersonalDataCount> counts = store(2).rowsNaming(PERSON);

        // then: contributor + recorder; a beneficiary of each; one corroboration; actor of a creation and of the
        // corroboration + the withdrawn-by-edit entry's key; values: contributor and beneficiaries of one creation, the
        // edit's new beneficiaries and the withdrawn corroborator; 3 packet views (batches per column, 2 rows each)
        assertEquals(List.of(new PersonalDataCount("contributions", 2, 2), new PersonalDataCount("beneficiaries", 2, 1),
                        new PersonalDataCount("corroborations", 1, 1), new PersonalDataCount("history", 3, 2),
                        new PersonalDataCount("historyValues", 4, 3), new PersonalDataCount("packetViews", 3, 2)),
                counts);
        assertEquals(List.of(), store(2).rowsNaming("b"));
    }

    @Test
    public void changeUserKey_shouldLeaveNoStoredCopyOfTheOldKeyAndTouchNoOtherPerson() {
        // given
        Contribution[] seeded = seed();
        List<PersonalDataCount> before = store(2).rowsNaming(PERSON);
        List<PersonalDataCount> othersBefore = store(2).rowsNaming("bab");
        List<PersonalDataCount> similarBefore = store(2).rowsNaming("b_bby");
        AtomicInteger batches = new AtomicInteger();

        // when
        long changed = store(2).changeUserKey(new UserKeyChange(PERSON, ANONYMIZED), batches::incrementAndGet);

        // then
        assertEquals(List.of(), store(2).rowsNaming(PERSON));
        assertEquals(before, store(2).rowsNaming(ANONYMIZED));
        assertEquals(before.stream().mapToLong(PersonalDataCount::values).sum(), changed);
        assertEquals(othersBefore, store(2).rowsNaming("bab"));
        assertEquals(similarBefore, store(2).rowsNaming("b_bby"));
        assertTrue("one callback per committed batch", batches.get() >= before.stream().mapToInt(PersonalDataCount::batches).sum());

        Contribution theirs = repository().findById(seeded[0].id()).orElseThrow();
        assertEquals(ANONYMIZED, theirs.contributorKey());
        assertEquals(List.of("bab", ANONYMIZED), theirs.beneficiaryKeys());
        assertEquals("free text is not rewritten", "Reviewed with b_b", theirs.summary());
        Contribution recordedByThem = repository().findById(seeded[1].id()).orElseThrow();
        assertEquals(ANONYMIZED, recordedByThem.recordedByKey());
        assertEquals(List.of(ANONYMIZED, "b_bby"), recordedByThem.beneficiaryKeys());
        List<ContributionChange> history = repository().findHistory(seeded[1].id());
        assertEquals(ANONYMIZED, history.get(1).actorKey());
        assertEquals(List.of(new FieldChange(FieldChange.NOTE, "", "b_b was there")), history.get(1).fieldChanges());
        ContributionChange withdrawn = history.stream().filter(c -> c.kind() == ChangeKind.CORROBORATION_WITHDRAWN)
                .findFirst().orElseThrow();
        assertEquals(List.of(new FieldChange(FieldChange.CORROBORATOR, ANONYMIZED, "")), withdrawn.fieldChanges());
        assertEquals(List.of(new PacketView("alice", ANONYMIZED, AUTUMN, T0.plusSeconds(5)),
                new PacketView("alice", ANONYMIZED, AUTUMN, T0)), packetLog().viewsOf(ANONYMIZED));
    }

    @Test
    public void changeUserKey_shouldMoveTheCorroborationUniqueKeySoTheNewKeyOwnsIt() {
        // given: the person corroborates, and their key changes
        Contribution[] seeded = seed();
        repository().addCorroboration(seeded[0].id(), "carol", "", T0.plusSeconds(10));
        Contribution other = repository().create(new NewContribution("review", "carol", "carol", GW_1,
                LocalDate.of(2026, 11, 1), "Wrote the runbook", "", List.of(), List.of(), ContributionSource.MANUAL, T0));
        repository().addCorroboration(other.id(), PERSON, "", T0.plusSeconds(11));
        store(2).changeUserKey(new UserKeyChange(PERSON, ANONYMIZED), () -> { });

        // when: the new key withdraws it (found by CONTRIBUTION_CORROBORATOR = "<id>:<key>")
        repository().withdrawCorroboration(other.id(), ANONYMIZED, T0.plusSeconds(12),
                NewContributionChange.corroborationWithdrawn(ANONYMIZED, T0.plusSeconds(12)));

        // then
        assertEquals(List.of(), repository().findById(other.id()).orElseThrow().corroborations());
    }

    @Test
    public void changeUserKey_shouldMoveTheirWeeklyNotesAndTheUniqueWeekKeySoTheNewKeyOwnsThem() {
        // given: the person and someone with a similar key wrote notes for the same week
        IsoWeek week = IsoWeek.of(LocalDate.of(2026, 11, 2));
        notes().create(PERSON, week, List.of("Unblocked the release"), NoteVisibility.PRIVATE, T0);
        notes().create("b_bby", week, List.of("Paired with Erin"), NoteVisibility.TEAM, T0);

        // when
        store(2).changeUserKey(new UserKeyChange(PERSON, ANONYMIZED), () -> { });

        // then: the note is theirs under the new key, the week's unique key moved with it, the other note untouched
        assertEquals(Optional.empty(), notes().find(PERSON, week));
        assertEquals(List.of("Unblocked the release"), notes().find(ANONYMIZED, week).orElseThrow().bullets());
        assertEquals(List.of("Paired with Erin"), notes().find("b_bby", week).orElseThrow().bullets());
        assertTrue("the old key may write that week again",
                notes().create(PERSON, week, List.of("New"), NoteVisibility.TEAM, T0).id() > 0);
    }

    @Test
    public void changeUserKey_shouldBeRepeatableAndChangeNothingTheSecondTime() {
        // given
        seed();
        UserKeyChange change = new UserKeyChange(PERSON, ANONYMIZED);
        store(3).changeUserKey(change, () -> { });

        // when
        long again = store(3).changeUserKey(change, () -> { });

        // then
        assertEquals(0, again);
    }

    @Test
    public void deletePacketViewsOf_shouldDeleteOnlyTheViewsOfThatPersonsPackets() {
        // given
        seed();
        AtomicInteger batches = new AtomicInteger();

        // when
        long deleted = store(1).deletePacketViewsOf(PERSON, batches::incrementAndGet);

        // then: the views of the person's packets are gone; the person's own views of others' packets stay
        assertEquals(2, deleted);
        assertEquals(2, batches.get());
        assertEquals(0, store(1).packetViewsOf(PERSON));
        assertEquals(List.of(new PacketView(PERSON, "alice", AUTUMN, T0)), packetLog().viewsOf("alice"));
        assertEquals(1, store(1).packetViewsOf("bab"));
    }

    @Test
    public void recordsOf_shouldFindEverythingThatNamesThePersonInEveryRole() {
        // given
        Contribution[] seeded = seed();
        store(2).recordExport(new DataExportRecord("admin", PERSON, T0.plusSeconds(60)));
        store(2).recordExport(new DataExportRecord("admin", "bab", T0.plusSeconds(61)));

        // when
        PersonalDataRecords records = store(2).recordsOf(PERSON);

        // then
        assertEquals(List.of(seeded[0].id(), seeded[1].id()),
                records.contributions().stream().map(i -> i.contribution().id()).toList());
        assertEquals(Set.of(Role.CONTRIBUTOR, Role.BENEFICIARY), records.contributions().get(0).roles());
        assertEquals(Set.of(Role.RECORDED_BY, Role.BENEFICIARY), records.contributions().get(1).roles());
        assertEquals(1, records.corroborations().size());
        CorroborationRecord corroboration = records.corroborations().get(0);
        assertEquals(seeded[1].id(), corroboration.contributionId());
        assertEquals("b_b was there", corroboration.note());
        assertEquals("withdrawn by the edit, and still exported", T0.plusSeconds(3), corroboration.withdrawnAt());
        assertEquals(List.of(ChangeKind.CREATED, ChangeKind.CORROBORATED),
                records.historyEntries().stream().map(ContributionChange::kind).toList());
        assertEquals(List.of(new FieldChange(FieldChange.NOTE, "", "b_b was there")),
                records.historyEntries().get(1).fieldChanges());
        assertEquals(2, records.packetViewsOfPerson().size());
        assertEquals(List.of(new PacketView(PERSON, "alice", AUTUMN, T0)), records.packetViewsByPerson());
        assertEquals(List.of(new DataExportRecord("admin", PERSON, T0.plusSeconds(60))), records.exportsOfPerson());
    }

    @Test
    public void recordsOf_shouldTellAFormerBeneficiaryFromACurrentOne() {
        // given: carol is helped, then an edit takes her off
        Contribution created = repository().create(new NewContribution("review", "bab", "bab", GW_1,
                LocalDate.of(2026, 10, 30), "Reviewed", "", List.of("carol"), List.of(), ContributionSource.MANUAL, T0));
        Contribution edited = new Contribution(created.id(), created.categoryKey(), created.contributorKey(),
                created.recordedByKey(), created.issue(), created.occurredOn(), created.summary(), created.impact(),
                List.of(), created.evidenceLinks(), created.state(), created.source(), created.createdAt(),
                T0.plusSeconds(5), created.version(), created.corroborations());
        repository().update(edited, created.version(), NewContributionChange.edited("bab", T0.plusSeconds(5), created, edited));

        // when
        PersonalDataRecords records = store(2).recordsOf("carol");

        // then
        assertEquals(1, records.contributions().size());
        assertEquals(Set.of(Role.FORMER_BENEFICIARY), records.contributions().get(0).roles());
        assertEquals(List.of(), records.historyEntries());
    }

    @Test
    public void recordExport_shouldBeFoundAgainUnderTheChangedKeys() {
        // given
        store(2).recordExport(new DataExportRecord(PERSON, "alice", T0));

        // when
        store(2).changeUserKey(new UserKeyChange(PERSON, ANONYMIZED), () -> { });

        // then
        assertEquals(List.of(new DataExportRecord(ANONYMIZED, "alice", T0)), store(2).recordsOf("alice").exportsOfPerson());
        assertEquals(List.of(new PersonalDataCount("dataExports", 1, 1)), store(2).rowsNaming(ANONYMIZED));
    }
}
