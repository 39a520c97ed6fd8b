package com.gluework.core.report;

import com.gluework.core.model.Category;
import com.gluework.core.model.Contribution;
import com.gluework.core.model.Corroboration;
import com.gluework.core.model.Person;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Picks and orders the sprint's glue wins. A win is counted glue that a peer corroborated or that states its impact:
 * "evidence, not vibes" — glue that is neither still shows in the matrix and the totals, just not as a win.
 *
 * <p>Order: most corroborators first, then those stating an impact, then the most recent, then by id.
 */
public final class GlueWinsCalculator {
    private static final Comparator<Candidate> WIN_ORDER = Comparator
            .comparingInt((Candidate w) -> w.corroboratorKeys().size()).reversed()
            .thenComparing((Candidate w) -> hasImpact(w.contribution()), Comparator.reverseOrder())
            .thenComparing((Candidate w) -> w.contribution().occurredOn(), Comparator.reverseOrder())
            .thenComparingLong(w -> w.contribution().id());

    /** A contribution with its corroborators worked out once, not on every comparison of the sort. */
    private record Candidate(Contribution contribution, List<String> corroboratorKeys) {
    }

    private GlueWinsCalculator() {
    }

    /**
     * @param counted     the glue that counts (see {@link SprintGlueSelector})
     * @param personByKey resolves contributors and corroborators
     * @param categories  category by key; an unknown key is shown as itself
     */
    public static List<GlueWin> wins(List<Contribution> counted, Function<String, Person> personByKey,
                                     Map<String, Category> categories) {
        return counted.stream()
                .map(c -> new Candidate(c, corroboratorKeys(c)))
                .filter(w -> !w.corroboratorKeys().isEmpty() || hasImpact(w.contribution()))
                .sorted(WIN_ORDER)
                .map(w -> toWin(w, personByKey, categories))
                .toList();
    }

    public static boolean isCorroborated(Contribution c) {
        return !corroboratorKeys(c).isEmpty();
    }

    public static boolean hasImpact(Contribution c) {
        return !c.impact().isBlank();
    }

    private static GlueWin toWin(Candidate candidate, Function<String, Person> personByKey,
                                 Map<String, Category> categories) {
        Contribution c = candidate.contribution();
        Category category = categories.getOrDefault(c.categoryKey(), Category.unknown(c.categoryKey()));
        List<Person> corroborators = candidate.corroboratorKeys().stream().map(personByKey).toList();
        return new GlueWin(c.id(), personByKey.apply(c.contributorKey()), category, c.issueRef(), c.occurredOn(),
                c.summary(), c.impact(), c.evidenceLinks(), corroborators, c.isPeerObservation());
    }

    /**
     * Distinct corroborators, earliest first. Self-corroboration is refused when recorded; it is also ignored here so
     * that imported or legacy data cannot inflate a win.
     */
    static List<String> corroboratorKeys(Contribution c) {
        Map<String, Corroboration> byKey = new LinkedHashMap<>();
        c.corroborations().stream()
                .sorted(Comparator.comparing(Corroboration::createdAt).thenComparingLong(Corroboration::id))
                .filter(k -> !k.corroboratorKey().equals(c.contributorKey()))
                .forEach(k -> byKey.putIfAbsent(k.corroboratorKey(), k));
        return List.copyOf(byKey.keySet());
    }
}
