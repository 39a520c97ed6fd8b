package com.gluework.core.report;

import com.gluework.core.model.Category;
import com.gluework.core.model.Person;

import java.util.List;
import java.util.Objects;

/**
 * One person carried more than the team's threshold share of the sprint's glue, with a concrete rotation to suggest.
 * The structured fields let a view phrase it in the user's language; {@link #message} is the plain-English wording.
 *
 * @param total              the team members' glue this sprint ({@link GlueDistribution#total()}), which the share is of;
 *                           glue by people outside the team is not part of it
 * @param dominantCategories the hero's busiest categories this sprint (up to two), busiest first
 * @param suggestions        what to rotate to whom and whom to pair with the hero (active team members only); empty when
 *                           nobody else is on the team
 * @param message            e.g. "frank carried 48% of this sprint's glue (Code review, Coordination &amp; hand-off).
 *                           Suggest: rotate Code review to carol and dave; pair erin with frank on the next
 *                           Coordination &amp; hand-off."
 */
public record HeroAlert(Person hero, int heroCount, int total, double share, double threshold,
                        List<Category> dominantCategories, List<Suggestion> suggestions, String message) {
    public HeroAlert {
        Objects.requireNonNull(hero, "hero");
        dominantCategories = List.copyOf(dominantCategories);
        suggestions = List.copyOf(suggestions);
        Objects.requireNonNull(message, "message");
    }

    public enum SuggestionKind {
        /** Hand this category's duty to these people. */
        ROTATE,
        /** Pair this person with the hero on the next piece of this category's glue. */
        PAIR_WITH_HERO
    }

    public record Suggestion(SuggestionKind kind, Category category, List<Person> people) {
        public Suggestion {
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(category, "category");
            people = List.copyOf(people);
        }
    }
}
