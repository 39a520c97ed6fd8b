package com.gluework.core.suggest;

import org.junit.Test;

import java.net.URI;
import java.util.List;

import static com.gluework.core.suggest.ActivityBuilder.aStory;
import static com.gluework.core.suggest.ActivityBuilder.at;
import static org.junit.Assert.assertEquals;

public class RunbookLinkRulesTest {
    private static final String CONFLUENCE = "com.atlassian.confluence";
    private static final String RUNBOOK_URL = "https://wiki.example.com/display/PAY/Payments+alerting+runbook";

    private final RunbookLinkRules rules = new RunbookLinkRules();

    private static ActivityBuilder anIncident() {
        return aStory().ofType("Incident").assignedTo("frank");
    }

    @Test
    public void suggest_shouldCreditWhoeverLinkedALabelledRunbookToAnIncident() {
        // given
        IssueActivity activity = anIncident()
                .link(RUNBOOK_URL, "Payments alerting", CONFLUENCE, List.of("runbook"), "dave", at(4, 1)).build();

        // when
        List<GlueSuggestion> suggestions = rules.suggest(activity);

        // then
        assertEquals(1, suggestions.size());
        GlueSuggestion s = suggestions.get(0);
        assertEquals("dave", s.personKey());
        assertEquals("documentation", s.categoryKey());
        assertEquals("Brought the runbook “Payments alerting” to incident GW-7", s.summary());
        assertEquals(SuggestionConfidence.Level.HIGH, s.confidence().level());
        assertEquals(List.of(new SuggestionEvidence("Linked the Confluence page “Payments alerting”", at(4, 1),
                URI.create(RUNBOOK_URL))), s.evidence());
    }

    @Test
    public void suggest_shouldRateAPageOnlyTitledAsAPostMortemMedium() {
        // given
        IssueActivity activity = anIncident()
                .link("https://wiki.example.com/pages/viewpage.action?pageId=4711", "Post-mortem: refund outage 12 March",
                        "", List.of(), "dave", at(6, 0)).build();

        // when
        List<GlueSuggestion> suggestions = rules.suggest(activity);

        // then
        assertEquals(1, suggestions.size());
        assertEquals("Brought the post-mortem “Post-mortem: refund outage 12 March” to incident GW-7", suggestions.get(0).summary());
        assertEquals(SuggestionConfidence.Level.MEDIUM, suggestions.get(0).confidence().level());
    }

    @Test
    public void suggest_shouldIgnoreIssuesThatAreNotIncidents() {
        IssueActivity activity = aStory()
                .link(RUNBOOK_URL, "Payments alerting runbook", CONFLUENCE, List.of("runbook"), "dave", at(4, 1)).build();

        assertEquals(List.of(), rules.suggest(activity));
    }

    @Test
    public void suggest_shouldIgnoreLinksNobodyIsRecordedAsAdding() {
        IssueActivity activity = anIncident()
                .link(RUNBOOK_URL, "Payments alerting runbook", CONFLUENCE, List.of("runbook"), null, null).build();

        assertEquals(List.of(), rules.suggest(activity));
    }

    @Test
    public void suggest_shouldIgnoreRunbooksOutsideConfluence() {
        IssueActivity activity = anIncident()
                .link("https://github.com/acme/payments/blob/main/RUNBOOK.md", "Runbook", "", List.of(), "dave", at(4, 1)).build();

        assertEquals(List.of(), rules.suggest(activity));
    }

    @Test
    public void suggest_shouldIgnoreConfluencePagesThatAreNotRunbooks() {
        IssueActivity activity = anIncident()
                .link("https://wiki.example.com/display/PAY/Sprint+3+review", "Sprint 3 review", CONFLUENCE,
                        List.of("sprint-review"), "alice", at(4, 1)).build();

        assertEquals(List.of(), rules.suggest(activity));
    }
}
