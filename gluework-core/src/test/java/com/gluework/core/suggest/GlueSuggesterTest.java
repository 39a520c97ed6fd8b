package com.gluework.core.suggest;

import com.gluework.core.model.Contribution;
import com.gluework.core.model.ContributionSource;
import com.gluework.core.model.ContributionState;
import com.gluework.core.port.SuggestionDismissals;
import com.gluework.core.testing.InMemorySuggestionDismissals;
import org.junit.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;

import static com.gluework.core.suggest.ActivityBuilder.ISSUE;
import static com.gluework.core.suggest.ActivityBuilder.aStory;
import static com.gluework.core.suggest.ActivityBuilder.at;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

public class GlueSuggesterTest {
    private static final String CRITERIA = "Acceptance criteria:\n* Given a 5xx, when the webhook fails, then it is retried.";
    private static final String ANSWER = "The sandbox needs the v2 API key; I added it to the vault under payments/sandbox.";
    private static final String NOTE = "Handing over: retries work in staging, next step is the idempotency test.";

    private final InMemorySuggestionDismissals dismissals = new InMemorySuggestionDismissals();
    private final GlueSuggester suggester = new GlueSuggester(GlueSuggester.defaultRules(), dismissals);

    /** bob clarified it, frank unblocked erin and later handed it over to her with a note. */
    private static IssueActivity busyStory() {
        return aStory().assignedTo("erin")
                .reassigned("alice", at(-3, 0), null, "frank")
                .change("bob", at(-2, 0), "description", "Retry refunds.", CRITERIA)
                .status("frank", at(1, 0), "In Progress", "Blocked")
                .comment("carol", at(1, 3), ANSWER)
                .status("frank", at(1, 5), "Blocked", "In Progress")
                .comment("frank", at(3, 2), NOTE)
                .reassigned("frank", at(3, 3), "frank", "erin").build();
    }

    @Test
    public void suggest_shouldReturnEveryRulesSuggestionsNewestFirst() {
        // when
        List<GlueSuggestion> suggestions = suggester.suggest(busyStory(), List.of());

        // then
        assertEquals(List.of("frank/coordination", "carol/coordination", "bob/clarification"),
                suggestions.stream().map(s -> s.personKey() + "/" + s.categoryKey()).toList());
    }

    @Test
    public void suggest_shouldMergeTracesOfTheSamePersonAndCategoryIntoOneSuggestion() {
        // given frank both answered while it was blocked and later handed it over: two coordination traces
        IssueActivity activity = aStory().assignedTo("erin")
                .reassigned("alice", at(-3, 0), null, "frank")
                .status("frank", at(1, 0), "In Progress", "Blocked")
                .comment("carol", at(1, 3), ANSWER)
                .status("frank", at(1, 5), "Blocked", "In Progress")
                .comment("frank", at(3, 2), NOTE)
                .reassigned("frank", at(3, 3), "frank", "carol")
                .status("carol", at(4, 0), "In Progress", "Blocked")
                .comment("frank", at(4, 2), ANSWER)
                .status("carol", at(4, 3), "Blocked", "In Progress").build();

        // when
        List<GlueSuggestion> franks = suggester.suggest(activity, List.of()).stream()
                .filter(s -> s.personKey().equals("frank")).toList();

        // then
        assertEquals(1, franks.size());
        assertEquals(4, franks.get(0).evidence().size());
        assertEquals(SuggestionConfidence.Level.HIGH, franks.get(0).confidence().level());
    }

    @Test
    public void suggest_shouldLeaveOutGlueThePersonAlreadyRecordedInThatCategoryActiveOrRetired() {
        // given
        List<Contribution> recorded = List.of(
                recorded("bob", "clarification", ContributionState.RETIRED),
                recorded("carol", "review", ContributionState.ACTIVE));

        // when
        List<GlueSuggestion> suggestions = suggester.suggest(busyStory(), recorded);

        // then carol's review elsewhere does not hide her coordination suggestion
        assertEquals(List.of("frank/coordination", "carol/coordination"),
                suggestions.stream().map(s -> s.personKey() + "/" + s.categoryKey()).toList());
    }

