package com.gluework.core.career;

import com.gluework.core.model.Category;
import com.gluework.core.model.Contribution;
import com.gluework.core.model.ContributionState;
import com.gluework.core.model.Person;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Rolls one person's glue over a period up by rubric dimension. */
public final class EvidencePacketAssembler {
    /** How many contributions lead the packet: enough for a review summary, few enough to stay specific. */
    public static final int HIGHLIGHTS = 3;
    /** Where glue under a category with no rubric dimension goes, so nothing recorded falls out of the packet. */
    public static final String UNMAPPED = "";

    /**
     * @param contributions candidates; only the person's own active glue inside the period is taken, so a caller may
     *                      pass a wider set (e.g. everything in the projects the person worked in)
     * @param categories    every defined category, active or not: a renamed or deactivated category keeps its glue in
     *                      the packet under the dimension it maps to now
     */
    public EvidencePacket assemble(Person person, ReviewPeriod period, Collection<Contribution> contributions,
                                   Collection<Category> categories) {
        Map<String, Category> categoryByKey = categories.stream()
                .collect(Collectors.toMap(Category::key, Function.identity(), (a, b) -> a));
        List<EvidenceItem> items = contributions.stream()
                .filter(c -> c.contributorKey().equals(person.key()))
                .filter(c -> c.state() == ContributionState.ACTIVE)
                .filter(c -> period.contains(c.occurredOn()))
                .map(c -> EvidenceItem.of(c, categoryByKey.getOrDefault(c.categoryKey(), Category.unknown(c.categoryKey()))))
                .sorted(EvidenceItem.STRONGEST_FIRST)
                .toList();
        List<EvidenceItem> highlights = items.stream()
                .filter(i -> i.strength().statableAsFact())
                .limit(HIGHLIGHTS)
                .toList();
        return new EvidencePacket(person, period, highlights, byDimension(items));
    }

    /** Dimensions in the order of the first category mapped to each; the unmapped ones last. */
    private static List<RubricDimensionEvidence> byDimension(List<EvidenceItem> strongestFirst) {
        Map<String, List<EvidenceItem>> grouped = new LinkedHashMap<>();
        strongestFirst.stream()
                .sorted(Comparator.comparingInt((EvidenceItem i) -> dimensionRank(i.category())))
                .forEach(i -> grouped.computeIfAbsent(i.category().rubricDimension(), d -> new ArrayList<>()));
        strongestFirst.forEach(i -> grouped.get(i.category().rubricDimension()).add(i));
        List<RubricDimensionEvidence> dimensions = new ArrayList<>();
        grouped.forEach((dimension, items) -> dimensions.add(new RubricDimensionEvidence(dimension, items)));
        return dimensions;
    }

    private static int dimensionRank(Category category) {
        return category.rubricDimension().isBlank() ? Integer.MAX_VALUE : category.order();
    }
}
