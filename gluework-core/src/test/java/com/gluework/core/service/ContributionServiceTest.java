package com.gluework.core.service;

import com.gluework.core.error.AccessDeniedException;
import com.gluework.core.error.AuthenticationRequiredException;
import com.gluework.core.error.ConflictException;
import com.gluework.core.error.GlueWorkException;
import com.gluework.core.error.InvalidInputException;
import com.gluework.core.error.NotFoundException;
import com.gluework.core.model.Contribution;
import com.gluework.core.model.ContributionDraft;
import com.gluework.core.model.FieldError;
import com.gluework.core.testing.FakeHost;
import com.gluework.core.testing.InMemoryCategoryRepository;
import com.gluework.core.testing.InMemoryContributionRepository;
import org.junit.Test;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

public class ContributionServiceTest {
    private static final Instant NOW = Instant.parse("2026-11-25T10:15:30Z");
    private static final Optional<String> BOB = Optional.of("bob");
    private static final Optional<String> CAROL = Optional.of("carol");

    private final FakeHost host = new FakeHost()
            .withIssue(10001, "GW-1").withIssue(20001, "SEC-1")
            .withPerson("alice", "Alice Lead").withPerson("bob", "Bob").withPerson("carol", "Carol")
            .hidingProjectFrom("bob", "SEC");
    private final InMemoryContributionRepository repository = new InMemoryContributionRepository();
    private final ContributionService service = new ContributionService(repository, new InMemoryCategoryRepository(),
            host, host, host, Clock.fixed(NOW, ZoneOffset.UTC));

    private static ContributionDraft reviewOn(LocalDate occurredOn) {
        return new ContributionDraft("review", null, "Caught a data race", null, List.of(), List.of(), occurredOn);
    }

    private static ContributionDraft reviewBy(String contributor) {
        return new ContributionDraft("review", contributor, "  Caught a data race in the retry path ", " Avoided a double charge ",
                List.of("alice"), List.of("https://git.example.com/pr/482"), null);
    }

    @Test
    public void record_shouldStoreGlueForTheActorWithTodayAsDefaultDate() {
        Contribution recorded = service.record(BOB, "GW-1", reviewBy(null));

        assertEquals("bob", recorded.contributorKey());
        assertEquals("bob", recorded.recordedByKey());
        assertFalse(recorded.isPeerObservation());
        assertEquals(LocalDate.of(2026, 11, 25), recorded.occurredOn());
        assertEquals("Caught a data race in the retry path", recorded.summary());
        assertEquals("Avoided a double charge", recorded.impact());
        assertEquals(List.of(URI.create("https://git.example.com/pr/482")), recorded.evidenceLinks());
        assertEquals("GW-1", recorded.issue().key());
        assertEquals(NOW, recorded.createdAt());
        assertEquals(List.of(recorded), service.listForIssue(BOB, "GW-1").contributions());
    }

    @Test
    public void record_shouldMarkGlueRecordedForATeammateAsPeerObservation() {
        Contribution recorded = service.record(BOB, "GW-1", reviewBy("carol"));

        assertEquals("carol", recorded.contributorKey());
        assertEquals("bob", recorded.recordedByKey());
        assertTrue(recorded.isPeerObservation());
    }

    @Test
    public void recordAnywhere_withoutIssue_shouldStoreTeamGlueTheReportCountsByDate() {
        Contribution recorded = service.recordAnywhere(BOB, Optional.empty(), new ContributionDraft("documentation", "carol",
                "Wrote the alerting runbook", "On-call fixed PSP timeouts alone", List.of(),
                List.of("https://wiki.example.com/spaces/PAY/pages/runbook"), LocalDate.of(2026, 11, 24)));

        assertEquals(Optional.empty(), recorded.issueRef());
        assertEquals("carol", recorded.contributorKey());
        assertTrue(recorded.isPeerObservation());
        assertEquals(List.of(recorded), repository.findUnattachedBetween(LocalDate.of(2026, 11, 24), LocalDate.of(2026, 11, 24)));
    }

