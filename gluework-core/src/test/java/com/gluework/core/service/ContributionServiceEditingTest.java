package com.gluework.core.service;

import com.gluework.core.error.AccessDeniedException;
import com.gluework.core.error.AuthenticationRequiredException;
import com.gluework.core.error.ConflictException;
import com.gluework.core.error.InvalidInputException;
import com.gluework.core.error.NotFoundException;
import com.gluework.core.model.Category;
import com.gluework.core.model.ChangeKind;
import com.gluework.core.model.Contribution;
import com.gluework.core.model.ContributionChange;
import com.gluework.core.model.ContributionDraft;
import com.gluework.core.model.ContributionState;
import com.gluework.core.model.DefaultCategories;
import com.gluework.core.model.EditRights;
import com.gluework.core.model.FieldChange;
import com.gluework.core.model.FieldError;
import com.gluework.core.model.IssueRef;
import com.gluework.core.port.AccessPolicy;
import com.gluework.core.testing.FakeHost;
import com.gluework.core.testing.InMemoryCategoryRepository;
import com.gluework.core.testing.InMemoryContributionRepository;
import org.junit.Test;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertSame;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

/** Edit, retire, restore, withdraw and the change history: who may, what is refused, and what is kept. */
public class ContributionServiceEditingTest {
    private static final Instant T0 = Instant.parse("2026-11-25T10:15:30Z");
    private static final Optional<String> ALICE = Optional.of("alice");
    private static final Optional<String> BOB = Optional.of("bob");
    private static final Optional<String> CAROL = Optional.of("carol");
    private static final Optional<String> DAVE = Optional.of("dave");
    private static final Optional<String> ERIN = Optional.of("erin");
    private static final Optional<String> ANONYMOUS = Optional.empty();

    private final FakeHost host = new FakeHost()
            .withIssue(10001, "GW-1").withIssue(20001, "SEC-1")
            .withPerson("alice", "Alice Lead").withPerson("bob", "Bob").withPerson("carol", "Carol")
            .withPerson("dave", "Dave").withPerson("erin", "Erin")
            .withProjectAdmin("alice")
            .hidingProjectFrom("dave", "SEC");
    private final InMemoryContributionRepository repository = new InMemoryContributionRepository();
    private final SteppingClock clock = new SteppingClock(T0);
    private final ContributionService service = new ContributionService(repository, new InMemoryCategoryRepository(),
            host, host, host, clock);

    /** Bob records, for Carol, a review she did on GW-1. */
    private Contribution bobRecordsCarolsReview() {
        return service.record(BOB, "GW-1", new ContributionDraft("review", "carol", "Caught a data race",
                "Avoided a double charge", List.of("erin"), List.of("https://git.example.com/pr/482"),
                LocalDate.of(2026, 11, 20)));
    }

    private static ContributionDraft draftOf(Contribution c, String summary) {
        return new ContributionDraft(c.categoryKey(), c.contributorKey(), summary, c.impact(), c.beneficiaryKeys(),
                c.evidenceLinks().stream().map(URI::toString).toList(), c.occurredOn());
    }

    // --- edit: who may ---

    @Test
    public void edit_byRecorderContributorOrProjectAdmin_shouldBeAllowed() {
        // given
        Contribution recorded = bobRecordsCarolsReview();

        // when
        Contribution byRecorder = service.edit(BOB, recorded.id(), draftOf(recorded, "Edited by the recorder"), 1);
        Contribution byContributor = service.edit(CAROL, recorded.id(), draftOf(byRecorder, "Edited by the contributor"), 2);
        Contribution byAdmin = service.edit(ALICE, recorded.id(), draftOf(byContributor, "Edited by a project admin"), 3);

        // then
        assertEquals("Edited by a project admin", byAdmin.summary());
        assertEquals(4, byAdmin.version());
        assertEquals(byAdmin, repository.findById(recorded.id()).orElseThrow());
    }

    @Test
    public void edit_bySomeoneElse_shouldBeForbiddenAndChangeNothing() {
        // given
        Contribution recorded = bobRecordsCarolsReview();

        // when
        AccessDeniedException error = assertThrows(AccessDeniedException.class,
                () -> service.edit(DAVE, recorded.id(), draftOf(recorded, "Hijacked"), 1));

        // then
        assertEquals("contributionId", error.errors().get(0).field());
        assertEquals(recorded, repository.findById(recorded.id()).orElseThrow());
        assertEquals(1, repository.findHistory(recorded.id()).size());
    }

