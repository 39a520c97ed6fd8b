package com.gluework.core.report;

import com.gluework.core.model.Category;
import com.gluework.core.model.Person;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;

/**
 * When to warn of a hero pattern and what to suggest instead, and how to phrase members with no glue as
 * opportunities. The wording names behaviour and next steps, never fault.
 */
public final class HeroAlertRules {
    private static final int MAX_DOMINANT_CATEGORIES = 2;
    private static final int MAX_ROTATION_PEOPLE = 2;

    private HeroAlertRules() {
    }

    /**
     * Whether {@code count} of {@code total} is strictly more than {@code thresholdShare}. Compared exactly in decimal,
     * so 2 of 5 is not more than 0.40 however the division would round.
     */
    public static boolean exceedsThreshold(int count, int total, double thresholdShare) {
        return total > 0 && BigDecimal.valueOf(count)
                .compareTo(BigDecimal.valueOf(thresholdShare).multiply(BigDecimal.valueOf(total))) > 0;
    }

    /**
     * Fires when the top contributor carries strictly more than the threshold share of the team's glue (the
     * distribution's total: glue by people outside the team is not part of it). The suggestion rotates the hero's
     * busiest category to the (up to two) members with the least glue in it — preferring members who did some glue this
     * sprint, since they can take a duty on — and pairs a member with no glue yet (or else the next least busy) with the
     * hero on the hero's second category, so the know-how spreads. Only active team members are ever suggested.
     */
    public static Optional<HeroAlert> heroAlert(GlueMatrix matrix, GlueDistribution distribution,
                                                double thresholdShare) {
        if (distribution.topContributor().isEmpty()) {
            return Optional.empty();
        }
        Person hero = distribution.topContributor().get();
        GlueMatrix.Row heroRow = matrix.row(hero.key()).orElseThrow();
        int total = distribution.total();
        if (!exceedsThreshold(heroRow.total(), total, thresholdShare)) {
            return Optional.empty();
        }

        List<Integer> dominantColumns = IntStream.range(0, matrix.columns().size()).boxed()
                .filter(c -> heroRow.counts().get(c) > 0)
                .sorted(Comparator.comparing((Integer c) -> -heroRow.counts().get(c)).thenComparing(c -> c))
                .limit(MAX_DOMINANT_CATEGORIES)
                .toList();
        List<Category> dominant = dominantColumns.stream().map(matrix.columns()::get).toList();

        List<Integer> candidates = IntStream.range(0, matrix.rows().size()).boxed()
                .filter(r -> matrix.rows().get(r).onTeam())
                .filter(r -> !matrix.rows().get(r).person().key().equals(hero.key()))
                .filter(r -> matrix.rows().get(r).person().active())
                .toList();
        List<HeroAlert.Suggestion> suggestions = suggestions(matrix, dominantColumns, candidates);

        String shareText = percent(heroRow.total(), total, thresholdShare);
        String message = name(hero) + " carried " + shareText + " of this sprint's glue ("
                + String.join(", ", dominant.stream().map(Category::name).toList()) + "). "
                + suggestionText(hero, dominant.get(0), suggestions);
        return Optional.of(new HeroAlert(hero, heroRow.total(), total,
                GlueDistributionCalculator.share(heroRow.total(), total), thresholdShare,
                dominant, suggestions, message));
    }

    /**
     * Team members (not outsiders) with no glue this sprint, in row order; inactive users are left out. Each is
     * invited to pair with the team member who did most of the team's busiest category.
     */
    public static List<Opportunity> opportunities(GlueMatrix matrix) {
        List<GlueMatrix.Row> team = matrix.rows().stream().filter(GlueMatrix.Row::onTeam).toList();
        Optional<Integer> busiestColumn = IntStream.range(0, matrix.columns().size()).boxed()
                .filter(c -> columnTotal(team, c) > 0)
                .max(Comparator.comparing((Integer c) -> columnTotal(team, c)).thenComparing(c -> -c));
        Optional<Category> category = busiestColumn.map(matrix.columns()::get);
        Optional<Person> partner = busiestColumn.flatMap(c -> team.stream()
                .filter(r -> r.counts().get(c) > 0)
                .max(Comparator.comparing((GlueMatrix.Row r) -> r.counts().get(c))
                        .thenComparing(r -> -team.indexOf(r)))
                .map(GlueMatrix.Row::person));

        List<Opportunity> result = new ArrayList<>();
        for (GlueMatrix.Row row : team) {
            Person person = row.person();
            if (row.total() == 0 && person.active()) {
                String invitation = category.isPresent() && partner.isPresent()
                        ? "pair with " + name(partner.get()) + " on the next " + category.get().name() + "?"
                        : "a good moment to pick up a first glue task?";
                result.add(new Opportunity(person, category, partner,
                        name(person) + " has no recorded glue yet — " + invitation));
            }
        }
        return result;
    }

