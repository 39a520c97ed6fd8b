package com.gluework.ao;

import com.gluework.core.error.ConflictException;
import com.gluework.core.error.NotFoundException;
import com.gluework.core.model.ChangeKind;
import com.gluework.core.model.Contribution;
import com.gluework.core.model.ContributionChange;
import com.gluework.core.model.ContributionSource;
import com.gluework.core.model.ContributionState;
import com.gluework.core.model.Corroboration;
import com.gluework.core.model.FieldChange;
import com.gluework.core.model.IssueRef;
import com.gluework.core.model.NewContribution;
import com.gluework.core.model.NewContributionChange;
import com.gluework.core.port.ContributionRepository;
import org.junit.Test;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

/**
 * What every {@link ContributionRepository} must do, whatever stores it. Subclasses supply the adapter.
 * Instants are given in whole milliseconds, the precision every adapter keeps.
 */
public abstract class ContributionRepositoryContract {
    protected static final Instant T0 = Instant.parse("2026-11-02T09:15:30.123Z");
    protected static final IssueRef GW_1 = new IssueRef(10001, "GW-1", 10000, "GW", "");
    protected static final IssueRef GW_2 = new IssueRef(10002, "GW-2", 10000, "GW", "");

    /** The adapter under test, on an empty store. */
    protected abstract ContributionRepository repository();

    @Test
    public void create_thenFindById_shouldRoundTripEveryField() {
        // given
        NewContribution recorded = new NewContribution("review", "bob", "alice", GW_1, LocalDate.of(2026, 10, 30),
                "Flagged a data race in the export job", "Avoided a corrupted export for 3 customers",
                List.of("carol", "dave"), List.of(URI.create("https://git.example.com/pr/42"),
                URI.create("http://wiki.example.com/x?y=1&z=%20")), ContributionSource.SUGGESTED, T0);

        // when
        Contribution created = repository().create(recorded);
        Contribution found = repository().findById(created.id()).orElseThrow();

        // then
        assertTrue(created.id() > 0);
        assertEquals("review", found.categoryKey());
        assertEquals("bob", found.contributorKey());
        assertEquals("alice", found.recordedByKey());
        assertSameIssue(GW_1, found.issue());
        assertEquals(LocalDate.of(2026, 10, 30), found.occurredOn());
        assertEquals("Flagged a data race in the export job", found.summary());
        assertEquals("Avoided a corrupted export for 3 customers", found.impact());
        assertEquals(List.of("carol", "dave"), found.beneficiaryKeys());
        assertEquals(recorded.evidenceLinks(), found.evidenceLinks());
        assertEquals(ContributionState.ACTIVE, found.state());
        assertEquals(ContributionSource.SUGGESTED, found.source());
        assertEquals(T0, found.createdAt());
        assertEquals(T0, found.updatedAt());
        assertEquals(1, found.version());
        assertEquals(List.of(), found.corroborations());
        assertEquals("create returns what a later read returns", created, found);
    }

    @Test
    public void create_withLongestAllowedUnicodeText_shouldKeepEveryCharacter() {
        // given: a 255-code-point summary mostly outside the BMP (510 UTF-16 units), a 2,000-code-point impact
        // mixing scripts and emoji, and five 2,000-character links
        String summary = "Ünïcödé ✓ " + "😀".repeat(239) + "漢字かなカナ";
        String impact = "Évité — 避免 — избежал — ".repeat(100).substring(0, 1990) + "🚀".repeat(10);
        List<URI> links = IntStream.range(0, 5)
                .mapToObj(i -> URI.create("https://example.com/" + i + "/" + "a".repeat(2000 - 24) + "?q"))
                .toList();
        NewContribution recorded = new NewContribution("documentation", "erin", "erin", GW_1, LocalDate.of(2026, 1, 1),
                summary, impact, List.of(), links, ContributionSource.MANUAL, T0);

        // when
        Contribution found = repository().findById(repository().create(recorded).id()).orElseThrow();

        // then
        assertEquals(255, summary.codePointCount(0, summary.length()));
        assertEquals(summary, found.summary());
        assertEquals(2000, impact.codePointCount(0, impact.length()));
        assertEquals(impact, found.impact());
        assertEquals(2000, links.get(4).toString().length());
        assertEquals(links, found.evidenceLinks());
    }