    @Test
    public void edit_byAnonymous_shouldRequireLogin() {
        Contribution recorded = bobRecordsCarolsReview();

        assertThrows(AuthenticationRequiredException.class,
                () -> service.edit(ANONYMOUS, recorded.id(), draftOf(recorded, "x"), 1));
    }

    @Test
    public void edit_ofContributionOnHiddenIssue_shouldAnswerNotFoundEvenToItsContributor() {
        // given: Dave did the work on SEC-1 but may no longer browse that project
        Contribution secret = service.record(ALICE, "SEC-1", new ContributionDraft("review", "dave", "Reviewed", null,
                List.of(), List.of(), null));

        // when / then
        assertThrows(NotFoundException.class, () -> service.edit(DAVE, secret.id(), draftOf(secret, "x"), 1));
        assertThrows(NotFoundException.class, () -> service.edit(DAVE, 999, draftOf(secret, "x"), 1));
    }

    @Test
    public void editRights_shouldMatchWhoMayEdit() {
        // given
        Contribution recorded = bobRecordsCarolsReview();
        var issue = host.issue("GW-1");

        // when / then
        assertTrue(service.editRights(BOB, issue).mayEdit(recorded));
        assertTrue(service.editRights(CAROL, issue).mayEdit(recorded));
        assertTrue(service.editRights(ALICE, issue).mayEdit(recorded));
        assertFalse(service.editRights(DAVE, issue).mayEdit(recorded));
        assertFalse(service.editRights(ANONYMOUS, issue).mayEdit(recorded));
        assertFalse("team glue has no project to administer", service.editRights(ALICE, null).mayEdit(recorded));
    }

    @Test
    public void editRights_shouldAskTheHostOnceAndAnswerForEveryContributionOnTheIssue() {
        // given: three contributions by others on GW-1, and a host that counts its permission checks
        CountingAccessPolicy counting = new CountingAccessPolicy(host);
        ContributionService counted = new ContributionService(repository, new InMemoryCategoryRepository(), host, host,
                counting, clock);
        List<Contribution> onGw1 = List.of(bobRecordsCarolsReview(), bobRecordsCarolsReview(), bobRecordsCarolsReview());

        // when
        EditRights rights = counted.editRights(ALICE, host.issue("GW-1"));
        boolean all = onGw1.stream().allMatch(rights::mayEdit);

        // then
        assertTrue(all);
        assertEquals(1, counting.adminChecks);
    }

    // --- edit: what it does ---

    @Test
    public void edit_shouldReplaceTheFieldsBumpTheVersionAndKeepWhatIsNotEditable() {
        // given
        Contribution recorded = bobRecordsCarolsReview();
        clock.advance(Duration.ofMinutes(5));
        ContributionDraft draft = new ContributionDraft("mentoring", "dave", "  Paired on the retry path ", "",
                List.of("erin", "alice", "erin"), List.of(), LocalDate.of(2026, 11, 21));

        // when: the recorder reassigns it to the teammate who really did it
        Contribution edited = service.edit(BOB, recorded.id(), draft, 1);

        // then
        assertEquals("mentoring", edited.categoryKey());
        assertEquals("dave", edited.contributorKey());
        assertEquals("Paired on the retry path", edited.summary());
        assertEquals("", edited.impact());
        assertEquals(List.of("erin", "alice"), edited.beneficiaryKeys());
        assertEquals(List.of(), edited.evidenceLinks());
        assertEquals(LocalDate.of(2026, 11, 21), edited.occurredOn());
        assertEquals(2, edited.version());
        assertEquals(T0.plus(Duration.ofMinutes(5)), edited.updatedAt());
        assertEquals(recorded.createdAt(), edited.createdAt());
        assertEquals("bob", edited.recordedByKey());
        assertEquals(recorded.issue(), edited.issue());
        assertEquals(recorded.source(), edited.source());
    }

    @Test
    public void edit_withoutContributorOrDate_shouldKeepTheCurrentOnes() {
        // given
        Contribution recorded = bobRecordsCarolsReview();
        ContributionDraft draft = new ContributionDraft("review", null, "Caught a data race early", null, List.of(),
                List.of(), null);

        // when
        Contribution edited = service.edit(BOB, recorded.id(), draft, 1);

        // then: the contributor is not silently changed to the editor, nor the date to today
        assertEquals("carol", edited.contributorKey());
        assertEquals(LocalDate.of(2026, 11, 20), edited.occurredOn());
    }