    @Test
    public void recordAnywhere_withAnIssue_shouldFollowTheIssueEndpointsRules() {
        Contribution recorded = service.recordAnywhere(BOB, Optional.of("GW-1"), reviewBy(null));
        assertEquals("GW-1", recorded.issue().key());

        NotFoundException hidden = assertThrows(NotFoundException.class,
                () -> service.recordAnywhere(BOB, Optional.of("SEC-1"), reviewBy(null)));
        assertEquals("issueKey", hidden.errors().get(0).field());
        InvalidInputException malformed = assertThrows(InvalidInputException.class,
                () -> service.recordAnywhere(BOB, Optional.of("<script>"), reviewBy(null)));
        assertEquals("issueKey", malformed.errors().get(0).field());
    }

    @Test
    public void recordAnywhere_shouldRequireALoggedInUserAndCheckTheDraft() {
        assertThrows(AuthenticationRequiredException.class,
                () -> service.recordAnywhere(Optional.empty(), Optional.empty(), reviewBy(null)));
        ContributionDraft bad = new ContributionDraft("review", null, "", null, List.of(), List.of("javascript:alert(1)"), null);
        InvalidInputException error = assertThrows(InvalidInputException.class,
                () -> service.recordAnywhere(BOB, Optional.empty(), bad));
        assertEquals(List.of("summary", "evidenceLinks[0]"), error.errors().stream().map(FieldError::field).toList());
        assertEquals(List.of(), repository.findUnattachedBetween(LocalDate.of(2000, 1, 1), LocalDate.of(2100, 1, 1)));
    }

    @Test
    public void listForEvidence_shouldListTheLinksGlueTheActorMaySee() {
        String page = "https://wiki.example.com/spaces/PAY/pages/runbook";
        ContributionDraft runbook = new ContributionDraft("documentation", "carol", "Wrote the runbook", null, List.of(),
                List.of("https://git.example.com/pr/1", page), null);
        Contribution team = service.recordAnywhere(CAROL, Optional.empty(), runbook);
        Contribution onIssue = service.recordAnywhere(CAROL, Optional.of("GW-1"), runbook);
        service.recordAnywhere(CAROL, Optional.of("SEC-1"), runbook); // bob may not browse SEC
        service.recordAnywhere(CAROL, Optional.empty(), new ContributionDraft("documentation", null, "Other page", null,
                List.of(), List.of(page + "-2"), null));

        assertEquals(List.of(team.id(), onIssue.id()),
                service.listForEvidence(BOB, URI.create(page)).stream().map(Contribution::id).toList());
        assertEquals(3, service.listForEvidence(CAROL, URI.create(page)).size());
        assertThrows(AuthenticationRequiredException.class, () -> service.listForEvidence(Optional.empty(), URI.create(page)));
    }

    @Test
    public void record_shouldRequireALoggedInUserAndStoreNothing() {
        assertThrows(AuthenticationRequiredException.class, () -> service.record(Optional.empty(), "GW-1", reviewBy(null)));
        assertEquals(List.of(), repository.findByIssue(10001));
    }

    @Test
    public void record_shouldAnswerHiddenAndUnknownIssuesIdentically() {
        NotFoundException hidden = assertThrows(NotFoundException.class, () -> service.record(BOB, "SEC-1", reviewBy(null)));
        NotFoundException unknown = assertThrows(NotFoundException.class, () -> service.record(BOB, "SEC-2", reviewBy(null)));

        assertEquals("issueKey", hidden.errors().get(0).field());
        assertEquals(hidden.errors().get(0).message().replace("SEC-1", "SEC-?"),
                unknown.errors().get(0).message().replace("SEC-2", "SEC-?"));
        assertEquals(List.of(), repository.findByIssue(20001));
    }

    @Test
    public void record_shouldRejectMalformedIssueKeyAsInput() {
        InvalidInputException error = assertThrows(InvalidInputException.class,
                () -> service.record(BOB, "<script>", reviewBy(null)));

        assertEquals("issueKey", error.errors().get(0).field());
    }

    @Test
    public void record_shouldRejectInvalidDraftWithFieldErrorsAndStoreNothing() {
        ContributionDraft bad = new ContributionDraft("review", null, "", null, List.of(), List.of("javascript:alert(1)"), null);

        InvalidInputException error = assertThrows(InvalidInputException.class, () -> service.record(BOB, "GW-1", bad));

        assertEquals(List.of("summary", "evidenceLinks[0]"), error.errors().stream().map(FieldError::field).toList());
        assertEquals(List.of(), repository.findByIssue(10001));
    }

