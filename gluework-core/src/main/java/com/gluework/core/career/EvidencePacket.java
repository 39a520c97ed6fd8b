package com.gluework.core.career;

import com.gluework.core.model.Person;

import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * One person's glue over a review period, for their self-review, a 1:1 or a promotion case.
 *
 * @param highlights the strongest established contributions (at most {@link EvidencePacketAssembler#HIGHLIGHTS}),
 *                   which also appear under their dimension
 * @param dimensions every active contribution of the period, grouped by rubric dimension in the order the categories
 *                   are defined
 */
public record EvidencePacket(Person person, ReviewPeriod period, List<EvidenceItem> highlights,
                             List<RubricDimensionEvidence> dimensions) {
    public EvidencePacket {
        Objects.requireNonNull(person, "person");
        Objects.requireNonNull(period, "period");
        highlights = List.copyOf(highlights);
        dimensions = List.copyOf(dimensions);
    }

    public List<EvidenceItem> items() {
        return dimensions.stream().flatMap(d -> d.items().stream()).toList();
    }

    public List<EvidenceItem> selfReported() {
        return itemsWith(EvidenceStrength.SELF_REPORTED).toList();
    }

    public long count(EvidenceStrength strength) {
        return itemsWith(strength).count();
    }

    private Stream<EvidenceItem> itemsWith(EvidenceStrength strength) {
        return items().stream().filter(i -> i.strength() == strength);
    }
}
