package com.gluework.core.career;

import com.gluework.core.model.Category;
import com.gluework.core.model.Contribution;
import com.gluework.core.model.DefaultCategories;
import org.junit.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static com.gluework.core.career.CareerFixtures.AUTUMN;
import static com.gluework.core.career.CareerFixtures.BOB;
import static com.gluework.core.career.CareerFixtures.CATEGORIES;
import static com.gluework.core.career.CareerFixtures.glue;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

public class EvidencePacketAssemblerTest {
    private final EvidencePacketAssembler assembler = new EvidencePacketAssembler();

    @Test
    public void assemble_shouldTakeOnlyThePersonsActiveGlueInsideThePeriodBothEndsIncluded() {
        // given
        List<Contribution> glue = List.of(
                glue(1).on(AUTUMN.from()).build(),
                glue(2).on(AUTUMN.to()).build(),
                glue(3).on(AUTUMN.from().minusDays(1)).build(),
                glue(4).on(AUTUMN.to().plusDays(1)).build(),
                glue(5).by("carol").build(),
                glue(6).retired().build());

        // when
        EvidencePacket packet = assembler.assemble(BOB, AUTUMN, glue, CATEGORIES);

        // then
        assertEquals(List.of(1L, 2L), packet.items().stream().map(EvidenceItem::contributionId).sorted().toList());
    }

    @Test
    public void assemble_shouldGroupByRubricDimensionInTheOrderTheCategoriesAreDefined() {
        // given: documentation (Knowledge sharing, order 30) before review (Quality, order 20) in the input
        List<Contribution> glue = List.of(
                glue(1).in("documentation").build(),
                glue(2).in("review").build(),
                glue(3).in("clarification").build(),
                glue(4).in("incident").build());

        // when
        EvidencePacket packet = assembler.assemble(BOB, AUTUMN, glue, CATEGORIES);

        // then
        assertEquals(List.of(DefaultCategories.ALIGNMENT, DefaultCategories.QUALITY_RELIABILITY,
                        DefaultCategories.KNOWLEDGE_SHARING),
                packet.dimensions().stream().map(RubricDimensionEvidence::dimension).toList());
        assertEquals(List.of(2L, 4L), ids(packet.dimensions().get(1).items()).stream().sorted().toList());
    }

    @Test
    public void assemble_shouldKeepGlueOfUnknownOrUnmappedCategoriesUnderTheUnmappedDimensionLast() {
        // given: a category an admin deleted, and one with no dimension
        List<Category> categories = new ArrayList<>(CATEGORIES);
        categories.add(new Category("oncall", "On-call cover", "", "", "", true, 5));
        List<Contribution> glue = List.of(glue(1).in("deleted-key").build(), glue(2).in("oncall").build(),
                glue(3).in("review").build());

        // when
        EvidencePacket packet = assembler.assemble(BOB, AUTUMN, glue, categories);

        // then
        assertEquals(2, packet.dimensions().size());
        RubricDimensionEvidence unmapped = packet.dimensions().get(1);
        assertEquals(EvidencePacketAssembler.UNMAPPED, unmapped.dimension());
        assertEquals(List.of(1L, 2L), ids(unmapped.items()).stream().sorted().toList());
        assertEquals("deleted-key", unmapped.items().stream().filter(i -> i.contributionId() == 1).findFirst()
                .orElseThrow().category().name());
    }

    @Test
    public void assemble_shouldPutCorroboratedGlueWithAnEffectFirstAndHighlightOnlyEstablishedGlue() {
        // given
        List<Contribution> glue = List.of(
                glue(1).impact("Saved a rollback").unblocked("carol", "dave", "erin", "frank").build(),
                glue(2).corroboratedBy("carol").impact("Caught a data race").build(),
                glue(3).evidence("https://git.example/pr/7").build(),
                glue(4).corroboratedBy("carol", "dave").build(),
                glue(5).evidence("https://git.example/pr/8").on(LocalDate.of(2026, 11, 2)).build());

        // when
        EvidencePacket packet = assembler.assemble(BOB, AUTUMN, glue, CATEGORIES);

        // then: corroborated 4 (weight 6) and 2 (5), evidenced 5 and 3 (1 each, 5 newer), then self-reported 1 (5)
        assertEquals(List.of(4L, 2L, 5L, 3L, 1L), ids(packet.dimensions().get(0).items()));
        assertEquals(List.of(4L, 2L, 5L), ids(packet.highlights()));
        assertEquals(EvidenceStrength.SELF_REPORTED, packet.selfReported().get(0).strength());
        assertEquals(2, packet.count(EvidenceStrength.CORROBORATED));
        assertEquals(2, packet.count(EvidenceStrength.EVIDENCED));
    }

    @Test
    public void assemble_shouldHighlightNothingWhenNothingIsEstablished() {
        // when
        EvidencePacket packet = assembler.assemble(BOB, AUTUMN,
                List.of(glue(1).impact("Unblocked the release").build()), CATEGORIES);

        // then
        assertTrue(packet.highlights().isEmpty());
        assertEquals(1, packet.items().size());
    }

    private static List<Long> ids(List<EvidenceItem> items) {
        return items.stream().map(EvidenceItem::contributionId).toList();
    }
}
