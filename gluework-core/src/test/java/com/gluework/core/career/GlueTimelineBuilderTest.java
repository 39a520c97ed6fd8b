package com.gluework.core.career;

import com.gluework.core.model.Category;
import com.gluework.core.model.Contribution;
import org.junit.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import static com.gluework.core.career.CareerFixtures.AUTUMN;
import static com.gluework.core.career.CareerFixtures.BOB;
import static com.gluework.core.career.CareerFixtures.CATEGORIES;
import static com.gluework.core.career.CareerFixtures.glue;
import static org.junit.Assert.assertEquals;

public class GlueTimelineBuilderTest {
    private final GlueTimelineBuilder builder = new GlueTimelineBuilder();

    @Test
    public void build_shouldListGlueOfThePeriodAndCorroborationsReceivedInItNewestFirst() {
        // given: glue from before the period corroborated inside it, glue inside corroborated after it
        Contribution old = glue(1).on(LocalDate.of(2026, 8, 20)).corroboratedAt(Instant.parse("2026-09-03T12:00:00Z"), "carol").build();
        Contribution early = glue(2).on(LocalDate.of(2026, 9, 10)).build();
        Contribution late = glue(3).on(LocalDate.of(2026, 11, 2))
                .corroboratedAt(Instant.parse("2026-11-02T15:00:00Z"), "dave")
                .corroboratedAt(Instant.parse("2026-12-05T09:00:00Z"), "erin").build();

        // when
        GlueTimeline timeline = builder.build(BOB, AUTUMN, List.of(old, early, late), CATEGORIES, ZoneOffset.UTC);

        // then: on one day the glue comes before its corroboration; the old glue itself is not listed
        assertEquals(List.of("CONTRIBUTED 3 2026-11-02", "CORROBORATED 3 2026-11-02", "CONTRIBUTED 2 2026-09-10",
                "CORROBORATED 1 2026-09-03"), lines(timeline));
        assertEquals("dave", timeline.entries().get(1).corroboration().corroboratorKey());
        assertEquals(2, timeline.contributionCount());
        assertEquals(2, timeline.corroborationCount());
    }

    @Test
    public void build_shouldDateACorroborationInTheHostsTimeZone() {
        // given: 23:30 UTC on the last day of the period is already the next day in Berlin
        Contribution c = glue(1).on(LocalDate.of(2026, 11, 1))
                .corroboratedAt(Instant.parse("2026-11-30T23:30:00Z"), "carol").build();

        // then
        assertEquals(2, builder.build(BOB, AUTUMN, List.of(c), CATEGORIES, ZoneOffset.UTC).entries().size());
        assertEquals(1, builder.build(BOB, AUTUMN, List.of(c), CATEGORIES, ZoneId.of("Europe/Berlin")).entries().size());
    }

    @Test
    public void build_shouldLeaveOutRetiredGlueAndOtherPeoplesGlue() {
        List<Contribution> glue = List.of(glue(1).retired().corroboratedBy("carol").build(), glue(2).by("carol").build(),
                glue(3).build());

        GlueTimeline timeline = builder.build(BOB, AUTUMN, glue, CATEGORIES, ZoneOffset.UTC);

        assertEquals(List.of("CONTRIBUTED 3 2026-10-01"), lines(timeline));
        assertEquals(List.of(3L), timeline.uncorroborated().stream().map(EvidenceItem::contributionId).toList());
    }

    @Test
    public void build_shouldListUncorroboratedGlueOldestFirstWithItsStrength() {
        List<Contribution> glue = List.of(
                glue(1).on(LocalDate.of(2026, 10, 5)).build(),
                glue(2).on(LocalDate.of(2026, 9, 5)).evidence("https://git.example.com/pr/7").build(),
                glue(3).on(LocalDate.of(2026, 9, 1)).corroboratedBy("carol").build(),
                glue(4).on(LocalDate.of(2026, 8, 1)).build());

        GlueTimeline timeline = builder.build(BOB, AUTUMN, glue, CATEGORIES, ZoneOffset.UTC);

        assertEquals(List.of(2L, 1L), timeline.uncorroborated().stream().map(EvidenceItem::contributionId).toList());
        assertEquals(List.of(EvidenceStrength.EVIDENCED, EvidenceStrength.SELF_REPORTED),
                timeline.uncorroborated().stream().map(EvidenceItem::strength).toList());
    }

    @Test
    public void build_shouldGiveCategorySharesMostFirstAddingUpToExactly100() {
        // given: 3 reviews, 2 docs, 1 mentoring, 1 under a deleted category: 42.86 / 28.57 / 14.29 / 14.29
        List<Contribution> glue = new ArrayList<>();
        for (int i = 1; i <= 3; i++) {
            glue.add(glue(i).in("review").build());
        }
        glue.add(glue(4).in("documentation").build());
        glue.add(glue(5).in("documentation").build());
        glue.add(glue(6).in("mentoring").build());
        glue.add(glue(7).in("gone").build());

        // when
        List<CategoryShare> shares = builder.build(BOB, AUTUMN, glue, CATEGORIES, ZoneOffset.UTC).shares();

        // then: floors 42+28+14+14 = 98; the two points go to the largest remainders (.86 review, .57 documentation)
        assertEquals(List.of("review 3 43", "documentation 2 29", "mentoring 1 14", "gone 1 14"),
                shares.stream().map(s -> s.category().key() + " " + s.count() + " " + s.percent()).toList());
        assertEquals(Category.unknown("gone"), shares.get(3).category());
    }

    @Test
    public void shares_shouldGiveEqualRemaindersToTheEarlierCategoryAndBeEmptyWithoutGlue() {
        List<Contribution> glue = List.of(glue(1).in("review").build(), glue(2).in("documentation").build(),
                glue(3).in("mentoring").build());

        List<CategoryShare> shares = builder.build(BOB, AUTUMN, glue, CATEGORIES, ZoneOffset.UTC).shares();

        assertEquals(List.of(34, 33, 33), shares.stream().map(CategoryShare::percent).toList());
        assertEquals(List.of(), builder.build(BOB, AUTUMN, List.of(), CATEGORIES, ZoneOffset.UTC).shares());
    }

    @Test
    public void readFrom_shouldReachAYearBeforeThePeriod() {
        assertEquals(LocalDate.of(2025, 9, 1), GlueTimelineBuilder.readFrom(AUTUMN));
    }

    private static List<String> lines(GlueTimeline timeline) {
        return timeline.entries().stream().map(e -> e.kind() + " " + e.contribution().id() + " " + e.day()).toList();
    }
}