    @Test
    public void edit_withStaleVersion_shouldConflictAndChangeNothing() {
        // given: Carol edited after Bob opened the form at version 1
        Contribution recorded = bobRecordsCarolsReview();
        Contribution carols = service.edit(CAROL, recorded.id(), draftOf(recorded, "Carol's wording"), 1);

        // when
        ConflictException conflict = assertThrows(ConflictException.class,
                () -> service.edit(BOB, recorded.id(), draftOf(recorded, "Bob's wording"), 1));

        // then
        assertEquals("version", conflict.errors().get(0).field());
        assertEquals(carols, repository.findById(recorded.id()).orElseThrow());
        assertEquals(2, repository.findHistory(recorded.id()).size());
    }

    @Test
    public void edit_withInvalidDraft_shouldNameEveryFieldAndChangeNothing() {
        // given
        Contribution recorded = bobRecordsCarolsReview();
        ContributionDraft bad = new ContributionDraft("gardening", "ghost", " ", null, List.of(),
                List.of("javascript:alert(1)"), null);

        // when
        InvalidInputException error = assertThrows(InvalidInputException.class, () -> service.edit(BOB, recorded.id(), bad, 1));

        // then
        assertEquals(List.of("categoryKey", "summary", "contributorKey", "evidenceLinks[0]"),
                error.errors().stream().map(FieldError::field).toList());
        assertEquals(recorded, repository.findById(recorded.id()).orElseThrow());
    }

    @Test
    public void edit_keepingACategoryAnAdminRetiredSince_shouldBeAllowed() {
        // given: the contribution uses "review", which is no longer active
        Contribution recorded = bobRecordsCarolsReview();
        List<Category> withoutReview = DefaultCategories.all().stream()
                .map(c -> c.key().equals("review") ? new Category(c.key(), c.name(), c.definition(), c.examples(),
                        c.rubricDimension(), false, c.order()) : c)
                .toList();
        ContributionService afterRetirement = new ContributionService(repository, new InMemoryCategoryRepository(withoutReview),
                host, host, host, clock);

        // when
        Contribution edited = afterRetirement.edit(BOB, recorded.id(), draftOf(recorded, "Typo fixed"), 1);

        // then: but nobody may move other glue into it
        assertEquals("review", edited.categoryKey());
        Contribution other = afterRetirement.record(BOB, "GW-1", new ContributionDraft("quality", null, "Fixed a flaky test",
                null, List.of(), List.of(), null));
        ContributionDraft intoReview = new ContributionDraft("review", null, "Fixed a flaky test", null, List.of(), List.of(), null);
        assertThrows(InvalidInputException.class, () -> afterRetirement.edit(BOB, other.id(), intoReview, 1));
    }

    @Test
    public void edit_makingACorroboratorTheContributor_shouldBeRefusedSoNobodyCorroboratesTheirOwnGlue() {
        // given: Dave corroborated Carol's review
        Contribution recorded = bobRecordsCarolsReview();
        int corroborated = service.corroborate(DAVE, recorded.id(), "Saw it").version();
        ContributionDraft toDave = new ContributionDraft("review", "dave", "Caught a data race", null, List.of(), List.of(), null);

        // when
        InvalidInputException error = assertThrows(InvalidInputException.class,
                () -> service.edit(BOB, recorded.id(), toDave, corroborated));

        // then
        assertEquals("contributorKey", error.errors().get(0).field());
        assertEquals("carol", repository.findById(recorded.id()).orElseThrow().contributorKey());
    }

    @Test
    public void edit_thatChangesNothing_shouldStoreNothing() {
        // given
        Contribution recorded = bobRecordsCarolsReview();

        // when
        Contribution same = service.edit(BOB, recorded.id(), draftOf(recorded, recorded.summary()), 1);

        // then
        assertEquals(1, same.version());
        assertEquals(1, repository.findHistory(recorded.id()).size());
    }

