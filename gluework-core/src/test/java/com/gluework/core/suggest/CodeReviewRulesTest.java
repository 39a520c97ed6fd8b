package com.gluework.core.suggest;

import org.junit.Test;

import java.net.URI;
import java.util.List;

import static com.gluework.core.suggest.ActivityBuilder.aStory;
import static com.gluework.core.suggest.ActivityBuilder.at;
import static org.junit.Assert.assertEquals;

public class CodeReviewRulesTest {
    private static final String PR = "https://github.com/acme/payments/pull/482";

    private final CodeReviewRules rules = new CodeReviewRules();

    private static ActivityBuilder aStoryWithAPullRequest() {
        return aStory().assignedTo("bob").link(PR, "Retry refund webhooks", "com.github", List.of(), "bob", at(2, 0));
    }

    @Test
    public void suggest_shouldCreditANonAssigneeWhoApprovedThePullRequest() {
        // given
        IssueActivity activity = aStoryWithAPullRequest()
                .comment("carol", at(3, 1), "Approved the PR after a second pass: the retry loop no longer races the ledger write.").build();

        // when
        List<GlueSuggestion> suggestions = rules.suggest(activity);

        // then
        assertEquals(1, suggestions.size());
        GlueSuggestion s = suggestions.get(0);
        assertEquals("carol", s.personKey());
        assertEquals("review", s.categoryKey());
        assertEquals("Reviewed the pull request for GW-7", s.summary());
        assertEquals(SuggestionConfidence.Level.HIGH, s.confidence().level());
        assertEquals(URI.create(PR), s.evidence().get(1).link());
    }

    @Test
    public void suggest_shouldCreditAReviewReportNamingAPullRequestInTheComment() {
        IssueActivity activity = aStory().assignedTo("bob")
                .comment("carol", at(3, 1), "Reviewed https://bitbucket.example.com/projects/PAY/repos/api/pull-requests/17 "
                        + "and left comments on the locking.").build();

        List<GlueSuggestion> suggestions = rules.suggest(activity);

        assertEquals(List.of("carol"), suggestions.stream().map(GlueSuggestion::personKey).toList());
        assertEquals(URI.create("https://bitbucket.example.com/projects/PAY/repos/api/pull-requests/17"),
                suggestions.get(0).evidence().get(1).link());
    }

    @Test
    public void suggest_shouldRateALoneLgtmMedium() {
        IssueActivity activity = aStoryWithAPullRequest().comment("carol", at(3, 1), "LGTM").build();

        assertEquals(SuggestionConfidence.Level.MEDIUM, rules.suggest(activity).get(0).confidence().level());
    }

    @Test
    public void suggest_shouldIgnoreApprovalsWhenNoPullRequestIsInSight() {
        IssueActivity activity = aStory().assignedTo("bob")
                .comment("alice", at(3, 1), "Budget approved by finance, go ahead.").build();

        assertEquals(List.of(), rules.suggest(activity));
    }

    @Test
    public void suggest_shouldIgnoreApprovalsOfSomethingOtherThanTheChange() {
        IssueActivity activity = aStoryWithAPullRequest()
                .comment("ben", at(3, 1), "Approved the copy for the refund email, go ahead.").build();

        assertEquals(List.of(), rules.suggest(activity));
    }

    @Test
    public void suggest_shouldIgnoreRequestsForReview() {
        IssueActivity activity = aStoryWithAPullRequest()
                .comment("alice", at(3, 1), "Carol, could you review the PR before the freeze? Bob needs it approved today.").build();

        assertEquals(List.of(), rules.suggest(activity));
    }

    @Test
    public void suggest_shouldIgnoreTheAssigneeAndThePullRequestsAuthor() {
        IssueActivity activity = aStory().assignedTo("erin")
                .link(PR, "Retry refund webhooks", "com.github", List.of(), "bob", at(2, 0))
                .comment("erin", at(3, 1), "Approved, merging.")
                .comment("bob", at(3, 2), "Reviewed my own PR once more, LGTM.").build();

        assertEquals(List.of(), rules.suggest(activity));
    }

    @Test
    public void suggest_shouldIgnoreReviewsOfThingsOtherThanChanges() {
        IssueActivity activity = aStoryWithAPullRequest()
                .comment("dave", at(3, 1), "I reviewed the logs from the night of the outage, nothing unusual.").build();

        assertEquals(List.of(), rules.suggest(activity));
    }
}
