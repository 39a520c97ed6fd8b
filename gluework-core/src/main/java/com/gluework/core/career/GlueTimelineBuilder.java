package com.gluework.core.career;

import com.gluework.core.model.Category;
import com.gluework.core.model.Contribution;
import com.gluework.core.model.ContributionState;
import com.gluework.core.model.Corroboration;
import com.gluework.core.model.Person;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Builds a person's {@link GlueTimeline} from their glue. Pure: the caller reads the glue (including the
 * {@value #CORROBORATION_LOOKBACK_DAYS} days before the period, so a corroboration received in the period on older
 * glue is on the timeline too) and says in which time zone a corroboration's instant becomes a day.
 */
public final class GlueTimelineBuilder {
    /**
     * How far before the period glue is read for the corroborations it received in the period. A year: peers confirm
     * glue within weeks, and a bound keeps one request's reads proportional to the period.
     */
    public static final int CORROBORATION_LOOKBACK_DAYS = 365;

    /** Newest day first; on one day the glue before its corroborations; then by id, so the order is stable. */
    private static final Comparator<TimelineEntry> NEWEST_FIRST = Comparator
            .comparing(TimelineEntry::day, Comparator.reverseOrder())
            .thenComparing(TimelineEntry::kind)
            .thenComparing(e -> e.contribution().id(), Comparator.reverseOrder())
            .thenComparing(e -> e.corroboration() == null ? 0L : e.corroboration().id(), Comparator.reverseOrder());

    /** The first day {@link #build} needs glue from, for a period. */
    public static LocalDate readFrom(ReviewPeriod period) {
        return period.from().minusDays(CORROBORATION_LOOKBACK_DAYS);
    }

    /**
     * @param glue       the person's glue dated from {@link #readFrom} to the period's end; retired glue and glue of
     *                   other people are left out here too
     * @param categories the defined categories, in their order; glue under a deleted one counts under
     *                   {@link Category#unknown}
     */
    public GlueTimeline build(Person person, ReviewPeriod period, List<Contribution> glue, List<Category> categories,
                              ZoneId zone) {
        Map<String, Category> byKey = categories.stream()
                .collect(Collectors.toMap(Category::key, Function.identity(), (a, b) -> a, LinkedHashMap::new));
        Function<Contribution, Category> categoryOf = c -> byKey.getOrDefault(c.categoryKey(), Category.unknown(c.categoryKey()));
        List<Contribution> theirs = glue.stream()
                .filter(c -> c.contributorKey().equals(person.key()) && c.state() == ContributionState.ACTIVE)
                .toList();

        List<TimelineEntry> entries = new ArrayList<>();
        List<Contribution> inPeriod = new ArrayList<>();
        for (Contribution c : theirs) {
            if (period.contains(c.occurredOn())) {
                inPeriod.add(c);
                entries.add(new TimelineEntry(c.occurredOn(), TimelineEntry.Kind.CONTRIBUTED, c, categoryOf.apply(c), null));
            }
            for (Corroboration k : c.corroborations()) {
                LocalDate day = k.createdAt().atZone(zone).toLocalDate();
                if (period.contains(day)) {
                    entries.add(new TimelineEntry(day, TimelineEntry.Kind.CORROBORATED, c, categoryOf.apply(c), k));
                }
            }
        }
        entries.sort(NEWEST_FIRST);

        List<EvidenceItem> uncorroborated = inPeriod.stream()
                .filter(c -> c.corroborations().isEmpty())
                .sorted(Comparator.comparing(Contribution::occurredOn).thenComparingLong(Contribution::id))
                .map(c -> EvidenceItem.of(c, categoryOf.apply(c)))
                .toList();
        return new GlueTimeline(person, period, entries, shares(inPeriod, categoryOf), uncorroborated);
    }

    /**
     * Count per category, most first (ties in the categories' order), with whole percents that add up to 100: each
     * share is rounded down, and the points left go to the largest remainders (ties again in that order).
     */
    static List<CategoryShare> shares(List<Contribution> glue, Function<Contribution, Category> categoryOf) {
        Map<Category, Long> counts = glue.stream()
                .collect(Collectors.groupingBy(categoryOf, LinkedHashMap::new, Collectors.counting()));
        List<Map.Entry<Category, Long>> ordered = counts.entrySet().stream()
                .sorted(Comparator.comparing((Map.Entry<Category, Long> e) -> e.getValue(), Comparator.reverseOrder())
                        .thenComparingInt(e -> e.getKey().order())
                        .thenComparing(e -> e.getKey().key()))
                .toList();
        long total = glue.size();
        int[] percents = new int[ordered.size()];
        long[] remainders = new long[ordered.size()];
        int given = 0;
        for (int i = 0; i < ordered.size(); i++) {
            long scaled = 100 * ordered.get(i).getValue();
            percents[i] = (int) (scaled / total);
            remainders[i] = scaled % total;
            given += percents[i];
        }
        List<Integer> byRemainder = new ArrayList<>();
        for (int i = 0; i < ordered.size(); i++) {
            byRemainder.add(i);
        }
        byRemainder.sort(Comparator.comparing((Integer i) -> remainders[i], Comparator.reverseOrder()).thenComparing(i -> i));
        for (int k = 0; k < 100 - given && total > 0; k++) {
            percents[byRemainder.get(k)]++;
        }
        List<CategoryShare> shares = new ArrayList<>();
        for (int i = 0; i < ordered.size(); i++) {
            shares.add(new CategoryShare(ordered.get(i).getKey(), Math.toIntExact(ordered.get(i).getValue()), percents[i]));
        }
        return shares;
    }
}