    @Test
    public void edit_toADateAfterToday_shouldBeRefusedButTodayAccepted() {
        // given: the clock says 25 November 2026
        Contribution recorded = bobRecordsCarolsReview();
        ContributionDraft tomorrow = new ContributionDraft("review", "carol", recorded.summary(), recorded.impact(),
                recorded.beneficiaryKeys(), List.of(), LocalDate.of(2026, 11, 26));
        ContributionDraft today = new ContributionDraft("review", "carol", recorded.summary(), recorded.impact(),
                recorded.beneficiaryKeys(), List.of(), LocalDate.of(2026, 11, 25));

        // when
        InvalidInputException error = assertThrows(InvalidInputException.class,
                () -> service.edit(BOB, recorded.id(), tomorrow, 1));
        Contribution edited = service.edit(BOB, recorded.id(), today, 1);

        // then
        assertEquals(List.of("occurredOn"), error.errors().stream().map(FieldError::field).toList());
        assertEquals(LocalDate.of(2026, 11, 25), edited.occurredOn());
    }

    @Test
    public void edit_ofRetiredContribution_shouldConflict() {
        Contribution recorded = bobRecordsCarolsReview();
        service.retire(BOB, recorded.id(), 1);

        ConflictException conflict = assertThrows(ConflictException.class,
                () -> service.edit(BOB, recorded.id(), draftOf(recorded, "x"), 2));

        assertEquals("state", conflict.errors().get(0).field());
    }

    // --- retire and restore ---

    @Test
    public void retireThenRestore_shouldToggleStateBumpVersionAndKeepEverything() {
        // given
        Contribution recorded = bobRecordsCarolsReview();
        int corroborated = service.corroborate(DAVE, recorded.id(), "+1").version();

        // when
        clock.advance(Duration.ofMinutes(1));
        Contribution retired = service.retire(CAROL, recorded.id(), corroborated);
        clock.advance(Duration.ofMinutes(1));
        Contribution restored = service.restore(ALICE, recorded.id(), corroborated + 1);

        // then
        assertEquals(ContributionState.RETIRED, retired.state());
        assertEquals(corroborated + 1, retired.version());
        assertEquals(T0.plus(Duration.ofMinutes(1)), retired.updatedAt());
        assertEquals(ContributionState.ACTIVE, restored.state());
        assertEquals(corroborated + 2, restored.version());
        assertEquals(recorded.summary(), restored.summary());
        assertEquals(1, restored.corroborations().size());
        assertEquals(1, service.listForIssue(BOB, "GW-1").contributions().size());
    }

    @Test
    public void retire_whenAlreadyRetired_andRestore_whenActive_shouldConflict() {
        Contribution recorded = bobRecordsCarolsReview();

        assertThrows(ConflictException.class, () -> service.restore(BOB, recorded.id(), 1));
        service.retire(BOB, recorded.id(), 1);
        assertThrows(ConflictException.class, () -> service.retire(BOB, recorded.id(), 2));
        assertEquals(2, repository.findById(recorded.id()).orElseThrow().version());
    }

    @Test
    public void retireAndRestore_shouldFollowTheEditPermissionAndVersion() {
        Contribution recorded = bobRecordsCarolsReview();

        assertThrows(AuthenticationRequiredException.class, () -> service.retire(ANONYMOUS, recorded.id(), 1));
        assertThrows(AccessDeniedException.class, () -> service.retire(DAVE, recorded.id(), 1));
        ConflictException stale = assertThrows(ConflictException.class, () -> service.retire(BOB, recorded.id(), 7));
        assertEquals("version", stale.errors().get(0).field());
        service.retire(BOB, recorded.id(), 1);
        // once retired, Dave may not even see it, so he gets the answer an unknown contribution gets
        assertThrows(NotFoundException.class, () -> service.restore(DAVE, recorded.id(), 2));
        assertEquals(ContributionState.RETIRED, repository.findById(recorded.id()).orElseThrow().state());
    }

    // --- corroborations ---

    @Test
    public void withdrawCorroboration_shouldHideItAndLetThePersonCorroborateAgain() {
        // given
        Contribution recorded = bobRecordsCarolsReview();
        service.corroborate(DAVE, recorded.id(), "first look");
        service.corroborate(ALICE, recorded.id(), "");

        // when
        Contribution withdrawn = service.withdrawCorroboration(DAVE, recorded.id());

        // then
        assertEquals(List.of("alice"), withdrawn.corroborations().stream().map(c -> c.corroboratorKey()).toList());
        assertFalse(withdrawn.isCorroboratedBy("dave"));

        // and when Dave changes his mind
        clock.advance(Duration.ofHours(1));
        Contribution again = service.corroborate(DAVE, recorded.id(), "second look");
        assertTrue(again.isCorroboratedBy("dave"));
        assertEquals(2, again.corroborations().size());
        assertEquals("second look", again.corroborations().get(1).note());
    }

