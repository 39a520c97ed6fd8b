package com.gluework.core.career;

import com.gluework.core.model.Contribution;
import org.junit.Test;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static com.gluework.core.career.CareerFixtures.AUTUMN;
import static com.gluework.core.career.CareerFixtures.BOB;
import static com.gluework.core.career.CareerFixtures.CATEGORIES;
import static com.gluework.core.career.CareerFixtures.glue;
import static com.gluework.core.career.CalibrationClaim.Kind.DIMENSION;
import static com.gluework.core.career.CalibrationClaim.Kind.NOTHING_ESTABLISHED;
import static com.gluework.core.career.CalibrationClaim.Kind.NOTHING_RECORDED;
import static com.gluework.core.career.CalibrationClaim.Kind.OVERVIEW;
import static com.gluework.core.career.CalibrationClaim.Kind.SELF_REPORTED_NOT_STATED;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

public class CalibrationDraftWriterTest {
    private final EvidencePacketAssembler assembler = new EvidencePacketAssembler();
    private final CalibrationDraftWriter writer = new CalibrationDraftWriter();

    @Test
    public void draft_shouldStateOnlyEstablishedGlueAndCountTheSelfReportedRest() {
        // given
        List<Contribution> glue = List.of(
                glue(1).in("review").corroboratedBy("carol").build(),
                glue(2).in("mentoring").evidence("https://wiki.example/pairing").build(),
                glue(3).in("review").build(),
                glue(4).in("documentation").build());

        // when
        CalibrationDraft draft = writer.draft(assembler.assemble(BOB, AUTUMN, glue, CATEGORIES));

        // then
        assertEquals(List.of(OVERVIEW, DIMENSION, DIMENSION, SELF_REPORTED_NOT_STATED), kinds(draft));
        assertEquals(List.of(1L), draft.claims().get(1).sourceIds());
        assertEquals(List.of(2L), draft.claims().get(2).sourceIds());
        assertEquals(Set.of(3L, 4L), Set.copyOf(draft.claims().get(3).sourceIds()));
        assertEquals(2, draft.claims().get(0).established());
    }

    @Test
    public void draft_shouldNeverNameSelfReportedGlueInAFactualClaim() {
        // given: a dimension whose only glue is self-reported
        List<Contribution> glue = List.of(glue(1).in("review").corroboratedBy("carol").build(),
                glue(2).in("documentation").impact("Everyone uses it").build());

        // when
        CalibrationDraft draft = writer.draft(assembler.assemble(BOB, AUTUMN, glue, CATEGORIES));

        // then
        Set<Long> stated = draft.claims().stream().filter(c -> c.kind() == DIMENSION)
                .flatMap(c -> c.sourceIds().stream()).collect(Collectors.toSet());
        assertEquals(Set.of(1L), stated);
        assertTrue(draft.claims().stream().filter(c -> c.kind() == DIMENSION)
                .flatMap(c -> c.items().stream()).allMatch(i -> i.strength().statableAsFact()));
    }

    @Test
    public void draft_shouldNameAtMostThreeContributionsPerDimensionStrongestFirst() {
        // given
        List<Contribution> glue = List.of(
                glue(1).corroboratedBy("carol").build(),
                glue(2).corroboratedBy("carol", "dave", "erin").build(),
                glue(3).corroboratedBy("carol", "dave").build(),
                glue(4).evidence("https://git.example/pr/1").build());

        // when
        CalibrationDraft draft = writer.draft(assembler.assemble(BOB, AUTUMN, glue, CATEGORIES));

        // then
        assertEquals(List.of(OVERVIEW, DIMENSION), kinds(draft));
        assertEquals(List.of(2L, 3L, 1L), draft.claims().get(1).sourceIds());
        assertEquals(4, draft.claims().get(0).sourceIds().size());
    }

    @Test
    public void draft_shouldAskForCorroborationWhenNothingIsEstablished() {
        // when
        CalibrationDraft draft = writer.draft(assembler.assemble(BOB, AUTUMN,
                List.of(glue(1).build(), glue(2).in("mentoring").build()), CATEGORIES));

        // then
        assertEquals(List.of(OVERVIEW, NOTHING_ESTABLISHED), kinds(draft));
        assertFalse(draft.claims().stream().anyMatch(c -> c.kind() == SELF_REPORTED_NOT_STATED));
    }

    @Test
    public void draft_shouldSayNothingButThatWhenNoGlueWasRecorded() {
        // when
        CalibrationDraft draft = writer.draft(assembler.assemble(BOB, AUTUMN, List.of(), CATEGORIES));

        // then
        assertEquals(List.of(NOTHING_RECORDED), kinds(draft));
    }

    @Test
    public void draft_shouldBeTheSameForTheSameGlueInAnyInputOrder() {
        // given
        List<Contribution> glue = List.of(glue(1).corroboratedBy("carol").build(),
                glue(2).in("mentoring").corroboratedBy("dave").build(), glue(3).evidence("https://x.example/").build());
        List<Contribution> reversed = new java.util.ArrayList<>(glue);
        java.util.Collections.reverse(reversed);

        // when
        CalibrationDraft draft = writer.draft(assembler.assemble(BOB, AUTUMN, glue, CATEGORIES));
        CalibrationDraft again = writer.draft(assembler.assemble(BOB, AUTUMN, reversed, CATEGORIES));

        // then
        assertEquals(draft.claims().stream().map(CalibrationClaim::sourceIds).toList(),
                again.claims().stream().map(CalibrationClaim::sourceIds).toList());
    }

    private static List<CalibrationClaim.Kind> kinds(CalibrationDraft draft) {
        return draft.claims().stream().map(CalibrationClaim::kind).toList();
    }
}
