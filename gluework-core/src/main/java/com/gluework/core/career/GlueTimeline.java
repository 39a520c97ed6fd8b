package com.gluework.core.career;

import com.gluework.core.model.Person;

import java.util.List;
import java.util.Objects;

/**
 * A person's glue over a period, as they review it on "My glue": what they did and the corroborations they received,
 * newest first; the share of each category; and what nobody has corroborated yet — the glue worth asking a peer about
 * before a review.
 *
 * @param uncorroborated the period's contributions without any corroboration, oldest first (the longest waiting first)
 */
public record GlueTimeline(Person person, ReviewPeriod period, List<TimelineEntry> entries,
                           List<CategoryShare> shares, List<EvidenceItem> uncorroborated) {
    public GlueTimeline {
        Objects.requireNonNull(person, "person");
        Objects.requireNonNull(period, "period");
        entries = List.copyOf(entries);
        shares = List.copyOf(shares);
        uncorroborated = List.copyOf(uncorroborated);
    }

    /** Contributions dated in the period. */
    public long contributionCount() {
        return shares.stream().mapToLong(CategoryShare::count).sum();
    }

    /** Corroborations received in the period, whatever the date of the glue they confirm. */
    public long corroborationCount() {
        return entries.stream().filter(e -> e.kind() == TimelineEntry.Kind.CORROBORATED).count();
    }
}