    @Test
    public void withdrawCorroboration_withoutOne_shouldConflict() {
        Contribution recorded = bobRecordsCarolsReview();

        assertThrows(ConflictException.class, () -> service.withdrawCorroboration(DAVE, recorded.id()));
        service.corroborate(DAVE, recorded.id(), "");
        service.withdrawCorroboration(DAVE, recorded.id());
        assertThrows(ConflictException.class, () -> service.withdrawCorroboration(DAVE, recorded.id()));
    }

    @Test
    public void withdrawCorroboration_shouldNeedALoggedInUserWhoCanSeeIt() {
        Contribution secret = service.record(ALICE, "SEC-1", new ContributionDraft("review", null, "Reviewed", null,
                List.of(), List.of(), null));

        assertThrows(AuthenticationRequiredException.class, () -> service.withdrawCorroboration(ANONYMOUS, secret.id()));
        assertThrows(NotFoundException.class, () -> service.withdrawCorroboration(DAVE, secret.id()));
    }

    @Test
    public void corroborate_shouldRefuseTheContributorAndTheRecorderButAllowAThirdPersonOnce() {
        Contribution recorded = bobRecordsCarolsReview();

        assertThrows(AccessDeniedException.class, () -> service.corroborate(CAROL, recorded.id(), ""));
        AccessDeniedException byRecorder = assertThrows(AccessDeniedException.class,
                () -> service.corroborate(BOB, recorded.id(), "I watched her do it"));
        service.corroborate(ERIN, recorded.id(), "It saved my release");
        assertThrows(ConflictException.class, () -> service.corroborate(ERIN, recorded.id(), "twice"));

        assertEquals("contributionId", byRecorder.errors().get(0).field());
        assertEquals(List.of("erin"), repository.findById(recorded.id()).orElseThrow().corroborations().stream()
                .map(c -> c.corroboratorKey()).toList());
    }

    // --- an edit of what is claimed withdraws the corroborations of the old claim ---

    @Test
    public void edit_ofTheSummary_shouldWithdrawEveryCorroborationWithAnEntryByTheEditor() {
        // given: Dave and Erin vouched for the summary as it was
        Contribution recorded = bobRecordsCarolsReview();
        service.corroborate(DAVE, recorded.id(), "Saw the PR");
        int corroborated = service.corroborate(ERIN, recorded.id(), "").version();
        clock.advance(Duration.ofMinutes(1));

        // when: Carol makes the claim bigger
        Contribution edited = service.edit(CAROL, recorded.id(), draftOf(recorded, "Redesigned the whole retry path"),
                corroborated);

        // then
        assertEquals(List.of(), edited.corroborations());
        assertEquals(edited, repository.findById(recorded.id()).orElseThrow());
        List<ContributionChange> history = service.history(CAROL, recorded.id());
        assertEquals(List.of(ChangeKind.CREATED, ChangeKind.CORROBORATED, ChangeKind.CORROBORATED, ChangeKind.EDITED,
                ChangeKind.CORROBORATION_WITHDRAWN, ChangeKind.CORROBORATION_WITHDRAWN),
                history.stream().map(ContributionChange::kind).toList());
        List<ContributionChange> withdrawals = history.subList(4, 6);
        assertEquals(List.of("carol", "carol"), withdrawals.stream().map(ContributionChange::actorKey).toList());
        assertEquals(List.of(T0.plus(Duration.ofMinutes(1)), T0.plus(Duration.ofMinutes(1))),
                withdrawals.stream().map(ContributionChange::at).toList());
        assertEquals(List.of(List.of(new FieldChange(FieldChange.CORROBORATOR, "dave", "")),
                        List.of(new FieldChange(FieldChange.CORROBORATOR, "erin", ""))),
                withdrawals.stream().map(ContributionChange::fieldChanges).toList());
    }

