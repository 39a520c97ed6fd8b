package com.gluework.core.career;

import com.gluework.core.model.Category;
import com.gluework.core.model.Contribution;

import java.util.Comparator;
import java.util.Objects;

/** One contribution in a packet, with the category it counts under and how firmly it is established. */
public record EvidenceItem(Contribution contribution, Category category, EvidenceStrength strength) {
    /**
     * Strongest first: what a reviewer should read before anything else. Established glue before the person's own word,
     * then by weight (corroborations most, then a stated effect, people unblocked and a link); ties go to the more
     * recent, then the lower id, so the order is stable.
     */
    static final Comparator<EvidenceItem> STRONGEST_FIRST = Comparator
            .comparing(EvidenceItem::strength)
            .thenComparing(Comparator.comparingInt(EvidenceItem::weight).reversed())
            .thenComparing((EvidenceItem i) -> i.contribution().occurredOn(), Comparator.reverseOrder())
            .thenComparingLong(i -> i.contribution().id());

    public EvidenceItem {
        Objects.requireNonNull(contribution, "contribution");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(strength, "strength");
    }

    static EvidenceItem of(Contribution contribution, Category category) {
        return new EvidenceItem(contribution, category, EvidenceStrength.of(contribution));
    }

    public long contributionId() {
        return contribution.id();
    }

    /**
     * How much a reviewer can lean on it. Peers' corroborations count three times as much as anything the person wrote
     * themselves; people unblocked count up to three, so a long beneficiary list cannot outweigh a corroboration.
     */
    int weight() {
        return 3 * contribution.corroborations().size()
                + (contribution.impact().isBlank() ? 0 : 2)
                + Math.min(3, contribution.beneficiaryKeys().size())
                + (contribution.evidenceLinks().isEmpty() ? 0 : 1);
    }
}
