package com.gluework.core.report;

import com.gluework.core.model.Category;
import com.gluework.core.model.Contribution;
import com.gluework.core.model.Corroboration;
import com.gluework.core.model.Person;

import java.util.ArrayList;
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
    /**
     * Written out rather than chained from key extractors (WHY: it runs some 15,000 times per report of 1,500 wins, and
     * the chained form boxed a Boolean per call and asked for the impact twice per comparison); the same order.
     */
    private static final Comparator<Candidate> WIN_ORDER = (a, b) -> {
        int byCorroborators = Integer.compare(b.corroboratorKeys().size(), a.corroboratorKeys().size());
        if (byCorroborators != 0) {
            return byCorroborators;
        }
        int byImpact = Boolean.compare(b.hasImpact(), a.hasImpact());
        if (byImpact != 0) {
            return byImpact;
        }
        int byRecency = b.contribution().occurredOn().compareTo(a.contribution().occurredOn());
        return byRecency != 0 ? byRecency : Long.compare(a.contribution().id(), b.contribution().id());
    };

    /** A contribution with its corroborators worked out once, not on every comparison of the sort. */
    private record Candidate(Contribution contribution, List<String> corroboratorKeys, boolean hasImpact) {
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
        // The cheap test first: most glue that is no win is left out before its corroborators are worked out.
        List<Candidate> candidates = new ArrayList<>(counted.size());
        for (Contribution c : counted) {
            boolean hasImpact = hasImpact(c);
            if (hasImpact || isCorroborated(c)) {
                candidates.add(new Candidate(c, corroboratorKeys(c), hasImpact));
            }
        }
        candidates.sort(WIN_ORDER);
        List<GlueWin> wins = new ArrayList<>(candidates.size());
        for (Candidate candidate : candidates) {
            wins.add(toWin(candidate, personByKey, categories));
        }
        return List.copyOf(wins);
    }

    /** Whether {@link #corroboratorKeys} is not empty, decided without building it: a third person corroborated it. */
    public static boolean isCorroborated(Contribution c) {
        for (Corroboration k : c.corroborations()) {
            if (!k.corroboratorKey().equals(c.contributorKey())) {
                return true;
            }
        }
        return false;
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
        List<Corroboration> all = c.corroborations();
        // Most glue has no corroboration or one: the same answer without a sort and a map (WHY: this runs for every
        // counted contribution of a report, twice for the CSV/Markdown export).
        if (all.isEmpty()) {
            return List.of();
        }
        if (all.size() == 1) {
            String key = all.get(0).corroboratorKey();
            return key.equals(c.contributorKey()) ? List.of() : List.of(key);
        }
        Map<String, Corroboration> byKey = new LinkedHashMap<>();
        c.corroborations().stream()
                .sorted(Comparator.comparing(Corroboration::createdAt).thenComparingLong(Corroboration::id))
                .filter(k -> !k.corroboratorKey().equals(c.contributorKey()))
                .forEach(k -> byKey.putIfAbsent(k.corroboratorKey(), k));
        return List.copyOf(byKey.keySet());
    }
}