    @Test
    public void edit_ofTheContributor_shouldWithdrawEveryCorroborationAndLetThemCorroborateAgain() {
        // given
        Contribution recorded = bobRecordsCarolsReview();
        int corroborated = service.corroborate(ERIN, recorded.id(), "").version();
        ContributionDraft toDave = new ContributionDraft("review", "dave", recorded.summary(), recorded.impact(),
                recorded.beneficiaryKeys(), List.of(), recorded.occurredOn());

        // when
        Contribution edited = service.edit(BOB, recorded.id(), toDave, corroborated);

        // then
        assertEquals(List.of(), edited.corroborations());
        assertTrue(service.corroborate(ERIN, recorded.id(), "Yes, it was Dave").isCorroboratedBy("erin"));
    }

    @Test
    public void edit_ofOtherFieldsOnly_shouldKeepTheCorroborations() {
        // given
        Contribution recorded = bobRecordsCarolsReview();
        int corroborated = service.corroborate(ERIN, recorded.id(), "").version();
        ContributionDraft betterEvidence = new ContributionDraft("quality", "carol", recorded.summary(), "Saved a release",
                List.of("dave"), List.of("https://git.example.com/pr/483"), LocalDate.of(2026, 11, 19));

        // when
        Contribution edited = service.edit(BOB, recorded.id(), betterEvidence, corroborated);

        // then
        assertTrue(edited.isCorroboratedBy("erin"));
        assertEquals(List.of(ChangeKind.CREATED, ChangeKind.CORROBORATED, ChangeKind.EDITED),
                service.history(BOB, recorded.id()).stream().map(ContributionChange::kind).toList());
    }

    // --- history ---

    @Test
    public void history_shouldListEveryChangeOldestFirstWithBeforeAndAfter() {
        // given
        Contribution recorded = bobRecordsCarolsReview();
        clock.advance(Duration.ofMinutes(1));
        int corroborated = service.corroborate(DAVE, recorded.id(), " Saw the PR ").version();
        clock.advance(Duration.ofMinutes(1));
        service.edit(ALICE, recorded.id(), new ContributionDraft("review", "carol", "Caught a data race",
                "Avoided a double charge twice", List.of("erin", "dave"), List.of("https://git.example.com/pr/482"),
                LocalDate.of(2026, 11, 20)), corroborated);
        clock.advance(Duration.ofMinutes(1));
        int withdrawn = service.withdrawCorroboration(DAVE, recorded.id()).version();
        clock.advance(Duration.ofMinutes(1));
        service.retire(CAROL, recorded.id(), withdrawn);
        clock.advance(Duration.ofMinutes(1));
        service.restore(BOB, recorded.id(), withdrawn + 1);

        // when
        List<ContributionChange> history = service.history(ALICE, recorded.id());

        // then
        assertEquals(List.of(ChangeKind.CREATED, ChangeKind.CORROBORATED, ChangeKind.EDITED,
                ChangeKind.CORROBORATION_WITHDRAWN, ChangeKind.RETIRED, ChangeKind.RESTORED),
                history.stream().map(ContributionChange::kind).toList());
        assertEquals(List.of("bob", "dave", "alice", "dave", "carol", "bob"),
                history.stream().map(ContributionChange::actorKey).toList());
        for (int i = 0; i < history.size(); i++) {
            assertEquals(T0.plus(Duration.ofMinutes(i)), history.get(i).at());
            assertEquals(recorded.id(), history.get(i).contributionId());
        }
        assertEquals(List.of(
                new FieldChange("category", "", "review"),
                new FieldChange("contributor", "", "carol"),
                new FieldChange("occurredOn", "", "2026-11-20"),
                new FieldChange("summary", "", "Caught a data race"),
                new FieldChange("impact", "", "Avoided a double charge"),
                new FieldChange("beneficiaries", "", "erin"),
                new FieldChange("evidenceLinks", "", "https://git.example.com/pr/482")), history.get(0).fieldChanges());
        assertEquals(List.of(new FieldChange("note", "", "Saw the PR")), history.get(1).fieldChanges());
        assertEquals("only what changed", List.of(
                new FieldChange("impact", "Avoided a double charge", "Avoided a double charge twice"),
                new FieldChange("beneficiaries", "erin", "erin, dave")), history.get(2).fieldChanges());
        assertEquals(List.of(), history.get(3).fieldChanges());
        assertEquals(List.of(new FieldChange("state", "ACTIVE", "RETIRED")), history.get(4).fieldChanges());
        assertEquals(List.of(new FieldChange("state", "RETIRED", "ACTIVE")), history.get(5).fieldChanges());
    }

