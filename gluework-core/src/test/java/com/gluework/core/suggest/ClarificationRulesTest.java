package com.gluework.core.suggest;

import org.junit.Test;

import java.util.List;

import static com.gluework.core.suggest.ActivityBuilder.ISSUE_URL;
import static com.gluework.core.suggest.ActivityBuilder.aStory;
import static com.gluework.core.suggest.ActivityBuilder.at;
import static org.junit.Assert.assertEquals;

public class ClarificationRulesTest {
    private static final String VAGUE = "Retry refunds.";
    private static final String WITH_CRITERIA = "Retry refund webhooks that fail.\nAcceptance criteria:\n"
            + "* Given a 5xx from the provider, when the webhook fails, then it is retried 3 times with backoff.\n"
            + "* A refund is never sent twice.";
    private static final String LONGER = "Retry refund webhooks that fail with a 5xx, with exponential backoff, and "
            + "keep the provider's idempotency key so a refund is never sent twice.";

    private final ClarificationRules rules = new ClarificationRules();

    @Test
    public void suggest_shouldCreditANonAssigneeWhoWroteAcceptanceCriteriaBeforeTheSprint() {
        // given
        IssueActivity activity = aStory().assignedTo("erin").change("bob", at(-2, 0), "description", VAGUE, WITH_CRITERIA).build();

        // when
        List<GlueSuggestion> suggestions = rules.suggest(activity);

        // then
        assertEquals(1, suggestions.size());
        GlueSuggestion s = suggestions.get(0);
        assertEquals("bob", s.personKey());
        assertEquals("clarification", s.categoryKey());
        assertEquals("Wrote acceptance criteria for GW-7 before the sprint started", s.summary());
        assertEquals(SuggestionConfidence.Level.HIGH, s.confidence().level());
        assertEquals(List.of(new SuggestionEvidence("Edited the description (+" + (WITH_CRITERIA.length() - VAGUE.length())
                + " characters)", at(-2, 0), ISSUE_URL)), s.evidence());
    }

    @Test
    public void suggest_shouldCreditASubstantialRewriteEarlyInTheSprintWithMediumConfidence() {
        // given
        IssueActivity activity = aStory().assignedTo("erin").change("bob", at(1, 2), "description", VAGUE, LONGER).build();

        // when
        List<GlueSuggestion> suggestions = rules.suggest(activity);

        // then
        assertEquals(1, suggestions.size());
        assertEquals("Clarified the requirements of GW-7 early in the sprint by rewriting its description", suggestions.get(0).summary());
        assertEquals(SuggestionConfidence.Level.MEDIUM, suggestions.get(0).confidence().level());
    }

    @Test
    public void suggest_shouldCreditAnAcceptanceCriteriaField() {
        // given
        IssueActivity activity = aStory().assignedTo("erin")
                .change("bob", at(-1, 0), "Acceptance Criteria", "", "Refunds retried 3 times").build();

        // when
        List<GlueSuggestion> suggestions = rules.suggest(activity);

        // then
        assertEquals(1, suggestions.size());
        assertEquals("Edited the Acceptance Criteria field", suggestions.get(0).evidence().get(0).what());
        assertEquals(SuggestionConfidence.Level.HIGH, suggestions.get(0).confidence().level());
    }

    @Test
    public void suggest_shouldIgnoreTheAssigneesOwnEdits() {
        IssueActivity activity = aStory().assignedTo("bob").change("bob", at(-2, 0), "description", VAGUE, WITH_CRITERIA).build();

        assertEquals(List.of(), rules.suggest(activity));
    }

    @Test
    public void suggest_shouldJudgeTheAssigneeAtTheTimeOfTheEdit() {
        // given carol edited while she was the assignee, and only later handed it to bob
        IssueActivity activity = aStory().assignedTo("bob")
                .change("carol", at(-2, 0), "description", VAGUE, WITH_CRITERIA)
                .reassigned("alice", at(-1, 0), "carol", "bob").build();

        // then
        assertEquals(List.of(), rules.suggest(activity));
    }

    @Test
    public void suggest_shouldIgnoreEditsLateInTheSprint() {
        IssueActivity activity = aStory().assignedTo("erin").change("bob", at(5, 0), "description", VAGUE, WITH_CRITERIA).build();

        assertEquals(List.of(), rules.suggest(activity));
    }

    @Test
    public void suggest_shouldIgnoreSmallTouchUps() {
        IssueActivity activity = aStory().assignedTo("erin")
                .change("bob", at(-1, 0), "description", LONGER, LONGER + " See PAY-12.").build();

        assertEquals(List.of(), rules.suggest(activity));
    }

    @Test
    public void suggest_shouldIgnoreEditsWithoutAnAuthor() {
        IssueActivity activity = aStory().assignedTo("erin").change(null, at(-1, 0), "description", VAGUE, WITH_CRITERIA).build();

        assertEquals(List.of(), rules.suggest(activity));
    }

    @Test
    public void suggest_shouldCountEditsBeforeTheFirstStatusChangeWhenTheIssueWasNeverInASprint() {
        // given
        IssueActivity activity = aStory().neverInASprint().assignedTo("erin")
                .change("bob", at(0, 0), "description", VAGUE, WITH_CRITERIA)
                .status("erin", at(1, 0), "To Do", "In Progress")
                .change("carol", at(2, 0), "description", WITH_CRITERIA, WITH_CRITERIA + "\n" + LONGER).build();

        // when
        List<GlueSuggestion> suggestions = rules.suggest(activity);

        // then only the edit before work started
        assertEquals(1, suggestions.size());
        assertEquals("bob", suggestions.get(0).personKey());
        assertEquals("Wrote acceptance criteria for GW-7 before work started", suggestions.get(0).summary());
    }

    @Test
    public void suggest_shouldSuggestNothingWhenNeitherASprintNorAStatusChangeSaysWhenWorkStarted() {
        IssueActivity activity = aStory().neverInASprint().assignedTo("erin")
                .change("bob", at(0, 0), "description", VAGUE, WITH_CRITERIA).build();

        assertEquals(List.of(), rules.suggest(activity));
    }
}