    @Test
    public void record_shouldRefuseADateAfterTodayInTheClocksZone() {
        // given: 23:30 UTC on 25 November is already 26 November in Auckland, where the host runs
        ZoneId auckland = ZoneId.of("Pacific/Auckland");
        ContributionService inAuckland = new ContributionService(repository, new InMemoryCategoryRepository(), host, host,
                host, Clock.fixed(Instant.parse("2026-11-25T23:30:00Z"), auckland));

        // when
        Contribution today = inAuckland.record(BOB, "GW-1", reviewOn(LocalDate.of(2026, 11, 26)));
        InvalidInputException tomorrow = assertThrows(InvalidInputException.class,
                () -> inAuckland.record(BOB, "GW-1", reviewOn(LocalDate.of(2026, 11, 27))));

        // then
        assertEquals(LocalDate.of(2026, 11, 26), today.occurredOn());
        assertEquals(List.of("occurredOn"), tomorrow.errors().stream().map(FieldError::field).toList());
        assertEquals(1, repository.findByIssue(10001).size());
    }

    @Test
    public void corroborate_shouldRefuseTheRecorderOfAPeerObservation() {
        Contribution recorded = service.record(BOB, "GW-1", reviewBy("carol"));

        AccessDeniedException error = assertThrows(AccessDeniedException.class,
                () -> service.corroborate(BOB, recorded.id(), "I saw her do it"));

        assertEquals("contributionId", error.errors().get(0).field());
        assertEquals(0, repository.findById(recorded.id()).orElseThrow().corroborations().size());
    }

    @Test
    public void listForIssue_shouldHideIssuesTheViewerCannotBrowse() {
        service.record(Optional.of("alice"), "SEC-1", reviewBy(null));

        assertThrows(NotFoundException.class, () -> service.listForIssue(BOB, "SEC-1"));
        assertEquals(1, service.listForIssue(Optional.of("alice"), "SEC-1").contributions().size());
    }

    @Test
    public void corroborate_shouldAddThePeersNote() {
        Contribution recorded = service.record(BOB, "GW-1", reviewBy(null));

        Contribution corroborated = service.corroborate(CAROL, recorded.id(), " +1, that review caught the race ");

        assertEquals(1, corroborated.corroborations().size());
        assertEquals("carol", corroborated.corroborations().get(0).corroboratorKey());
        assertEquals("+1, that review caught the race", corroborated.corroborations().get(0).note());
        assertEquals(NOW, corroborated.corroborations().get(0).createdAt());
    }

    @Test
    public void corroborate_shouldRefuseTheContributorThemselves() {
        Contribution recorded = service.record(BOB, "GW-1", reviewBy("carol"));

        assertThrows(AccessDeniedException.class, () -> service.corroborate(CAROL, recorded.id(), ""));
        assertEquals(0, repository.findById(recorded.id()).orElseThrow().corroborations().size());
    }

    @Test
    public void corroborate_shouldAllowOnlyOneCorroborationPerPerson() {
        Contribution recorded = service.record(BOB, "GW-1", reviewBy(null));
        service.corroborate(CAROL, recorded.id(), "first");

        assertThrows(ConflictException.class, () -> service.corroborate(CAROL, recorded.id(), "again"));
        assertEquals(1, repository.findById(recorded.id()).orElseThrow().corroborations().size());
    }

    @Test
    public void corroborate_shouldHideContributionsOnIssuesTheActorCannotBrowse() {
        Contribution secret = service.record(Optional.of("alice"), "SEC-1", reviewBy(null));

        GlueWorkException error = assertThrows(NotFoundException.class, () -> service.corroborate(BOB, secret.id(), ""));
        GlueWorkException unknown = assertThrows(NotFoundException.class, () -> service.corroborate(BOB, 999, ""));

        assertEquals("contributionId", error.errors().get(0).field());
        assertEquals("contributionId", unknown.errors().get(0).field());
    }

    @Test
    public void corroborate_shouldRejectOverlongNote() {
        Contribution recorded = service.record(BOB, "GW-1", reviewBy(null));

        InvalidInputException error = assertThrows(InvalidInputException.class,
                () -> service.corroborate(CAROL, recorded.id(), "n".repeat(1001)));

        assertEquals("note", error.errors().get(0).field());
    }
}