    @Test
    public void history_shouldNameEveryChangedFieldOfAnEdit() {
        // given
        Contribution recorded = bobRecordsCarolsReview();
        ContributionDraft everything = new ContributionDraft("mentoring", "dave", "Paired", "Unblocked two",
                List.of("alice"), List.of("https://wiki.example.com/a", "https://wiki.example.com/b"), LocalDate.of(2026, 11, 1));

        // when
        service.edit(BOB, recorded.id(), everything, 1);

        // then
        assertEquals(List.of(
                new FieldChange("category", "review", "mentoring"),
                new FieldChange("contributor", "carol", "dave"),
                new FieldChange("occurredOn", "2026-11-20", "2026-11-01"),
                new FieldChange("summary", "Caught a data race", "Paired"),
                new FieldChange("impact", "Avoided a double charge", "Unblocked two"),
                new FieldChange("beneficiaries", "erin", "alice"),
                new FieldChange("evidenceLinks", "https://git.example.com/pr/482",
                        "https://wiki.example.com/a\nhttps://wiki.example.com/b")),
                service.history(BOB, recorded.id()).get(1).fieldChanges());
    }

    @Test
    public void history_shouldBeVisibleLikeTheContribution() {
        // given
        Contribution secret = service.record(ALICE, "SEC-1", new ContributionDraft("review", null, "Reviewed", null,
                List.of(), List.of(), null));

        // when / then
        assertThrows(NotFoundException.class, () -> service.history(DAVE, secret.id()));
        assertThrows(NotFoundException.class, () -> service.history(ANONYMOUS, secret.id()));
        assertThrows(NotFoundException.class, () -> service.history(ALICE, 999));
        assertEquals(1, service.history(BOB, secret.id()).size());
    }

    @Test
    public void find_shouldAnswerTheContributionOnlyToThoseWhoMaySeeIt() {
        // given
        Contribution secret = service.record(ALICE, "SEC-1", new ContributionDraft("review", null, "Reviewed", null,
                List.of(), List.of(), null));

        // when
        Contribution found = service.find(BOB, secret.id());

        // then
        assertEquals(secret, found);
        assertThrows(NotFoundException.class, () -> service.find(DAVE, secret.id()));
        assertThrows(NotFoundException.class, () -> service.find(ANONYMOUS, secret.id()));
        assertThrows(NotFoundException.class, () -> service.find(ALICE, 999));
    }

    // --- retired glue: only the people who may restore it see it ---

    @Test
    public void find_ofRetiredContribution_shouldAnswerItsEditorsAndNotFoundLikeAnUnknownOneToEveryoneElse() {
        // given: Bob recorded Carol's review, Alice administers the project, Erin and Dave may browse GW-1
        Contribution recorded = bobRecordsCarolsReview();
        service.retire(BOB, recorded.id(), 1);

        // when
        NotFoundException hidden = assertThrows(NotFoundException.class, () -> service.find(ERIN, recorded.id()));
        NotFoundException unknown = assertThrows(NotFoundException.class, () -> service.find(ERIN, 999));

        // then
        for (Optional<String> editor : List.of(BOB, CAROL, ALICE)) {
            assertEquals(ContributionState.RETIRED, service.find(editor, recorded.id()).state());
        }
        assertThrows(NotFoundException.class, () -> service.find(ANONYMOUS, recorded.id()));
        assertEquals(unknown.errors().get(0).field(), hidden.errors().get(0).field());
        assertEquals(unknown.errors().get(0).message().replace("999", "#"),
                hidden.errors().get(0).message().replace(String.valueOf(recorded.id()), "#"));
    }

    @Test
    public void history_ofRetiredContribution_shouldBeVisibleOnlyToItsEditors() {
        // given
        Contribution recorded = bobRecordsCarolsReview();
        service.retire(CAROL, recorded.id(), 1);

        // when / then
        assertThrows(NotFoundException.class, () -> service.history(DAVE, recorded.id()));
        assertThrows(NotFoundException.class, () -> service.history(ANONYMOUS, recorded.id()));
        assertEquals(2, service.history(BOB, recorded.id()).size());
        assertEquals(2, service.history(ALICE, recorded.id()).size());
    }

