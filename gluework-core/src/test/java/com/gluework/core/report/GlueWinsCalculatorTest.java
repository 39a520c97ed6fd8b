package com.gluework.core.report;

import com.gluework.core.model.Contribution;
import org.junit.Test;

import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Random;

import static com.gluework.core.report.ReportFixtures.CATEGORIES_BY_KEY;
import static com.gluework.core.report.ReportFixtures.PEOPLE_BY_KEY;
import static com.gluework.core.report.ReportFixtures.SPRINT_START;
import static com.gluework.core.report.ReportFixtures.glue;
import static com.gluework.core.report.ReportFixtures.people;
import static com.gluework.core.report.ReportFixtures.person;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

public class GlueWinsCalculatorTest {

    private static List<GlueWin> wins(List<Contribution> counted) {
        return GlueWinsCalculator.wins(counted, PEOPLE_BY_KEY, CATEGORIES_BY_KEY);
    }

    private static List<Long> ids(List<GlueWin> wins) {
        return wins.stream().map(GlueWin::contributionId).toList();
    }

    @Test
    public void wins_shouldBeCorroboratedOrImpactStatingGlueOnly() {
        List<Contribution> counted = List.of(
                glue(1).build(),
                glue(2).corroboratedBy("dave").build(),
                glue(3).impact("Avoided a double charge").build(),
                glue(4).impact("   ").build());

        assertEquals(List.of(2L, 3L), ids(wins(counted)));
    }

    @Test
    public void wins_shouldOrderByCorroboratorsThenImpactThenNewestThenId() {
        List<Contribution> counted = List.of(
                glue(1).impact("x").dated(SPRINT_START).build(),
                glue(2).corroboratedBy("a").dated(SPRINT_START).build(),
                glue(3).corroboratedBy("a", "b").dated(SPRINT_START).build(),
                glue(4).corroboratedBy("a").impact("x").dated(SPRINT_START).build(),
                glue(5).corroboratedBy("a").impact("x").dated(SPRINT_START.plusDays(2)).build(),
                glue(6).corroboratedBy("a").impact("x").dated(SPRINT_START).build(),
                glue(7).impact("x").dated(SPRINT_START.plusDays(1)).build());

        assertEquals(List.of(3L, 5L, 4L, 6L, 2L, 7L, 1L), ids(wins(counted)));
    }

    @Test
    public void wins_property_shouldNotDependOnInputOrder() {
        Random random = new Random(5L);
        List<Contribution> counted = new ArrayList<>();
        for (int id = 1; id <= 200; id++) {
            ReportFixtures.GlueBuilder builder = glue(id).dated(SPRINT_START.plusDays(random.nextInt(10)));
            for (int c = random.nextInt(4); c > 0; c--) {
                builder.corroboratedBy("peer" + c);
            }
            if (random.nextBoolean()) {
                builder.impact("unblocked someone");
            }
            counted.add(builder.build());
        }
        List<Long> expected = ids(wins(counted));
        for (int run = 0; run < 50; run++) {
            Collections.shuffle(counted, random);

            assertEquals(expected, ids(wins(counted)));
        }
    }

    @Test
    public void win_shouldCarryWhoWhatEffectEvidenceAndCorroborators() {
        Contribution c = glue(7).by("carol").recordedBy("bob").in("review").on(12)
                .impact("Avoided a double-charge bug").evidence("https://git.example.com/pr/482")
                .corroboration("dave", Instant.parse("2026-03-05T10:00:00Z"))
                .corroboration("alice", Instant.parse("2026-03-04T10:00:00Z"))
                .build();

        GlueWin win = wins(List.of(c)).get(0);

        assertEquals(person("carol"), win.contributor());
        assertEquals(CATEGORIES_BY_KEY.get("review"), win.category());
        assertEquals(Optional.of(ReportFixtures.issue(12)), win.issue());
        assertEquals("Glue 7", win.summary());
        assertEquals("Avoided a double-charge bug", win.impact());
        assertTrue(win.hasImpact());
        assertEquals(List.of(URI.create("https://git.example.com/pr/482")), win.evidenceLinks());
        assertEquals(people("alice", "dave"), win.corroborators());
        assertTrue(win.peerObservation());
    }

    @Test
    public void win_shouldCountEachCorroboratorOnceAndIgnoreSelfCorroboration() {
        Contribution selfPromoted = glue(1).by("frank").corroboratedBy("frank").build();
        Contribution doubled = glue(2).by("frank").corroboratedBy("carol", "carol").build();

        List<GlueWin> wins = wins(List.of(selfPromoted, doubled));

        assertEquals(List.of(2L), ids(wins));
        assertEquals(people("carol"), wins.get(0).corroborators());
        assertFalse(GlueWinsCalculator.isCorroborated(selfPromoted));
    }

    @Test
    public void win_shouldShowAnUnknownCategoryByItsKey() {
        GlueWin win = wins(List.of(glue(1).in("gardening").impact("x").build())).get(0);

        assertEquals("gardening", win.category().name());
    }
}
