package com.gluework.core.service;

import com.gluework.core.error.AccessDeniedException;
import com.gluework.core.error.AuthenticationRequiredException;
import com.gluework.core.error.InvalidInputException;
import com.gluework.core.error.NotFoundException;
import com.gluework.core.port.ContributionRepository.IssueGlue;
import com.gluework.core.port.IssueActivitySource;
import com.gluework.core.port.SuggestionDismissals;
import com.gluework.core.model.ContributionSource;
import com.gluework.core.model.IssueContributions;
import com.gluework.core.model.IssueRef;
import com.gluework.core.model.NewContribution;
import com.gluework.core.suggest.GlueSuggester;
import com.gluework.core.suggest.GlueSuggestion;
import com.gluework.core.suggest.HistoryItem;
import com.gluework.core.suggest.IssueActivity;
import com.gluework.core.suggest.IssueComment;
import com.gluework.core.testing.FakeHost;
import com.gluework.core.testing.InMemoryContributionRepository;
import com.gluework.core.testing.InMemorySuggestionDismissals;
import org.junit.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;

public class SuggestionServiceTest {
    private static final Optional<String> ALICE = Optional.of("alice");
    private static final Instant T = Instant.parse("2026-03-04T10:00:00Z");
    private static final Instant NOW = Instant.parse("2026-03-20T09:00:00Z");
    private static final Optional<String> DAVE = Optional.of("dave");
    private static final Optional<String> FRANK = Optional.of("frank");

    private final FakeHost host = new FakeHost().withIssue(10001, "GW-1").withIssue(10002, "GW-2").withIssue(20001, "SEC-1")
            .withPerson("alice", "Alice").withPerson("dave", "Dave").withPerson("frank", "Frank")
            .hidingProjectFrom("alice", "SEC");
    private final InMemoryContributionRepository repository = new InMemoryContributionRepository();
    private final InMemorySuggestionDismissals dismissals = new InMemorySuggestionDismissals();
    private final List<String> recentReads = new ArrayList<>();
    private final SuggestionService service = new SuggestionService(host, host, new IssueActivitySource() {
        @Override
        public Optional<IssueActivity> findActivity(IssueRef issue) {
            return handedOverByDave(issue);
        }

        @Override
        public List<IssueActivity> recentActivity(Instant since, int limit) {
            recentReads.add(since + "/" + limit);
            return List.of(handedOverByDave(host.issue("GW-1")).orElseThrow(), handedOverByDave(host.issue("SEC-1")).orElseThrow(),
                    handedOverByDave(host.issue("GW-2")).orElseThrow());
        }
    }, repository, dismissals, GlueSuggester.defaultRules(), Clock.fixed(NOW, ZoneOffset.UTC));

    /** Every issue: dave hands it over to frank with a note. */
    private static Optional<IssueActivity> handedOverByDave(IssueRef issue) {
        return Optional.of(new IssueActivity(issue, "Task", "frank", null,
                List.of(new HistoryItem("dave", T, "assignee", "dave", "Dave", "frank", "Frank")),
                List.of(new IssueComment("1", "dave", T.minusSeconds(600),
                        "Handing over to [~frank]: the certificate is in the vault, upload steps are in the runbook.", null)),
                List.of(), null));
    }

    @Test
    public void suggestionsFor_shouldSuggestGlueOnABrowsableIssue() {
        List<GlueSuggestion> suggestions = service.suggestionsFor(ALICE, "GW-1");

        assertEquals(List.of("dave/coordination"), suggestions.stream().map(s -> s.personKey() + "/" + s.categoryKey()).toList());
    }

    @Test
    public void suggestionsFor_shouldLeaveOutGlueAlreadyRecordedOrDismissed() {
        // given
        IssueRef gw1 = host.issue("GW-1");
        repository.create(new NewContribution("coordination", "dave", "dave", gw1, LocalDate.of(2026, 3, 4),
                "Handed the certificate rotation to Frank", "", List.of(), List.of(), ContributionSource.MANUAL, T));

        // then
        assertEquals(List.of(), service.suggestionsFor(ALICE, "GW-1"));

        // and a dismissal is remembered for everyone, on its own issue only
        String onGw2 = service.suggestionsFor(ALICE, "GW-2").get(0).id();
        service.dismiss(DAVE, "GW-2", onGw2);
        assertEquals(List.of(), service.suggestionsFor(ALICE, "GW-2"));
        assertEquals(List.of(), service.suggestionsFor(FRANK, "GW-2"));
    }

    @Test
    public void suggestionsForThePanel_shouldTakeTheDismissedTracesFromItsReadWithoutAskingTheDismissalsStore() {
        // given: dave's hand-over on GW-1, and a service whose dismissals store fails if asked
        IssueRef gw1 = host.issue("GW-1");
        GlueSuggestion handOver = service.suggestionsFor(ALICE, "GW-1").get(0);
        SuggestionService readingThePanelsTraces = new SuggestionService(host, host, new IssueActivitySource() {
            @Override
            public Optional<IssueActivity> findActivity(IssueRef issue) {
                return handedOverByDave(issue);
            }

            @Override
            public List<IssueActivity> recentActivity(Instant since, int limit) {
                return List.of();
            }
        }, repository, new SuggestionDismissals() {
                    @Override
                    public Set<String> dismissedOn(Collection<Long> issueIds) {
                        throw new AssertionError("the panel's read had the dismissed traces already");
                    }

                    @Override
                    public void dismiss(long issueId, Collection<String> traceIds, String dismissedByKey) {
                        throw new AssertionError("not a dismissal");
                    }
                }, GlueSuggester.defaultRules(), Clock.fixed(NOW, ZoneOffset.UTC));
        IssueContributions nothingRecorded = new IssueContributions(gw1, List.of());

        // when: the panel's read found the hand-over's traces dismissed, or found none dismissed
        List<GlueSuggestion> whenDismissed = readingThePanelsTraces.suggestionsFor(ALICE,
                new ContributionService.PanelRead(nothingRecorded, new IssueGlue(List.of(), Optional.of(Set.copyOf(handOver.traceIds())))));
        List<GlueSuggestion> whenNoneDismissed = readingThePanelsTraces.suggestionsFor(ALICE,
                new ContributionService.PanelRead(nothingRecorded, new IssueGlue(List.of(), Optional.of(Set.of()))));

        // then: hidden, then shown — and the store never asked
        assertEquals(List.of(), whenDismissed);
        assertEquals(List.of(handOver.id()), whenNoneDismissed.stream().map(GlueSuggestion::id).toList());
    }

