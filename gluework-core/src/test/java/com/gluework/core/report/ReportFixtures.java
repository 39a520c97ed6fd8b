package com.gluework.core.report;

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
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Test-data builders for the report specifications; the only place that calls the {@link Contribution} constructor. */
final class ReportFixtures {
    static final ZoneId UTC = ZoneOffset.UTC;
    static final Instant T0 = Instant.parse("2026-03-01T09:00:00Z");
    static final LocalDate SPRINT_START = LocalDate.of(2026, 3, 2);
    static final LocalDate SPRINT_END = LocalDate.of(2026, 3, 13);
    static final List<Category> CATEGORIES = DefaultCategories.all();
    static final Map<String, Category> CATEGORIES_BY_KEY = CATEGORIES.stream()
            .collect(Collectors.toMap(Category::key, c -> c));
    static final Function<String, Person> PEOPLE_BY_KEY = ReportFixtures::person;

    private ReportFixtures() {
    }

    static Person person(String key) {
        return new Person(key, key, key, "", true);
    }

    static Person inactivePerson(String key) {
        return new Person(key, key, key, "", false);
    }

    static List<Person> people(String... keys) {
        return Arrays.stream(keys).map(ReportFixtures::person).toList();
    }

    static IssueRef issue(long id) {
        return new IssueRef(id, "GW-" + id, 10_000, "GW", "Issue " + id);
    }

    /** A two-week sprint 2026-03-02 .. 2026-03-13 (UTC), active. */
    static Sprint activeSprint(long id) {
        return new Sprint(id, 1, "Sprint " + id, SprintState.ACTIVE, SPRINT_START.atTime(9, 0).toInstant(ZoneOffset.UTC),
                SPRINT_END.atTime(17, 0).toInstant(ZoneOffset.UTC), null);
    }

    static Sprint closedSprint(long id, LocalDate start, LocalDate completed) {
        return new Sprint(id, 1, "Sprint " + id, SprintState.CLOSED, start.atTime(9, 0).toInstant(ZoneOffset.UTC),
                completed.atTime(17, 0).toInstant(ZoneOffset.UTC), completed.atTime(17, 0).toInstant(ZoneOffset.UTC));
    }

    static SprintIssue sprintIssue(long id, StatusChange... changes) {
        return new SprintIssue(issue(id), List.of(changes));
    }

    static StatusChange change(int day, String from, String to) {
        return new StatusChange(T0.plusSeconds(day * 86_400L), from, to, "alice");
    }

    static GlueBuilder glue(long id) {
        return new GlueBuilder(id);
    }

    static final class GlueBuilder {
        private final long id;
        private String category = "review";
        private String contributor = "frank";
        private String recordedBy;
        private IssueRef issue;
        private LocalDate occurredOn = SPRINT_START.plusDays(1);
        private String impact = "";
        private final List<URI> evidence = new ArrayList<>();
        private final List<Corroboration> corroborations = new ArrayList<>();
        private ContributionState state = ContributionState.ACTIVE;

        private GlueBuilder(long id) {
            this.id = id;
        }

        GlueBuilder by(String contributorKey) {
            this.contributor = contributorKey;
            return this;
        }

        GlueBuilder recordedBy(String recorderKey) {
            this.recordedBy = recorderKey;
            return this;
        }

        GlueBuilder in(String categoryKey) {
            this.category = categoryKey;
            return this;
        }

        GlueBuilder on(long issueId) {
            this.issue = issue(issueId);
            return this;
        }

        GlueBuilder onIssue(IssueRef ref) {
            this.issue = ref;
            return this;
        }

        GlueBuilder onNoIssue() {
            this.issue = null;
            return this;
        }

        GlueBuilder dated(LocalDate date) {
            this.occurredOn = date;
            return this;
        }

        GlueBuilder impact(String text) {
            this.impact = text;
            return this;
        }

        GlueBuilder evidence(String url) {
            evidence.add(URI.create(url));
            return this;
        }

        GlueBuilder corroboratedBy(String... keys) {
            for (String key : keys) {
                corroborations.add(new Corroboration(corroborations.size() + 1, id, key, "",
                        T0.plusSeconds(corroborations.size())));
            }
            return this;
        }

        GlueBuilder corroboration(String key, Instant at) {
            corroborations.add(new Corroboration(corroborations.size() + 1, id, key, "", at));
            return this;
        }

        GlueBuilder retired() {
            this.state = ContributionState.RETIRED;
            return this;
        }

        Contribution build() {
            return new Contribution(id, category, contributor, recordedBy == null ? contributor : recordedBy, issue,
                    occurredOn, "Glue " + id, impact, List.of(), evidence, state, ContributionSource.MANUAL,
                    T0, T0, 0, corroborations);
        }
    }

    /** A contribution by {@code who} in {@code category} on issue 1, for matrix and distribution shapes. */
    static Contribution simple(long id, String who, String category) {
        return glue(id).by(who).in(category).on(1).build();
    }

    /** {@code count} contributions each, starting at id {@code firstId}. */
    static List<Contribution> many(long firstId, String who, String category, int count) {
        List<Contribution> result = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            result.add(simple(firstId + i, who, category));
        }
        return result;
    }

    @SafeVarargs
    static List<Contribution> concat(List<Contribution>... lists) {
        return Arrays.stream(lists).flatMap(List::stream).toList();
    }

    static GlueMatrix matrixOf(List<Contribution> counted, List<Person> team) {
        return GlueMatrixCalculator.matrix(counted, team, PEOPLE_BY_KEY, CATEGORIES);
    }
}
