package com.gluework.core.service;

import com.gluework.core.error.NotFoundException;
import com.gluework.core.model.ContributionSource;
import com.gluework.core.model.IssueRef;
import com.gluework.core.model.NewContribution;
import com.gluework.core.suggest.GlueSuggester;
import com.gluework.core.suggest.GlueSuggestion;
import com.gluework.core.suggest.HistoryItem;
import com.gluework.core.suggest.IssueActivity;
import com.gluework.core.suggest.IssueComment;
import com.gluework.core.suggest.SuggestionKey;
import com.gluework.core.testing.FakeHost;
import com.gluework.core.testing.InMemoryContributionRepository;
import com.gluework.core.testing.InMemorySuggestionDismissals;
import org.junit.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;

public class SuggestionServiceTest {
    private static final Optional<String> ALICE = Optional.of("alice");
    private static final Instant T = Instant.parse("2026-03-04T10:00:00Z");

    private final FakeHost host = new FakeHost().withIssue(10001, "GW-1").withIssue(20001, "SEC-1")
            .withPerson("alice", "Alice").withPerson("dave", "Dave").withPerson("frank", "Frank")
            .hidingProjectFrom("alice", "SEC");
    private final InMemoryContributionRepository repository = new InMemoryContributionRepository();
    private final InMemorySuggestionDismissals dismissals = new InMemorySuggestionDismissals();
    private final SuggestionService service = new SuggestionService(host, host, SuggestionServiceTest::handedOverByDave,
            repository, dismissals, GlueSuggester.defaultRules());

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
        dismissals.dismiss(new SuggestionKey(gw1.id(), "dave", "coordination"), "alice");
        assertEquals(List.of(), service.suggestionsFor(ALICE, "GW-1"));
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