    @Test
    public void create_withoutIssue_shouldStoreTeamGlueThatNoIssueLists() {
        // given
        NewContribution teamGlue = newContribution(null, "frank", T0);

        // when
        Contribution created = repository().create(teamGlue);

        // then
        Contribution found = repository().findById(created.id()).orElseThrow();
        assertNull(found.issue());
        assertEquals("", found.impact());
        assertEquals(List.of(), found.beneficiaryKeys());
        assertEquals(List.of(), found.evidenceLinks());
        assertEquals(List.of(), repository().findByIssue(GW_1.id()));
    }

    @Test
    public void findById_ofUnknownId_shouldBeEmpty() {
        // given
        repository().create(newContribution(GW_1, "bob", T0));

        // when / then
        assertTrue(repository().findById(987_654).isEmpty());
        assertTrue(repository().findById(-1).isEmpty());
        assertTrue(repository().findById(Long.MAX_VALUE).isEmpty());
    }

    @Test
    public void findByIssue_shouldReturnThatIssuesContributionsOldestFirst() {
        // given: recorded out of order, and interleaved with another issue's glue
        Contribution second = repository().create(newContribution(GW_1, "bob", T0.plusSeconds(60)));
        repository().create(newContribution(GW_2, "carol", T0.plusSeconds(30)));
        Contribution first = repository().create(newContribution(GW_1, "dave", T0));
        Contribution third = repository().create(newContribution(GW_1, "erin", T0.plusSeconds(120)));

        // when
        List<Contribution> found = repository().findByIssue(GW_1.id());

        // then
        assertEquals(List.of(first.id(), second.id(), third.id()), found.stream().map(Contribution::id).toList());
        assertEquals(1, repository().findByIssue(GW_2.id()).size());
        assertEquals(List.of(), repository().findByIssue(99_999));
    }

    @Test
    public void findByIssue_withSameCreationTime_shouldKeepRecordingOrder() {
        // given
        Contribution a = repository().create(newContribution(GW_1, "bob", T0));
        Contribution b = repository().create(newContribution(GW_1, "carol", T0));

        // when / then
        assertEquals(List.of(a.id(), b.id()), repository().findByIssue(GW_1.id()).stream().map(Contribution::id).toList());
    }

    @Test
    public void addCorroboration_shouldBeLoadedWithItsOwnContributionOnly() {
        // given
        Contribution reviewed = repository().create(newContribution(GW_1, "bob", T0));
        Contribution other = repository().create(newContribution(GW_1, "carol", T0.plusSeconds(1)));

        // when
        Corroboration byErin = repository().addCorroboration(reviewed.id(), "erin", "", T0.plusSeconds(5));
        Corroboration byDave = repository().addCorroboration(reviewed.id(), "dave", "Saw it in the PR 👍", T0.plusSeconds(10));
        Corroboration onOther = repository().addCorroboration(other.id(), "dave", null, T0.plusSeconds(20));

        // then
        assertEquals(reviewed.id(), byDave.contributionId());
        assertEquals("Saw it in the PR 👍", byDave.note());
        assertEquals("", onOther.note());
        List<Contribution> found = repository().findByIssue(GW_1.id());
        assertEquals("in the order given, oldest first", List.of(byErin, byDave), found.get(0).corroborations());
        assertEquals(List.of(onOther), found.get(1).corroborations());
        assertEquals(List.of(byErin, byDave), repository().findById(reviewed.id()).orElseThrow().corroborations());
        assertTrue(found.get(0).isCorroboratedBy("dave"));
    }

    @Test
    public void findByIssue_shouldLoadEachContributionsOwnBeneficiaries() {
        // given
        Contribution forTwo = repository().create(withBeneficiaries(GW_1, T0, List.of("erin", "alice")));
        Contribution forOne = repository().create(withBeneficiaries(GW_1, T0.plusSeconds(1), List.of("frank")));
        repository().create(withBeneficiaries(GW_2, T0, List.of("carol")));

        // when
        List<Contribution> found = repository().findByIssue(GW_1.id());

        // then
        assertEquals(List.of(forTwo.id(), forOne.id()), found.stream().map(Contribution::id).toList());
        assertEquals("in the order given", List.of("erin", "alice"), found.get(0).beneficiaryKeys());
        assertEquals(List.of("frank"), found.get(1).beneficiaryKeys());
    }

