package com.gluework.core.suggest;

import org.junit.Test;

import java.util.List;

import static com.gluework.core.suggest.ActivityBuilder.aStory;
import static com.gluework.core.suggest.ActivityBuilder.at;
import static org.junit.Assert.assertEquals;

public class HandOffRulesTest {
    private static final String NOTE = "Handing over: retries work in staging, the backoff config is in payments.yml, "
            + "next step is the idempotency test.";

    private final HandOffRules rules = new HandOffRules();

    @Test
    public void suggest_shouldCreditThePreviousAssigneesHandOffNote() {
        // given
        IssueActivity activity = aStory().assignedTo("erin")
                .comment("frank", at(3, 2), NOTE)
                .reassigned("frank", at(3, 3), "frank", "erin").build();

        // when
        List<GlueSuggestion> suggestions = rules.suggest(activity);

        // then
        assertEquals(1, suggestions.size());
        GlueSuggestion s = suggestions.get(0);
        assertEquals("frank", s.personKey());
        assertEquals("coordination", s.categoryKey());
        assertEquals("Handed GW-7 over to User erin with a note on where it stood", s.summary());
        assertEquals(SuggestionConfidence.Level.HIGH, s.confidence().level());
        assertEquals(List.of("Wrote a hand-off note", "Reassigned from frank to erin"),
                s.evidence().stream().map(SuggestionEvidence::what).toList());
    }

    @Test
    public void suggest_shouldAcceptAShortNoteAddressedToTheNewAssignee() {
        IssueActivity activity = aStory().assignedTo("erin")
                .reassigned("alice", at(3, 3), "frank", "erin")
                .comment("frank", at(3, 4), "[~erin] all yours, see my notes in the PR").build();

        assertEquals(List.of("frank"), rules.suggest(activity).stream().map(GlueSuggestion::personKey).toList());
    }

    @Test
    public void suggest_shouldRateALongCommentWithoutHandOffWordsMedium() {
        IssueActivity activity = aStory().assignedTo("erin")
                .reassigned("alice", at(3, 3), "frank", "erin")
                .comment("frank", at(3, 4), "The provider returns 502 on refunds above the daily limit in staging too.").build();

        assertEquals(SuggestionConfidence.Level.MEDIUM, rules.suggest(activity).get(0).confidence().level());
    }

    @Test
    public void suggest_shouldIgnoreAReassignmentWithoutANote() {
        IssueActivity activity = aStory().assignedTo("erin").reassigned("alice", at(3, 3), "frank", "erin").build();

        assertEquals(List.of(), rules.suggest(activity));
    }

    @Test
    public void suggest_shouldIgnoreOneLineComments() {
        // the shape of JRJC's HST-1 capture: "First change" just before the reassignment
        IssueActivity activity = aStory().assignedTo("user2")
                .comment("user1", at(3, 2), "First change")
                .reassigned("user1", at(3, 3), "user1", "user2").build();

        assertEquals(List.of(), rules.suggest(activity));
    }

    @Test
    public void suggest_shouldIgnoreNotesBySomeoneElseOrFarFromTheReassignment() {
        IssueActivity activity = aStory().assignedTo("erin")
                .comment("alice", at(3, 2), NOTE)
                .comment("frank", at(0, 2), NOTE)
                .reassigned("alice", at(3, 3), "frank", "erin").build();

        assertEquals(List.of(), rules.suggest(activity));
    }

    @Test
    public void suggest_shouldIgnoreAssigningAnUnassignedIssue() {
        IssueActivity activity = aStory().assignedTo("erin")
                .comment("frank", at(3, 2), NOTE)
                .reassigned("frank", at(3, 3), null, "erin").build();

        assertEquals(List.of(), rules.suggest(activity));
    }
}