    @Test
    public void suggest_shouldLeaveOutDismissedSuggestions() {
        // given
        GlueSuggestion carols = suggester.suggest(busyStory(), List.of()).stream()
                .filter(s -> s.personKey().equals("carol")).findFirst().orElseThrow();
        dismissals.dismiss(ISSUE.id(), carols.traceIds(), "alice");

        // when
        List<GlueSuggestion> suggestions = suggester.suggest(busyStory(), List.of());

        // then: gone for everyone, and still known to the lookup "Not glue" answers against (idempotent answers)
        assertEquals(List.of("frank/coordination", "bob/clarification"),
                suggestions.stream().map(s -> s.personKey() + "/" + s.categoryKey()).toList());
        assertTrue(suggester.suggestIncludingDismissed(busyStory(), List.of()).stream()
                .anyMatch(s -> s.id().equals(carols.id())));
    }

    @Test
    public void suggest_shouldReadTheDismissalsOnlyWhenARuleFoundGlueNotYetRecorded() {
        // given: a store that counts its reads
        List<Collection<Long>> reads = new ArrayList<>();
        SuggestionDismissals counting = new SuggestionDismissals() {
            @Override
            public Set<String> dismissedOn(Collection<Long> issueIds) {
                reads.add(List.copyOf(issueIds));
                return dismissals.dismissedOn(issueIds);
            }

            @Override
            public void dismiss(long issueId, Collection<String> traceIds, String dismissedByKey) {
                dismissals.dismiss(issueId, traceIds, dismissedByKey);
            }
        };
        GlueSuggester counted = new GlueSuggester(GlueSuggester.defaultRules(), counting);
        List<Contribution> everyoneRecorded = List.of(recorded("bob", "clarification", ContributionState.ACTIVE),
                recorded("frank", "coordination", ContributionState.ACTIVE),
                recorded("carol", "coordination", ContributionState.RETIRED));

        // when: an issue with no activity worth a suggestion, then one whose every finding is recorded already
        List<GlueSuggestion> quiet = counted.suggest(aStory().assignedTo("erin").build(), List.of());
        List<GlueSuggestion> allRecorded = counted.suggest(busyStory(), everyoneRecorded);

        // then: nothing to hide, so nothing read
        assertEquals(List.of(), quiet);
        assertEquals(List.of(), allRecorded);
        assertEquals(List.of(), reads);

        // when: one finding is left, and it was dismissed
        GlueSuggestion carols = suggester.suggest(busyStory(), List.of()).stream()
                .filter(s -> s.personKey().equals("carol")).findFirst().orElseThrow();
        dismissals.dismiss(ISSUE.id(), carols.traceIds(), "alice");
        List<GlueSuggestion> carolsLeft = counted.suggest(busyStory(), everyoneRecorded.subList(0, 2));

        // then: read once, for this issue, and the dismissal still hides it
        assertEquals(List.of(), carolsLeft);
        assertEquals(List.of(List.of(ISSUE.id())), reads);
    }

    @Test
    public void id_shouldStayTheSameAcrossRunsAndDifferForDifferentTraces() {
        List<GlueSuggestion> first = suggester.suggest(busyStory(), List.of());
        List<GlueSuggestion> again = new GlueSuggester(GlueSuggester.defaultRules(), new InMemorySuggestionDismissals())
                .suggest(busyStory(), List.of());

        assertEquals(first.stream().map(GlueSuggestion::id).toList(), again.stream().map(GlueSuggestion::id).toList());
        assertEquals(first.size(), first.stream().map(GlueSuggestion::id).distinct().count());
        assertTrue(first.stream().allMatch(s -> s.id().matches("[0-9a-f]{32}")));
    }

    @Test
    public void defaultRules_shouldBeTheFiveSignals() {
        assertEquals(List.of(ClarificationRules.class, UnblockingRules.class, HandOffRules.class, RunbookLinkRules.class,
                CodeReviewRules.class), GlueSuggester.defaultRules().stream().map(Object::getClass).toList());
    }

    private static Contribution recorded(String who, String category, ContributionState state) {
        Instant created = Instant.parse("2026-03-10T10:00:00Z");
        return new Contribution(1, category, who, who, ISSUE, LocalDate.of(2026, 3, 10), "Recorded by hand", "",
                List.of(), List.of(), state, ContributionSource.MANUAL, created, created, 1, List.of());
    }
}