    @Test
    public void addCorroboration_twiceBySamePerson_shouldBeRejectedAsConflict() {
        // given
        Contribution contribution = repository().create(newContribution(GW_1, "bob", T0));
        repository().addCorroboration(contribution.id(), "carol", "first", T0.plusSeconds(1));

        // when
        ConflictException conflict = assertThrows(ConflictException.class,
                () -> repository().addCorroboration(contribution.id(), "carol", "second", T0.plusSeconds(2)));

        // then: nothing more may be asserted against the store here, because PostgreSQL refuses every statement
        // in a transaction after a failed one, and the AO test runner wraps the whole test in one transaction
        assertEquals("contributionId", conflict.errors().get(0).field());
    }

    @Test
    public void create_shouldStoreItsCreatedHistoryEntry() {
        // given
        NewContribution recorded = new NewContribution("review", "bob", "alice", GW_1, LocalDate.of(2026, 10, 30),
                "Flagged a data race", "", List.of("carol"), List.of(), ContributionSource.MANUAL, T0);

        // when
        Contribution created = repository().create(recorded);

        // then
        List<ContributionChange> history = repository().findHistory(created.id());
        assertEquals(1, history.size());
        ContributionChange entry = history.get(0);
        assertTrue(entry.id() > 0);
        assertEquals(created.id(), entry.contributionId());
        assertEquals("alice", entry.actorKey());
        assertEquals(T0, entry.at());
        assertEquals(ChangeKind.CREATED, entry.kind());
        assertEquals(NewContributionChange.created(recorded).fieldChanges(), entry.fieldChanges());
        assertTrue(entry.fieldChanges().contains(new FieldChange(FieldChange.SUMMARY, "", "Flagged a data race")));
    }

    @Test
    public void update_shouldRoundTripTheEditedFieldsAndBumpTheVersion() {
        // given
        Contribution created = repository().create(new NewContribution("review", "bob", "alice", GW_1,
                LocalDate.of(2026, 10, 30), "Flagged a data race", "Avoided a bad export", List.of("carol", "dave", "erin"),
                List.of(URI.create("https://git.example.com/pr/42")), ContributionSource.SUGGESTED, T0));
        Instant later = T0.plusSeconds(3600);
        Contribution edited = new Contribution(created.id(), "mentoring", "frank", "mallory", GW_2,
                LocalDate.of(2026, 11, 2), "Paired on the export job 🚀", "", List.of("erin", "alice", "carol"),
                List.of(URI.create("https://wiki.example.com/a"), URI.create("https://wiki.example.com/b")),
                ContributionState.RETIRED, ContributionSource.MANUAL, later, later, 99, List.of());

        // when
        Contribution updated = repository().update(edited, 1,
                NewContributionChange.edited("alice", later, created, edited));

        // then: editable fields replaced, beneficiaries in their new order; identity, recorder, issue, source and
        // creation time untouched whatever the given value says
        Contribution found = repository().findById(created.id()).orElseThrow();
        assertEquals(updated, found);
        assertEquals("mentoring", found.categoryKey());
        assertEquals("frank", found.contributorKey());
        assertEquals(LocalDate.of(2026, 11, 2), found.occurredOn());
        assertEquals("Paired on the export job 🚀", found.summary());
        assertEquals("", found.impact());
        assertEquals(List.of("erin", "alice", "carol"), found.beneficiaryKeys());
        assertEquals(edited.evidenceLinks(), found.evidenceLinks());
        assertEquals(ContributionState.RETIRED, found.state());
        assertEquals(later, found.updatedAt());
        assertEquals(2, found.version());
        assertEquals("alice", found.recordedByKey());
        assertSameIssue(GW_1, found.issue());
        assertEquals(ContributionSource.SUGGESTED, found.source());
        assertEquals(T0, found.createdAt());
        assertEquals(List.of(created.id()), repository().findByIssue(GW_1.id()).stream().map(Contribution::id).toList());
    }