    @Test
    public void listForIssue_shouldIncludeRetiredContributionsOnlyForTheirEditors() {
        // given: one active contribution, and one retired that Bob recorded for Carol
        Contribution active = service.record(DAVE, "GW-1", new ContributionDraft("documentation", null, "Wrote the runbook",
                null, List.of(), List.of(), null));
        Contribution retired = bobRecordsCarolsReview();
        service.retire(BOB, retired.id(), 1);

        ContributionService openToAnonymous = new ContributionService(repository, new InMemoryCategoryRepository(), host,
                host, new AnonymousMayBrowse(host), clock);

        // when / then
        assertEquals(List.of(active.id()), idsListedFor(ERIN));
        assertEquals(List.of(active.id()), openToAnonymous.listForIssue(ANONYMOUS, "GW-1").contributions().stream()
                .map(Contribution::id).toList());
        assertEquals(List.of(active.id(), retired.id()), idsListedFor(BOB));
        assertEquals(List.of(active.id(), retired.id()), idsListedFor(CAROL));
        assertEquals(List.of(active.id(), retired.id()), idsListedFor(ALICE));
    }

    @Test
    public void corroborateAndWithdraw_onRetiredContribution_shouldAnswerNotFoundToThoseWhoMayNotSeeIt() {
        // given
        Contribution recorded = bobRecordsCarolsReview();
        service.retire(BOB, recorded.id(), service.corroborate(ERIN, recorded.id(), "").version());

        // when / then
        assertThrows(NotFoundException.class, () -> service.corroborate(DAVE, recorded.id(), ""));
        assertThrows(NotFoundException.class, () -> service.withdrawCorroboration(ERIN, recorded.id()));
        assertThrows(ConflictException.class, () -> service.corroborate(ALICE, recorded.id(), ""));
    }

    private List<Long> idsListedFor(Optional<String> viewer) {
        return service.listForIssue(viewer, "GW-1").contributions().stream().map(Contribution::id).toList();
    }

    @Test
    public void failedChanges_shouldLeaveNoHistory() {
        // given
        Contribution recorded = bobRecordsCarolsReview();
        List<Runnable> refused = new ArrayList<>(List.of(
                () -> service.edit(DAVE, recorded.id(), draftOf(recorded, "x"), 1),
                () -> service.edit(BOB, recorded.id(), draftOf(recorded, "x"), 5),
                () -> service.restore(BOB, recorded.id(), 1),
                () -> service.corroborate(CAROL, recorded.id(), ""),
                () -> service.withdrawCorroboration(DAVE, recorded.id())));

        // when
        refused.forEach(attempt -> assertThrows(RuntimeException.class, attempt::run));

        // then
        assertSame(ChangeKind.CREATED, repository.findHistory(recorded.id()).get(0).kind());
        assertEquals(1, repository.findHistory(recorded.id()).size());
    }

    /** The test host's permissions, counting how often the project-admin check is asked. */
    private static final class CountingAccessPolicy implements AccessPolicy {
        private final AccessPolicy delegate;
        int adminChecks;

        CountingAccessPolicy(AccessPolicy delegate) {
            this.delegate = delegate;
        }

        @Override
        public boolean canBrowse(Optional<String> actorKey, IssueRef issue) {
            return delegate.canBrowse(actorKey, issue);
        }

        @Override
        public boolean canAdministerProject(String actorKey, IssueRef issue) {
            adminChecks++;
            return delegate.canAdministerProject(actorKey, issue);
        }
    }

    /** The test host's permissions on a site whose issues anonymous visitors may browse too. */
    private static final class AnonymousMayBrowse implements AccessPolicy {
        private final AccessPolicy delegate;

        AnonymousMayBrowse(AccessPolicy delegate) {
            this.delegate = delegate;
        }

        @Override
        public boolean canBrowse(Optional<String> actorKey, IssueRef issue) {
            return actorKey.isEmpty() || delegate.canBrowse(actorKey, issue);
        }

        @Override
        public boolean canAdministerProject(String actorKey, IssueRef issue) {
            return delegate.canAdministerProject(actorKey, issue);
        }
    }

    /** A fixed clock a test moves forward by hand. */
    private static final class SteppingClock extends Clock {
        private Instant now;

        SteppingClock(Instant start) {
            this.now = start;
        }

        void advance(Duration step) {
            now = now.plus(step);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
