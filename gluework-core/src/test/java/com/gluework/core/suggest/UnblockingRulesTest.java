package com.gluework.core.suggest;

import org.junit.Test;

import java.util.List;

import static com.gluework.core.suggest.ActivityBuilder.aStory;
import static com.gluework.core.suggest.ActivityBuilder.at;
import static org.junit.Assert.assertEquals;

public class UnblockingRulesTest {
    private static final String ANSWER = "The sandbox needs the v2 API key; I added it to the vault under payments/sandbox.";

    private final UnblockingRules rules = new UnblockingRules();

    private static ActivityBuilder blockedStory() {
        return aStory().assignedTo("erin").status("erin", at(1, 0), "In Progress", "Blocked");
    }

    @Test
    public void suggest_shouldCreditTheNonAssigneeWhoAnsweredShortlyBeforeTheIssueLeftBlocked() {
        // given
        IssueActivity activity = blockedStory()
                .comment("erin", at(1, 1), "Sandbox rejects our calls, no idea which key it wants?")
                .comment("frank", at(2, 3), ANSWER)
                .status("erin", at(2, 5), "Blocked", "In Progress").build();

        // when
        List<GlueSuggestion> suggestions = rules.suggest(activity);

        // then
        assertEquals(1, suggestions.size());
        GlueSuggestion s = suggestions.get(0);
        assertEquals("frank", s.personKey());
        assertEquals("coordination", s.categoryKey());
        assertEquals("Unblocked GW-7 with an answer while it was blocked", s.summary());
        assertEquals(SuggestionConfidence.Level.HIGH, s.confidence().level());
        assertEquals("Commented 2 hours before the issue left “Blocked”, and is not its assignee.",
                s.confidence().reason());
        assertEquals(List.of("Commented while it was blocked", "Moved from “Blocked” to “In Progress”"),
                s.evidence().stream().map(SuggestionEvidence::what).toList());
    }

    @Test
    public void suggest_shouldCreditAnswersBeforeTheImpedimentFlagWasCleared() {
        // given
        IssueActivity activity = aStory().assignedTo("erin")
                .change("erin", at(1, 0), "Flagged", "", "Impediment")
                .comment("frank", at(1, 4), ANSWER)
                .change("erin", at(1, 6), "Flagged", "Impediment", "").build();

        // when
        List<GlueSuggestion> suggestions = rules.suggest(activity);

        // then
        assertEquals(List.of("frank"), suggestions.stream().map(GlueSuggestion::personKey).toList());
        assertEquals("Cleared the impediment flag", suggestions.get(0).evidence().get(1).what());
    }

    @Test
    public void suggest_shouldLookPastTheAssigneesThanksAndRateItHigh() {
        // given
        IssueActivity activity = blockedStory()
                .comment("frank", at(1, 2), ANSWER)
                .comment("erin", at(2, 4), "Thanks [~frank], that was it.")
                .status("erin", at(2, 5), "Blocked", "In Progress").build();

        // when
        List<GlueSuggestion> suggestions = rules.suggest(activity);

        // then
        assertEquals(List.of("frank"), suggestions.stream().map(GlueSuggestion::personKey).toList());
        assertEquals(SuggestionConfidence.Level.HIGH, suggestions.get(0).confidence().level());
    }

    @Test
    public void suggest_shouldRateAnAnswerLongBeforeTheReleaseMedium() {
        IssueActivity activity = blockedStory()
                .comment("frank", at(1, 2), ANSWER)
                .status("erin", at(2, 5), "Blocked", "In Progress").build();

        assertEquals(SuggestionConfidence.Level.MEDIUM, rules.suggest(activity).get(0).confidence().level());
    }

    @Test
    public void suggest_shouldIgnoreCommentsByTheAssignee() {
        IssueActivity activity = blockedStory()
                .comment("erin", at(2, 3), "Found it myself: the sandbox needs the v2 API key.")
                .status("erin", at(2, 5), "Blocked", "In Progress").build();

        assertEquals(List.of(), rules.suggest(activity));
    }

    @Test
    public void suggest_shouldIgnoreQuestions() {
        IssueActivity activity = blockedStory()
                .comment("alice", at(2, 3), "Is this still blocked on the sandbox key, or can we move on?")
                .status("erin", at(2, 5), "Blocked", "In Progress").build();

        assertEquals(List.of(), rules.suggest(activity));
    }

    @Test
    public void suggest_shouldIgnoreCommentsFromBeforeTheBlockOrLongBeforeTheRelease() {
        IssueActivity activity = aStory().assignedTo("erin")
                .comment("frank", at(0, 23), ANSWER)
                .status("erin", at(1, 0), "In Progress", "Blocked")
                .status("erin", at(6, 0), "Blocked", "In Progress").build();

        assertEquals(List.of(), rules.suggest(activity));
    }

    @Test
    public void suggest_shouldNotCreditWhoeverRaisedTheBlock() {
        IssueActivity activity = aStory().assignedTo("erin")
                .status("alice", at(1, 0), "In Progress", "On Hold")
                .comment("alice", at(1, 2), "On hold until legal confirms the refund wording for the EU market.")
                .status("erin", at(1, 5), "On Hold", "In Progress").build();

        assertEquals(List.of(), rules.suggest(activity));
    }

    @Test
    public void suggest_shouldIgnoreShortAcknowledgements() {
        IssueActivity activity = blockedStory()
                .comment("frank", at(2, 3), "+1 done")
                .status("erin", at(2, 5), "Blocked", "In Progress").build();

        assertEquals(List.of(), rules.suggest(activity));
    }
}