    @Test
    public void update_twice_shouldRestoreAndKeepCountingVersions() {
        // given
        Contribution created = repository().create(newContribution(GW_1, "bob", T0));
        Contribution retired = repository().update(withState(created, ContributionState.RETIRED, T0.plusSeconds(1)), 1,
                NewContributionChange.retired("bob", T0.plusSeconds(1)));

        // when
        Contribution restored = repository().update(withState(retired, ContributionState.ACTIVE, T0.plusSeconds(2)), 2,
                NewContributionChange.restored("carol", T0.plusSeconds(2)));

        // then
        assertEquals(ContributionState.ACTIVE, restored.state());
        assertEquals(3, restored.version());
        assertEquals(List.of(ChangeKind.CREATED, ChangeKind.RETIRED, ChangeKind.RESTORED),
                repository().findHistory(created.id()).stream().map(ContributionChange::kind).toList());
    }

    @Test
    public void update_withStaleVersion_shouldConflictAndLeaveRowAndHistoryUntouched() {
        // given: someone else's edit made version 2
        Contribution created = repository().create(newContribution(GW_1, "bob", T0));
        Contribution theirs = repository().update(withSummary(created, "Their wording", T0.plusSeconds(1)), 1,
                NewContributionChange.edited("carol", T0.plusSeconds(1), created, withSummary(created, "Their wording", T0)));

        // when: an edit still based on version 1
        ConflictException conflict = assertThrows(ConflictException.class,
                () -> repository().update(withSummary(created, "Stale wording", T0.plusSeconds(2)), 1,
                        NewContributionChange.edited("dave", T0.plusSeconds(2), created, withSummary(created, "Stale", T0))));

        // then
        assertEquals("version", conflict.errors().get(0).field());
        assertEquals(theirs, repository().findById(created.id()).orElseThrow());
        assertEquals(List.of(ChangeKind.CREATED, ChangeKind.EDITED),
                repository().findHistory(created.id()).stream().map(ContributionChange::kind).toList());
    }

    @Test
    public void update_ofUnknownContribution_shouldBeNotFound() {
        Contribution created = repository().create(newContribution(GW_1, "bob", T0));
        Contribution ghost = new Contribution(987_654, "review", "bob", "bob", GW_1, LocalDate.of(2026, 1, 1), "x", "",
                List.of(), List.of(), ContributionState.ACTIVE, ContributionSource.MANUAL, T0, T0, 1, List.of());

        assertThrows(NotFoundException.class, () -> repository().update(ghost, 1, NewContributionChange.retired("bob", T0)));
        assertEquals(created, repository().findById(created.id()).orElseThrow());
    }

    @Test
    public void update_withBeneficiariesRemovedAndReadded_shouldReadOnlyTheCurrentOnes() {
        // given
        Contribution created = repository().create(withBeneficiaries(GW_1, T0, List.of("carol", "dave")));
        Contribution withoutDave = repository().update(withBeneficiaryKeys(created, List.of("carol")), 1,
                NewContributionChange.retired("bob", T0));

        // when
        repository().update(withBeneficiaryKeys(withoutDave, List.of("dave", "carol")), 2,
                NewContributionChange.restored("bob", T0));

        // then
        assertEquals(List.of("carol"), withoutDave.beneficiaryKeys());
        assertEquals(List.of("dave", "carol"), repository().findById(created.id()).orElseThrow().beneficiaryKeys());
        assertEquals(List.of("dave", "carol"), repository().findByIssue(GW_1.id()).get(0).beneficiaryKeys());
    }