    @Test
    public void suggestionsForThePanel_shouldAskTheDismissalsStoreWhenItsReadDidNotReadThem() {
        // given: dave's hand-over on GW-1 dismissed in the store
        IssueRef gw1 = host.issue("GW-1");
        service.dismiss(DAVE, "GW-1", service.suggestionsFor(ALICE, "GW-1").get(0).id());

        // when: a panel read without the traces (a store that reads them apart, or its fallback through Active Objects)
        List<GlueSuggestion> found = service.suggestionsFor(ALICE,
                new ContributionService.PanelRead(new IssueContributions(gw1, List.of()), List.of()));

        // then
        assertEquals(List.of(), found);
    }

    @Test
    public void dismiss_shouldBeIdempotentAndRememberWhoAnsweredFirst() {
        // given
        GlueSuggestion daves = service.suggestionsFor(ALICE, "GW-1").get(0);

        // when dave answers twice (a double click), then an administrator once more
        service.dismiss(DAVE, "GW-1", daves.id());
        service.dismiss(DAVE, "GW-1", daves.id());
        host.withProjectAdmin("alice");
        service.dismiss(ALICE, "GW-1", daves.id());

        // then
        assertEquals(List.of(), service.suggestionsFor(ALICE, "GW-1"));
        assertEquals("dave", dismissals.dismissedBy(daves.traceIds().get(0)));
    }

    @Test
    public void dismiss_shouldBeRefusedToColleaguesWhoAreNeitherThePersonNorAnAdministrator() {
        GlueSuggestion daves = service.suggestionsFor(ALICE, "GW-1").get(0);

        assertThrows(AccessDeniedException.class, () -> service.dismiss(FRANK, "GW-1", daves.id()));
        assertEquals(false, service.canDismiss(FRANK, daves));
        assertEquals(true, service.canDismiss(DAVE, daves));
        assertEquals(1, service.suggestionsFor(ALICE, "GW-1").size());
    }

    @Test
    public void dismiss_shouldRefuseAnonymousCallersBadIdsAndUnknownSuggestions() {
        String id = service.suggestionsFor(ALICE, "GW-1").get(0).id();

        assertThrows(AuthenticationRequiredException.class, () -> service.dismiss(Optional.empty(), "GW-1", id));
        assertEquals("suggestionId", assertThrows(InvalidInputException.class,
                () -> service.dismiss(DAVE, "GW-1", "../x")).errors().get(0).field());
        assertEquals("suggestionId", assertThrows(NotFoundException.class,
                () -> service.dismiss(DAVE, "GW-1", "0".repeat(32))).errors().get(0).field());
        // the id of GW-1's suggestion names nothing on GW-2
        assertThrows(NotFoundException.class, () -> service.dismiss(DAVE, "GW-2", id));
        assertThrows(NotFoundException.class, () -> service.dismiss(Optional.of("alice"), "SEC-1", id));
    }

    @Test
    public void suggestionsOf_shouldListThePersonsOwnOpenSuggestionsOnBrowsableIssuesInOneBatchRead() {
        // given: dave's hand-off on GW-2 dismissed
        service.dismiss(DAVE, "GW-2", service.suggestionsFor(DAVE, "GW-2").get(0).id());

        // when
        List<GlueSuggestion> daves = service.suggestionsOf(DAVE);

        // then: GW-1 and SEC-1 (dave may browse both); the dismissed one on GW-2 is gone
        assertEquals(List.of("GW-1", "SEC-1"), daves.stream().map(s -> s.issue().key()).sorted().toList());
        assertEquals(List.of(NOW.minus(SuggestionService.PERSONAL_WINDOW) + "/" + SuggestionService.PERSONAL_ISSUE_LIMIT), recentReads);
        // frank is named in no suggestion; an issue alice may not browse never reaches her list
        assertEquals(List.of(), service.suggestionsOf(FRANK));
        assertThrows(AuthenticationRequiredException.class, () -> service.suggestionsOf(Optional.empty()));
    }

    @Test
    public void suggestionsFor_shouldAnswerNotFoundForAHiddenIssueAsForAnUnknownOne() {
        NotFoundException hidden = assertThrows(NotFoundException.class, () -> service.suggestionsFor(ALICE, "SEC-1"));
        NotFoundException unknown = assertThrows(NotFoundException.class, () -> service.suggestionsFor(ALICE, "GW-99"));

        assertEquals(unknown.getMessage().replace("GW-99", "SEC-1"), hidden.getMessage());
    }

    @Test
    public void suggestionsFor_shouldShowNothingToAnonymousViewers() {
        assertEquals(List.of(), service.suggestionsFor(Optional.empty(), "GW-1"));
    }
}
