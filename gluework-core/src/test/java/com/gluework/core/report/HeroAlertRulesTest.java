package com.gluework.core.report;

import com.gluework.core.model.Category;
import com.gluework.core.model.Contribution;
import com.gluework.core.model.Person;
import org.junit.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;
import java.util.Set;

import static com.gluework.core.report.ReportFixtures.CATEGORIES_BY_KEY;
import static com.gluework.core.report.ReportFixtures.concat;
import static com.gluework.core.report.ReportFixtures.inactivePerson;
import static com.gluework.core.report.ReportFixtures.many;
import static com.gluework.core.report.ReportFixtures.people;
import static com.gluework.core.report.ReportFixtures.person;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

public class HeroAlertRulesTest {
    private static final double THRESHOLD = ReportSettings.DEFAULT_HERO_THRESHOLD_SHARE;

    private static Optional<HeroAlert> alertFor(List<Contribution> counted, List<Person> team, double threshold) {
        GlueMatrix matrix = ReportFixtures.matrixOf(counted, team);
        return HeroAlertRules.heroAlert(matrix, GlueDistributionCalculator.distribution(matrix), threshold);
    }

    /** The demo story's sprint 3: frank carries 12 of 25 (48%), mostly reviews and hand-offs; erin has none yet. */
    private static List<Contribution> heroSprint() {
        return concat(
                many(100, "frank", "review", 7), many(110, "frank", "coordination", 5),
                many(200, "carol", "review", 2),
                many(300, "dave", "review", 1),
                many(400, "alice", "review", 3), many(410, "alice", "facilitation", 1),
                many(500, "bob", "review", 3), many(510, "bob", "clarification", 3));
    }

    private static final List<Person> TEAM = people("alice", "bob", "carol", "dave", "erin", "frank");

    @Test
    public void heroAlert_shouldNameTheHeroTheirCategoriesAndAConcreteRotation() {
        HeroAlert alert = alertFor(heroSprint(), TEAM, THRESHOLD).orElseThrow();

        assertEquals("frank carried 48% of this sprint's glue (Code review, Coordination & hand-off). "
                + "Suggest: rotate Code review to carol and dave; pair erin with frank on the next "
                + "Coordination & hand-off.", alert.message());
        assertEquals(person("frank"), alert.hero());
        assertEquals(12, alert.heroCount());
        assertEquals(25, alert.total());
        assertEquals(0.48, alert.share(), 0);
        assertEquals(List.of(CATEGORIES_BY_KEY.get("review"), CATEGORIES_BY_KEY.get("coordination")),
                alert.dominantCategories());
        assertEquals(List.of(
                new HeroAlert.Suggestion(HeroAlert.SuggestionKind.ROTATE, CATEGORIES_BY_KEY.get("review"),
                        people("carol", "dave")),
                new HeroAlert.Suggestion(HeroAlert.SuggestionKind.PAIR_WITH_HERO,
                        CATEGORIES_BY_KEY.get("coordination"), people("erin"))), alert.suggestions());
    }

    @Test
    public void heroAlert_shouldNotFireAtExactlyTheThreshold() {
        // 4 of 10 is exactly 40%: "more than 40%" is not met.
        List<Contribution> counted = concat(many(1, "frank", "review", 4), many(10, "carol", "review", 3),
                many(20, "dave", "incident", 3));

        assertEquals(Optional.empty(), alertFor(counted, people("carol", "dave", "frank"), THRESHOLD));
    }

    @Test
    public void heroAlert_shouldFireJustAboveTheThresholdAndSayByHowMuch() {
        // 401 of 1000 = 40.1%: over the line, and the text must not round it down to "40%".
        List<Contribution> counted = concat(many(1, "frank", "review", 401), many(1_000, "carol", "review", 300),
                many(2_000, "dave", "review", 299));

        HeroAlert alert = alertFor(counted, people("carol", "dave", "frank"), THRESHOLD).orElseThrow();

        assertTrue(alert.message(), alert.message().startsWith("frank carried 40.1% of this sprint's glue"));
    }

    @Test
    public void heroAlert_shouldNotFireJustBelowTheThreshold() {
        List<Contribution> counted = concat(many(1, "frank", "review", 399), many(1_000, "carol", "review", 300),
                many(2_000, "dave", "review", 301));

        assertEquals(Optional.empty(), alertFor(counted, people("carol", "dave", "frank"), THRESHOLD));
    }

    @Test
    public void exceedsThreshold_shouldCompareExactlyAtTheEdges() {
        assertFalse(HeroAlertRules.exceedsThreshold(399, 1000, 0.40));
        assertFalse(HeroAlertRules.exceedsThreshold(400, 1000, 0.40));
        assertFalse(HeroAlertRules.exceedsThreshold(2, 5, 0.40));
        assertTrue(HeroAlertRules.exceedsThreshold(401, 1000, 0.40));
        assertFalse(HeroAlertRules.exceedsThreshold(0, 0, 0.40));
        assertFalse(HeroAlertRules.exceedsThreshold(1, 4, 0.25));
        assertTrue(HeroAlertRules.exceedsThreshold(1, 3, 0.33));
        assertFalse(HeroAlertRules.exceedsThreshold(10, 10, 1.0));
    }