    @Test
    public void update_withCorroboratorsToWithdraw_shouldWithdrawTheirActiveOnesWithTheEditorsEntries() {
        // given: carol and dave corroborated; erin corroborated and withdrew already
        Contribution created = repository().create(newContribution(GW_1, "bob", T0));
        repository().addCorroboration(created.id(), "carol", "seen", T0.plusSeconds(1));
        repository().addCorroboration(created.id(), "dave", "", T0.plusSeconds(2));
        repository().addCorroboration(created.id(), "erin", "", T0.plusSeconds(3));
        repository().withdrawCorroboration(created.id(), "erin", T0.plusSeconds(4),
                NewContributionChange.corroborationWithdrawn("erin", T0.plusSeconds(4)));
        Instant at = T0.plusSeconds(5);
        Contribution edited = withSummary(created, "A bigger claim", at);

        // when
        int corroborated = repository().findById(created.id()).orElseThrow().version();
        Contribution updated = repository().update(edited, corroborated,
                NewContributionChange.edited("bob", at, created, edited), List.of("carol", "dave", "erin"));

        // then
        assertEquals(List.of(), updated.corroborations());
        assertEquals(updated, repository().findById(created.id()).orElseThrow());
        List<ContributionChange> history = repository().findHistory(created.id());
        List<ContributionChange> last = history.subList(history.size() - 3, history.size());
        assertEquals(List.of(ChangeKind.EDITED, ChangeKind.CORROBORATION_WITHDRAWN, ChangeKind.CORROBORATION_WITHDRAWN),
                last.stream().map(ContributionChange::kind).toList());
        assertEquals(List.of("bob", "bob", "bob"), last.stream().map(ContributionChange::actorKey).toList());
        assertEquals(List.of(at, at, at), last.stream().map(ContributionChange::at).toList());
        assertEquals(List.of(new FieldChange(FieldChange.CORROBORATOR, "carol", "")), last.get(1).fieldChanges());
        assertEquals(List.of(new FieldChange(FieldChange.CORROBORATOR, "dave", "")), last.get(2).fieldChanges());

        // and the people whose corroboration was withdrawn may corroborate the new claim
        repository().addCorroboration(created.id(), "carol", "still true", T0.plusSeconds(6));
        assertEquals(List.of("carol"), repository().findById(created.id()).orElseThrow().corroborations().stream()
                .map(Corroboration::corroboratorKey).toList());
    }

    @Test
    public void update_withStaleVersion_shouldWithdrawNoCorroboration() {
        // given
        Contribution created = repository().create(newContribution(GW_1, "bob", T0));
        repository().addCorroboration(created.id(), "carol", "", T0.plusSeconds(1));
        Contribution theirs = withSummary(created, "Their wording", T0.plusSeconds(2));
        repository().update(theirs, 2, NewContributionChange.edited("dave", T0.plusSeconds(2), created, theirs));

        // when
        Contribution stale = withSummary(created, "Stale wording", T0.plusSeconds(3));
        assertThrows(ConflictException.class, () -> repository().update(stale, 2,
                NewContributionChange.edited("bob", T0.plusSeconds(3), created, stale), List.of("carol")));

        // then
        assertTrue(repository().findById(created.id()).orElseThrow().isCorroboratedBy("carol"));
        assertEquals(List.of(ChangeKind.CREATED, ChangeKind.CORROBORATED, ChangeKind.EDITED),
                repository().findHistory(created.id()).stream().map(ContributionChange::kind).toList());
    }

    @Test
    public void withdrawCorroboration_shouldHideItAndCorroboratingAgainShouldReuseIt() {
        // given
        Contribution reviewed = repository().create(newContribution(GW_1, "bob", T0));
        Corroboration first = repository().addCorroboration(reviewed.id(), "carol", "first look", T0.plusSeconds(1));
        Corroboration byDave = repository().addCorroboration(reviewed.id(), "dave", "", T0.plusSeconds(2));

        // when
        repository().withdrawCorroboration(reviewed.id(), "carol", T0.plusSeconds(3),
                NewContributionChange.corroborationWithdrawn("carol", T0.plusSeconds(3)));

        // then
        assertEquals(List.of(byDave), repository().findById(reviewed.id()).orElseThrow().corroborations());
        assertEquals(List.of(byDave), repository().findByIssue(GW_1.id()).get(0).corroborations());
        assertFalse(repository().findById(reviewed.id()).orElseThrow().isCorroboratedBy("carol"));

        // and when Carol corroborates again
        Corroboration again = repository().addCorroboration(reviewed.id(), "carol", "second look", T0.plusSeconds(4));

        assertEquals(first.id(), again.id());
        assertEquals("second look", again.note());
        assertEquals(T0.plusSeconds(4), again.createdAt());
        assertEquals(List.of(byDave, again), repository().findById(reviewed.id()).orElseThrow().corroborations());
        assertEquals(List.of(ChangeKind.CREATED, ChangeKind.CORROBORATED, ChangeKind.CORROBORATED,
                        ChangeKind.CORROBORATION_WITHDRAWN, ChangeKind.CORROBORATED),
                repository().findHistory(reviewed.id()).stream().map(ContributionChange::kind).toList());
        assertEquals("every change, corroborations included, makes a version", 5,
                repository().findById(reviewed.id()).orElseThrow().version());
    }

