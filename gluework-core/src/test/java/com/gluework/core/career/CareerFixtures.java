package com.gluework.core.career;

import com.gluework.core.model.Category;
import com.gluework.core.model.Contribution;
import com.gluework.core.model.ContributionSource;
import com.gluework.core.model.ContributionState;
import com.gluework.core.model.Corroboration;
import com.gluework.core.model.DefaultCategories;
import com.gluework.core.model.IssueRef;
import com.gluework.core.model.Person;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Bob's glue over the autumn review period, built one contribution at a time. */
final class CareerFixtures {
    static final Person BOB = new Person("bob", "bob", "Bob Builder", "", true);
    static final ReviewPeriod AUTUMN = new ReviewPeriod(LocalDate.of(2026, 9, 1), LocalDate.of(2026, 11, 30));
    static final List<Category> CATEGORIES = DefaultCategories.all();
    private static final Instant T0 = Instant.parse("2026-09-01T09:00:00Z");

    private CareerFixtures() {
    }

    static Glue glue(long id) {
        return new Glue(id);
    }

    static final class Glue {
        private final long id;
        private String contributor = "bob";
        private String category = "review";
        private String summary;
        private String impact = "";
        private LocalDate occurredOn = LocalDate.of(2026, 10, 1);
        private ContributionState state = ContributionState.ACTIVE;
        private final List<String> beneficiaries = new ArrayList<>();
        private final List<URI> evidence = new ArrayList<>();
        private final List<Corroboration> corroborations = new ArrayList<>();

        private Glue(long id) {
            this.id = id;
            this.summary = "Glue " + id;
        }

        Glue by(String key) {
            contributor = key;
            return this;
        }

        Glue in(String categoryKey) {
            category = categoryKey;
            return this;
        }

        Glue summary(String text) {
            summary = text;
            return this;
        }

        Glue impact(String text) {
            impact = text;
            return this;
        }

        Glue on(LocalDate day) {
            occurredOn = day;
            return this;
        }

        Glue unblocked(String... keys) {
            beneficiaries.addAll(List.of(keys));
            return this;
        }

        Glue evidence(String url) {
            evidence.add(URI.create(url));
            return this;
        }

        Glue corroboratedBy(String... keys) {
            for (String key : keys) {
                corroborations.add(new Corroboration(corroborations.size() + 1, id, key, "", T0));
            }
            return this;
        }

        /** A corroboration given at a particular moment (the others are given at the start of the period). */
        Glue corroboratedAt(Instant at, String key) {
            corroborations.add(new Corroboration(id * 100 + corroborations.size() + 1, id, key, "", at));
            return this;
        }

        Glue retired() {
            state = ContributionState.RETIRED;
            return this;
        }

        Contribution build() {
            return new Contribution(id, category, contributor, contributor,
                    new IssueRef(1000 + id, "GW-" + id, 1, "GW", "Issue " + id), occurredOn, summary, impact,
                    beneficiaries, evidence, state, ContributionSource.MANUAL, T0, T0, 1, corroborations);
        }
    }
}