    @Test
    public void heroAlert_property_shouldFireExactlyWhenTheTopShareExceedsTheThreshold() {
        Random random = new Random(40L);
        for (int run = 0; run < 1_000; run++) {
            int teamSize = 1 + random.nextInt(6);
            List<Person> team = new ArrayList<>();
            List<List<Contribution>> glue = new ArrayList<>();
            int top = 0;
            int total = 0;
            for (int p = 0; p < teamSize; p++) {
                team.add(person("p" + p));
                int count = random.nextInt(15);
                glue.add(many(p * 100L, "p" + p, "review", count));
                top = Math.max(top, count);
                total += count;
            }
            // Integer percentages keep the arithmetic of the expectation exact: top·100 > pct·total.
            int percent = 10 + random.nextInt(81);
            double threshold = percent / 100.0;
            List<Contribution> counted = glue.stream().flatMap(List::stream).toList();

            Optional<HeroAlert> alert = alertFor(counted, team, threshold);

            boolean expected = total > 0 && top * 100 > percent * total;
            assertEquals("top " + top + " of " + total + " at " + percent + "%", expected, alert.isPresent());
        }
    }

    @Test
    public void heroAlert_shouldSuggestWritingThingsDownWhenTheHeroIsTheWholeTeam() {
        HeroAlert alert = alertFor(many(1, "alice", "documentation", 3), people("alice"), THRESHOLD).orElseThrow();

        assertEquals(List.of(), alert.suggestions());
        assertEquals("alice carried 100% of this sprint's glue (Docs & runbooks). "
                + "Suggest: write down how alice handles Docs & runbooks so others can pick it up.", alert.message());
    }

    @Test
    public void heroAlert_shouldNeverSuggestInactiveUsers() {
        List<Person> team = List.of(person("frank"), person("carol"), inactivePerson("gone"));
        List<Contribution> counted = concat(many(1, "frank", "review", 5), many(10, "carol", "review", 1));

        HeroAlert alert = alertFor(counted, team, THRESHOLD).orElseThrow();

        assertEquals(List.of(new HeroAlert.Suggestion(HeroAlert.SuggestionKind.ROTATE,
                CATEGORIES_BY_KEY.get("review"), people("carol"))), alert.suggestions());
        assertEquals("frank carried 83% of this sprint's glue (Code review). Suggest: rotate Code review to carol.",
                alert.message());
    }

    @Test
    public void heroAlert_shouldPairWithTheHerosOnlyCategoryWhenThereIsNoSecond() {
        List<Contribution> counted = concat(many(1, "frank", "incident", 5), many(10, "carol", "review", 1));

        HeroAlert alert = alertFor(counted, people("carol", "erin", "frank"), THRESHOLD).orElseThrow();

        assertEquals("frank carried 83% of this sprint's glue (Incidents & post-mortems). Suggest: rotate "
                + "Incidents & post-mortems to carol; pair erin with frank on the next Incidents & post-mortems.",
                alert.message());
    }

    @Test
    public void heroAlert_shouldNotFireWithoutGlue() {
        assertEquals(Optional.empty(), alertFor(List.of(), TEAM, THRESHOLD));
    }

    @Test
    public void opportunities_shouldInviteMembersWithoutGlueToPairOnTheBusiestCategory() {
        GlueMatrix matrix = ReportFixtures.matrixOf(heroSprint(), TEAM);

        List<Opportunity> opportunities = HeroAlertRules.opportunities(matrix);

        Category review = CATEGORIES_BY_KEY.get("review");
        assertEquals(List.of(new Opportunity(person("erin"), Optional.of(review), Optional.of(person("frank")),
                "erin has no recorded glue yet — pair with frank on the next Code review?")), opportunities);
    }

    @Test
    public void opportunities_shouldLeaveOutInactiveUsers() {
        List<Person> team = List.of(person("alice"), inactivePerson("gone"));
        GlueMatrix matrix = ReportFixtures.matrixOf(many(1, "alice", "review", 1), team);

        assertEquals(List.of(), HeroAlertRules.opportunities(matrix));
    }

    @Test
    public void opportunities_shouldStillInviteEveryoneWhenTheSprintHasNoGlue() {
        GlueMatrix matrix = ReportFixtures.matrixOf(List.of(), people("alice", "bob"));

        List<Opportunity> opportunities = HeroAlertRules.opportunities(matrix);

        assertEquals(List.of("alice has no recorded glue yet — a good moment to pick up a first glue task?",
                        "bob has no recorded glue yet — a good moment to pick up a first glue task?"),
                opportunities.stream().map(Opportunity::message).toList());
        assertEquals(Optional.empty(), opportunities.get(0).pairWith());
    }

    @Test
    public void opportunities_shouldNeverReadAsBlame() {
        GlueMatrix matrix = ReportFixtures.matrixOf(heroSprint(), TEAM);

        for (Opportunity opportunity : HeroAlertRules.opportunities(matrix)) {
            String text = opportunity.message().toLowerCase(Locale.ROOT);
            for (String blame : List.of("fail", "didn't", "did not", "only", "lazy", "should have", "zero")) {
                assertFalse(text, text.contains(blame));
            }
            assertTrue(text, text.contains("yet"));
        }
    }

    @Test
    public void joinNames_shouldReadLikeASentence() {
        assertEquals("", HeroAlertRules.joinNames(List.of()));
        assertEquals("carol", HeroAlertRules.joinNames(List.of("carol")));
        assertEquals("carol and dave", HeroAlertRules.joinNames(List.of("carol", "dave")));
        assertEquals("a, b and c", HeroAlertRules.joinNames(List.of("a", "b", "c")));
    }
}