    @Test
    public void withdrawCorroboration_withoutAnActiveOne_shouldConflict() {
        // given
        Contribution reviewed = repository().create(newContribution(GW_1, "bob", T0));
        repository().addCorroboration(reviewed.id(), "carol", "", T0.plusSeconds(1));
        repository().withdrawCorroboration(reviewed.id(), "carol", T0.plusSeconds(2),
                NewContributionChange.corroborationWithdrawn("carol", T0.plusSeconds(2)));

        // when / then: neither a second withdrawal nor one by someone who never corroborated
        assertThrows(ConflictException.class, () -> repository().withdrawCorroboration(reviewed.id(), "carol",
                T0.plusSeconds(3), NewContributionChange.corroborationWithdrawn("carol", T0.plusSeconds(3))));
        assertThrows(ConflictException.class, () -> repository().withdrawCorroboration(reviewed.id(), "dave",
                T0.plusSeconds(3), NewContributionChange.corroborationWithdrawn("dave", T0.plusSeconds(3))));
        assertEquals(3, repository().findHistory(reviewed.id()).size());
    }

    @Test
    public void findHistory_shouldReturnEachContributionsChangesOldestFirstWithTheirFields() {
        // given: long Unicode texts, changes out of time order, and another contribution's history around them
        String longSummary = "Ünïcödé ✓ " + "😀".repeat(239) + "漢字かなカナ";
        String longImpact = "Évité — 避免 — избежал — ".repeat(100).substring(0, 1990) + "🚀".repeat(10);
        Contribution reviewed = repository().create(newContribution(GW_1, "bob", T0));
        Contribution other = repository().create(newContribution(GW_1, "carol", T0));
        Contribution edited = withSummary(reviewed, longSummary, T0.plusSeconds(20));
        NewContributionChange edit = new NewContributionChange("alice", T0.plusSeconds(20), ChangeKind.EDITED, List.of(
                new FieldChange(FieldChange.SUMMARY, reviewed.summary(), longSummary),
                new FieldChange(FieldChange.IMPACT, "", longImpact)));
        repository().update(edited, 1, edit);
        repository().addCorroboration(other.id(), "dave", "", T0.plusSeconds(5));
        repository().addCorroboration(reviewed.id(), "erin", "Saw it 👍", T0.plusSeconds(10));

        // when
        List<ContributionChange> history = repository().findHistory(reviewed.id());

        // then
        assertEquals(List.of(ChangeKind.CREATED, ChangeKind.CORROBORATED, ChangeKind.EDITED),
                history.stream().map(ContributionChange::kind).toList());
        assertEquals(List.of(T0, T0.plusSeconds(10), T0.plusSeconds(20)),
                history.stream().map(ContributionChange::at).toList());
        assertEquals(List.of("bob", "erin", "alice"), history.stream().map(ContributionChange::actorKey).toList());
        assertEquals(List.of(new FieldChange(FieldChange.NOTE, "", "Saw it 👍")), history.get(1).fieldChanges());
        assertEquals(edit.stored(history.get(2).id(), reviewed.id()), history.get(2));
        assertEquals(2, repository().findHistory(other.id()).size());
        assertEquals(List.of(), repository().findHistory(987_654));
        assertEquals(List.of(), repository().findHistory(-1));
    }

    @Test
    public void findByIssues_shouldReturnTheContributionsOfAllThoseIssuesOldestFirst() {
        // given
        Contribution onSecond = repository().create(newContribution(GW_2, "bob", T0));
        Contribution onFirst = repository().create(newContribution(GW_1, "carol", T0.plusSeconds(1)));
        repository().create(newContribution(new IssueRef(10003, "GW-3", 10000, "GW", ""), "dave", T0));
        repository().addCorroboration(onFirst.id(), "erin", "", T0.plusSeconds(2));

        // when
        List<Contribution> found = repository().findByIssues(List.of(GW_1.id(), GW_2.id(), GW_1.id(), 99_999L));

        // then
        assertEquals(List.of(onSecond.id(), onFirst.id()), found.stream().map(Contribution::id).toList());
        assertEquals(1, found.get(1).corroborations().size());
        assertEquals(List.of(), repository().findByIssues(List.of()));
    }

