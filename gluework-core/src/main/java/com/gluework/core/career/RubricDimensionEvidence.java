package com.gluework.core.career;

import java.util.List;
import java.util.Objects;

/**
 * The contributions that are evidence for one career-rubric dimension, strongest first.
 *
 * @param dimension the dimension's name as the categories define it; {@link EvidencePacketAssembler#UNMAPPED} for
 *                  categories an admin has not mapped to any dimension
 */
public record RubricDimensionEvidence(String dimension, List<EvidenceItem> items) {
    public RubricDimensionEvidence {
        Objects.requireNonNull(dimension, "dimension");
        items = List.copyOf(items);
    }

    /** The items a calibration may state as fact. */
    public List<EvidenceItem> established() {
        return items.stream().filter(i -> i.strength().statableAsFact()).toList();
    }
}
