package com.gluework.preview.demo;

import com.gluework.core.model.Contribution;
import com.gluework.core.model.ContributionState;
import com.gluework.core.model.NewContribution;
import com.gluework.core.suggest.GlueSuggester;
import com.gluework.core.suggest.GlueSuggestion;
import com.gluework.core.suggest.IssueActivity;
import com.gluework.core.testing.InMemorySuggestionDismissals;
import com.gluework.preview.jirarest.JiraRestIssueActivitySource;
import org.junit.Test;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import static org.junit.Assert.assertEquals;

/**
 * What the suggestion rules make of the demo team's story (docs/demo-story.md): a handful of true suggestions and no
 * silly ones, on any day the preview starts. Glue the team already recorded is not suggested again.
 */
public class DemoSuggestionsTest {
    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final URI BASE = URI.create("http://localhost:2990");

    private static final Clock WEDNESDAY_MORNING = Clock.fixed(Instant.parse("2025-03-12T08:30:00Z"), PARIS);
    private static final Clock A_WEEK_LATER = Clock.fixed(Instant.parse("2025-03-19T17:10:00Z"), PARIS);

    private static List<String> suggestionsOn(Clock clock, boolean withoutRecordedGlue) {
        DemoDataset dataset = DemoDataset.generate(clock, BASE);
        JiraRestIssueActivitySource activities = new JiraRestIssueActivitySource(dataset.jira().toJiraRest());
        GlueSuggester suggester = new GlueSuggester(GlueSuggester.defaultRules(), new InMemorySuggestionDismissals());
        List<Contribution> recorded = dataset.contributions().stream().map(s -> stored(s.contribution())).toList();
        List<String> found = new ArrayList<>();
        for (DemoIssue issue : DemoBacklog.issues()) {
            IssueActivity activity = activities.findActivity(issue.key()).orElseThrow();
            for (GlueSuggestion s : suggester.suggest(activity, withoutRecordedGlue ? recorded : List.of())) {
                found.add(issue.key() + " " + s.personKey() + " " + s.categoryKey() + " " + s.confidence().level());
            }
        }
        return found;
    }

    private static Contribution stored(NewContribution c) {
        return new Contribution(0, c.categoryKey(), c.contributorKey(), c.recordedByKey(), c.issue(), c.occurredOn(),
                c.summary(), c.impact(), c.beneficiaryKeys(), c.evidenceLinks(), ContributionState.ACTIVE, c.source(),
                c.createdAt(), c.createdAt(), 1, List.of());
    }

    @Test
    public void rules_shouldFindOnlyTrueGlueInTheDemoStory() {
        // when every trace is considered, recorded or not
        List<String> found = suggestionsOn(WEDNESDAY_MORNING, false);

        // then bob's clarifications (the team recorded them), frank unblocking erin, erin's first review and dave's
        // hand-off; the reviewers' notes without a pull request, "+1" and "paired with" comments suggest nothing
        assertEquals(List.of("GW-2 bob clarification HIGH", "GW-13 bob clarification HIGH", "GW-14 bob clarification HIGH",
                "GW-19 frank coordination HIGH", "GW-22 erin review HIGH", "GW-23 dave coordination HIGH",
                "GW-26 bob clarification HIGH", "GW-27 bob clarification HIGH"), found);
    }

    @Test
    public void suggester_shouldLeaveAHandfulOfUnrecordedGlueOnAnyDay() {
        List<String> expected = List.of("GW-19 frank coordination HIGH", "GW-22 erin review HIGH", "GW-23 dave coordination HIGH");

        assertEquals(expected, suggestionsOn(WEDNESDAY_MORNING, true));
        assertEquals(expected, suggestionsOn(A_WEEK_LATER, true));
    }
}