    @Test
    public void findUnattachedBetween_shouldReturnActiveTeamGlueInsideTheDatesByDateThenId() {
        // given: team glue on both edges, just outside them, retired, and glue on an issue in the window
        Contribution lastDay = repository().create(unattached("frank", LocalDate.of(2026, 11, 13), T0));
        Contribution firstDay = repository().create(unattached("carol", LocalDate.of(2026, 11, 2), T0));
        Contribution sameLastDay = repository().create(unattached("erin", LocalDate.of(2026, 11, 13), T0));
        repository().create(unattached("bob", LocalDate.of(2026, 11, 1), T0));
        repository().create(unattached("bob", LocalDate.of(2026, 11, 14), T0));
        repository().create(newContribution(GW_1, "dave", T0));
        Contribution retired = repository().create(unattached("dave", LocalDate.of(2026, 11, 5), T0));
        repository().update(withState(retired, ContributionState.RETIRED, T0), 1, NewContributionChange.retired("dave", T0));
        repository().addCorroboration(firstDay.id(), "alice", "seen", T0.plusSeconds(1));

        // when
        List<Contribution> found = repository().findUnattachedBetween(LocalDate.of(2026, 11, 2), LocalDate.of(2026, 11, 13));

        // then
        assertEquals(List.of(firstDay.id(), lastDay.id(), sameLastDay.id()), found.stream().map(Contribution::id).toList());
        assertEquals(List.of("alice"), found.get(0).corroborations().stream().map(Corroboration::corroboratorKey).toList());
        assertEquals(List.of(), repository().findUnattachedBetween(LocalDate.of(2026, 11, 13), LocalDate.of(2026, 11, 2)));
        assertEquals(List.of(lastDay.id(), sameLastDay.id()), repository().findUnattachedBetween(
                LocalDate.of(2026, 11, 13), LocalDate.of(2026, 11, 13)).stream().map(Contribution::id).toList());
    }

    @Test
    public void findByEvidenceLink_shouldReturnActiveGlueNamingExactlyThatLink() {
        // given: the page as one of two links, on an issue and off, a longer address that contains it, a URL whose
        // "_" and "%" would match other characters in SQL LIKE, and a retired one
        URI page = URI.create("https://wiki.example.com/spaces/PAY/pages/payments_runbook%20v2");
        Contribution team = repository().create(withLinks(null, List.of(URI.create("https://git.example.com/pr/1"), page)));
        Contribution onIssue = repository().create(withLinks(GW_1, List.of(page)));
        repository().create(withLinks(null, List.of(URI.create(page + "/history"))));
        repository().create(withLinks(null, List.of(URI.create("https://wiki.example.com/spaces/PAY/pages/paymentsXrunbook%20v2"))));
        Contribution retired = repository().create(withLinks(null, List.of(page)));
        repository().update(withState(retired, ContributionState.RETIRED, T0), 1, NewContributionChange.retired("dave", T0));
        repository().addCorroboration(team.id(), "alice", "used it", T0.plusSeconds(1));

        // when
        List<Contribution> found = repository().findByEvidenceLink(page, 10);

        // then
        assertEquals(List.of(team.id(), onIssue.id()), found.stream().map(Contribution::id).toList());
        assertEquals(List.of("alice"), found.get(0).corroborations().stream().map(Corroboration::corroboratorKey).toList());
        assertEquals(List.of(team.id()), repository().findByEvidenceLink(page, 1).stream().map(Contribution::id).toList());
        assertEquals(List.of(), repository().findByEvidenceLink(URI.create("https://wiki.example.com/spaces/PAY"), 10));
    }

    private static NewContribution withLinks(IssueRef issue, List<URI> links) {
        return new NewContribution("documentation", "dave", "dave", issue, LocalDate.of(2026, 11, 20),
                "Wrote the alerting runbook", "", List.of(), links, ContributionSource.MANUAL, T0);
    }

