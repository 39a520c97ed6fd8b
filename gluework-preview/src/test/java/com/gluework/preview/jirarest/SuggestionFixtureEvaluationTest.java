package com.gluework.preview.jirarest;

import com.fasterxml.jackson.databind.JsonNode;
import com.gluework.core.suggest.GlueSuggester;
import com.gluework.core.suggest.GlueSuggestion;
import com.gluework.core.suggest.IssueActivity;
import com.gluework.core.testing.InMemorySuggestionDismissals;
import org.junit.Test;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.StreamSupport;

import static org.junit.Assert.assertTrue;

/**
 * Precision and recall of the suggestion rules on the fixture set (testdata/gluework/suggestions/expected.json): real
 * Jira captures with change histories and anonymised histories we wrote, each with the suggestions a careful lead would
 * accept. A noisy suggester is worse than none, so precision below 0.8 fails the build; the figures are printed and
 * quoted in docs/suggestions.md.
 */
public class SuggestionFixtureEvaluationTest {
    static final String EXPECTATIONS = "gluework/suggestions/expected.json";
    static final double MIN_PRECISION = 0.8;
    /** Not a target, a tripwire: a rule that silently stops firing would otherwise only show as "perfect precision". */
    static final double MIN_RECALL = 0.6;

    private final GlueSuggester suggester = new GlueSuggester(GlueSuggester.defaultRules(), new InMemorySuggestionDismissals());

    @Test
    public void suggester_shouldKeepPrecisionAtLeastPointEightOnTheFixtureSet() {
        // given
        JsonNode cases = SharedJiraResponses.read(EXPECTATIONS).path("cases");

        // when
        Set<String> expected = new LinkedHashSet<>();
        Set<String> suggested = new LinkedHashSet<>();
        for (JsonNode fixture : cases) {
            IssueActivity activity = activity(fixture);
            fixture.path("expected").forEach(e -> expected.add(id(activity.issue().key(), e.path("person").asText(),
                    e.path("category").asText())));
            for (GlueSuggestion s : suggester.suggest(activity, List.of())) {
                suggested.add(id(s.issue().key(), s.personKey(), s.categoryKey()) + " [" + s.rule() + ", "
                        + s.confidence().level() + "]");
            }
        }

        // then
        Evaluation evaluation = Evaluation.of(cases.size(), expected, suggested);
        System.out.println(evaluation.report());
        assertTrue("precision " + evaluation.precision() + " < " + MIN_PRECISION + "\n" + evaluation.report(),
                evaluation.precision() >= MIN_PRECISION);
        assertTrue("recall " + evaluation.recall() + " < " + MIN_RECALL + "\n" + evaluation.report(),
                evaluation.recall() >= MIN_RECALL);
    }

    private static IssueActivity activity(JsonNode fixture) {
        JsonNode document = SharedJiraResponses.read(fixture.path("issue").asText());
        JsonNode issue = document;
        if (fixture.has("key")) {
            String key = fixture.path("key").asText();
            issue = StreamSupport.stream(document.path("issues").spliterator(), false)
                    .filter(i -> i.path("key").asText().equals(key)).findFirst()
                    .orElseThrow(() -> new IllegalStateException("no " + key + " in " + fixture.path("issue").asText()));
        }
        JsonNode comments = fixture.has("comments") ? SharedJiraResponses.read(fixture.path("comments").asText()) : null;
        JsonNode links = fixture.has("remotelinks") ? SharedJiraResponses.read(fixture.path("remotelinks").asText()) : null;
        return JiraRestIssueActivitySource.toActivity(issue, comments, links);
    }

    private static String id(String issueKey, String person, String category) {
        return issueKey + " " + person + " " + category;
    }

    /** Suggestions match expectations on issue, person and category; rule and confidence are shown, not matched. */
    record Evaluation(int issues, List<String> truePositives, List<String> falsePositives, List<String> falseNegatives) {
        static Evaluation of(int issues, Set<String> expected, Set<String> suggested) {
            List<String> tp = new ArrayList<>();
            List<String> fp = new ArrayList<>();
            Set<String> found = new LinkedHashSet<>();
            for (String s : suggested) {
                String id = s.substring(0, s.indexOf(" ["));
                (expected.contains(id) ? tp : fp).add(s);
                found.add(id);
            }
            List<String> fn = expected.stream().filter(e -> !found.contains(e)).toList();
            return new Evaluation(issues, tp, fp, fn);
        }

        double precision() {
            int suggested = truePositives.size() + falsePositives.size();
            return suggested == 0 ? 1.0 : (double) truePositives.size() / suggested;
        }

        double recall() {
            int expected = truePositives.size() + falseNegatives.size();
            return expected == 0 ? 1.0 : (double) truePositives.size() / expected;
        }

        String report() {
            StringBuilder out = new StringBuilder(String.format(Locale.ROOT,
                    "Suggestion fixture set: %d issues, %d expected, %d suggested; precision %.2f (%d/%d), recall %.2f (%d/%d)%n",
                    issues, truePositives.size() + falseNegatives.size(), truePositives.size() + falsePositives.size(),
                    precision(), truePositives.size(), truePositives.size() + falsePositives.size(),
                    recall(), truePositives.size(), truePositives.size() + falseNegatives.size()));
            truePositives.forEach(s -> out.append("  true positive:  ").append(s).append('\n'));
            falsePositives.forEach(s -> out.append("  false positive: ").append(s).append('\n'));
            falseNegatives.forEach(s -> out.append("  missed:         ").append(s).append('\n'));
            return out.toString();
        }
    }
}