    private static int columnTotal(List<GlueMatrix.Row> rows, int column) {
        return rows.stream().mapToInt(r -> r.counts().get(column)).sum();
    }

    private static List<HeroAlert.Suggestion> suggestions(GlueMatrix matrix, List<Integer> dominantColumns,
                                                          List<Integer> candidates) {
        if (candidates.isEmpty()) {
            return List.of();
        }
        int rotateColumn = dominantColumns.get(0);
        List<Integer> withGlue = candidates.stream().filter(r -> matrix.rows().get(r).total() > 0).toList();
        List<Integer> rotateTo = (withGlue.isEmpty() ? candidates : withGlue).stream()
                .sorted(Comparator.comparing((Integer r) -> matrix.rows().get(r).counts().get(rotateColumn))
                        .thenComparing(r -> matrix.rows().get(r).total())
                        .thenComparing(r -> r))
                .limit(MAX_ROTATION_PEOPLE)
                .sorted() // chosen by least glue, named in report order
                .toList();
        List<HeroAlert.Suggestion> suggestions = new ArrayList<>();
        suggestions.add(new HeroAlert.Suggestion(HeroAlert.SuggestionKind.ROTATE, matrix.columns().get(rotateColumn),
                people(matrix, rotateTo)));

        int pairColumn = dominantColumns.size() > 1 ? dominantColumns.get(1) : rotateColumn;
        candidates.stream()
                .filter(r -> !rotateTo.contains(r))
                .min(Comparator.comparing((Integer r) -> matrix.rows().get(r).total()).thenComparing(r -> r))
                .ifPresent(r -> suggestions.add(new HeroAlert.Suggestion(HeroAlert.SuggestionKind.PAIR_WITH_HERO,
                        matrix.columns().get(pairColumn), people(matrix, List.of(r)))));
        return suggestions;
    }

    private static String suggestionText(Person hero, Category busiest, List<HeroAlert.Suggestion> suggestions) {
        if (suggestions.isEmpty()) {
            return "Suggest: write down how " + name(hero) + " handles " + busiest.name()
                    + " so others can pick it up.";
        }
        List<String> parts = new ArrayList<>();
        for (HeroAlert.Suggestion s : suggestions) {
            List<String> names = s.people().stream().map(HeroAlertRules::name).toList();
            parts.add(switch (s.kind()) {
                case ROTATE -> "rotate " + s.category().name() + " to " + joinNames(names);
                case PAIR_WITH_HERO -> "pair " + joinNames(names) + " with " + name(hero) + " on the next "
                        + s.category().name();
            });
        }
        return "Suggest: " + String.join("; ", parts) + ".";
    }

    private static List<Person> people(GlueMatrix matrix, List<Integer> rows) {
        return rows.stream().map(r -> matrix.rows().get(r).person()).toList();
    }

    static String joinNames(List<String> names) {
        if (names.size() <= 1) {
            return String.join("", names);
        }
        return String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
    }

    private static String name(Person person) {
        return person.displayName();
    }

    /**
     * The share as a whole percentage, with more decimals only when rounding would make a share over the threshold
     * read as the threshold itself ("40.1%", not "40%").
     */
    static String percent(int count, int total, double thresholdShare) {
        BigDecimal exact = BigDecimal.valueOf(count * 100L).divide(BigDecimal.valueOf(total), 10, RoundingMode.HALF_UP);
        BigDecimal thresholdPercent = BigDecimal.valueOf(thresholdShare).movePointRight(2);
        BigDecimal shown = exact.setScale(0, RoundingMode.HALF_UP);
        for (int scale = 1; scale <= 3 && shown.compareTo(thresholdPercent) <= 0; scale++) {
            shown = exact.setScale(scale, RoundingMode.DOWN);
        }
        return shown.stripTrailingZeros().toPlainString() + "%";
    }
}