    @Test
    public void findByContributorBetween_shouldReturnThePersonsActiveGlueOnIssuesAndOffThemByDateThenId() {
        // given: bob's glue on an issue and off, on both edges and just outside, retired, and carol's in the window
        Contribution onIssue = repository().create(new NewContribution("review", "bob", "carol", GW_1,
                LocalDate.of(2026, 11, 13), "Caught a race", "", List.of(), List.of(), ContributionSource.MANUAL, T0));
        Contribution firstDay = repository().create(unattached("bob", LocalDate.of(2026, 11, 2), T0));
        Contribution lastDay = repository().create(unattached("bob", LocalDate.of(2026, 11, 13), T0));
        repository().create(unattached("bob", LocalDate.of(2026, 11, 1), T0));
        repository().create(unattached("bob", LocalDate.of(2026, 11, 14), T0));
        repository().create(unattached("carol", LocalDate.of(2026, 11, 5), T0));
        Contribution retired = repository().create(unattached("bob", LocalDate.of(2026, 11, 5), T0));
        repository().update(withState(retired, ContributionState.RETIRED, T0), 1, NewContributionChange.retired("bob", T0));
        repository().addCorroboration(onIssue.id(), "dave", "seen", T0.plusSeconds(1));

        // when
        List<Contribution> found = repository().findByContributorBetween("bob", LocalDate.of(2026, 11, 2),
                LocalDate.of(2026, 11, 13));

        // then
        assertEquals(List.of(firstDay.id(), onIssue.id(), lastDay.id()), found.stream().map(Contribution::id).toList());
        assertEquals(List.of("dave"), found.get(1).corroborations().stream().map(Corroboration::corroboratorKey).toList());
        assertEquals("carol", found.get(1).recordedByKey());
        assertEquals(List.of(), repository().findByContributorBetween("bob", LocalDate.of(2026, 11, 13),
                LocalDate.of(2026, 11, 2)));
        assertEquals(List.of(), repository().findByContributorBetween("nobody", LocalDate.of(2026, 1, 1),
                LocalDate.of(2026, 12, 31)));
    }

    protected static NewContribution unattached(String contributorKey, LocalDate occurredOn, Instant createdAt) {
        return new NewContribution("coordination", contributorKey, contributorKey, null, occurredOn,
                "Ran the on-call hand-off", "", List.of(), List.of(), ContributionSource.MANUAL, createdAt);
    }

    protected static Contribution withState(Contribution c, ContributionState state, Instant at) {
        return new Contribution(c.id(), c.categoryKey(), c.contributorKey(), c.recordedByKey(), c.issue(), c.occurredOn(),
                c.summary(), c.impact(), c.beneficiaryKeys(), c.evidenceLinks(), state, c.source(), c.createdAt(), at,
                c.version(), c.corroborations());
    }

    protected static Contribution withSummary(Contribution c, String summary, Instant at) {
        return new Contribution(c.id(), c.categoryKey(), c.contributorKey(), c.recordedByKey(), c.issue(), c.occurredOn(),
                summary, c.impact(), c.beneficiaryKeys(), c.evidenceLinks(), c.state(), c.source(), c.createdAt(), at,
                c.version(), c.corroborations());
    }

    protected static Contribution withBeneficiaryKeys(Contribution c, List<String> beneficiaryKeys) {
        return new Contribution(c.id(), c.categoryKey(), c.contributorKey(), c.recordedByKey(), c.issue(), c.occurredOn(),
                c.summary(), c.impact(), beneficiaryKeys, c.evidenceLinks(), c.state(), c.source(), c.createdAt(),
                c.updatedAt(), c.version(), c.corroborations());
    }

    protected static NewContribution newContribution(IssueRef issue, String contributorKey, Instant createdAt) {
        return new NewContribution("mentoring", contributorKey, contributorKey, issue, LocalDate.of(2026, 11, 1),
                "Paired with a new teammate on " + (issue == null ? "team glue" : issue.key()), null, null, null,
                ContributionSource.MANUAL, createdAt);
    }

    protected static NewContribution withBeneficiaries(IssueRef issue, Instant createdAt, List<String> beneficiaries) {
        return new NewContribution("mentoring", "bob", "bob", issue, LocalDate.of(2026, 11, 1), "Onboarding help", "",
                beneficiaries, List.of(), ContributionSource.MANUAL, createdAt);
    }

    /** The issue's identity; its summary belongs to the host and is not part of what a repository promises to keep. */
    private static void assertSameIssue(IssueRef expected, IssueRef actual) {
        assertEquals(expected.id(), actual.id());
        assertEquals(expected.key(), actual.key());
        assertEquals(expected.projectId(), actual.projectId());
        assertEquals(expected.projectKey(), actual.projectKey());
    }
}
