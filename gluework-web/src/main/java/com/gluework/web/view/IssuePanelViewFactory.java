package com.gluework.web.view;

import com.gluework.core.model.Category;
import com.gluework.core.model.Contribution;
import com.gluework.core.model.ContributionState;
import com.gluework.core.model.Corroboration;
import com.gluework.core.model.IssueContributions;
import com.gluework.core.model.Person;
import com.gluework.core.port.CategoryRepository;
import com.gluework.core.port.PeopleDirectory;
import com.gluework.core.service.ContributionRules;
import jakarta.inject.Inject;

import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Builds the issue panel's view from what the viewer may see of an issue. Used by the Jira web panel's context
 * provider and by the panel fragment endpoint, so both render the same thing.
 */
public final class IssuePanelViewFactory {
    /** The "who" picker lists at most this many teammates; a type-ahead search replaces it for large sites. */
    static final int PEOPLE_PICKER_LIMIT = 50;
    private static final int LINK_LABEL_LENGTH = 60;

    private final PeopleDirectory people;
    private final CategoryRepository categories;
    private final Clock clock;

    @Inject
    public IssuePanelViewFactory(PeopleDirectory people, CategoryRepository categories, Clock clock) {
        this.people = people;
        this.categories = categories;
        this.clock = clock;
    }

    /**
     * @param shown    the issue's contributions as the service returned them for this viewer
     * @param actorKey the viewer; empty when anonymous
     */
    public IssuePanelView create(IssueContributions shown, Optional<String> actorKey) {
        // Retired contributions are kept for history but hidden from the panel and its count.
        List<Contribution> active = shown.contributions().stream()
                .filter(c -> c.state() == ContributionState.ACTIVE).toList();
        Map<String, Person> known = people.findPeople(userKeysOf(active));
        Function<String, String> nameOf = key -> known.containsKey(key) ? known.get(key).displayName() : key;
        List<Category> allCategories = categories.findAll();
        Map<String, String> categoryNames = allCategories.stream()
                .collect(Collectors.toMap(Category::key, Category::name, (a, b) -> a));

        List<ContributionRowView> rows = active.stream()
                .map(c -> row(c, categoryNames.getOrDefault(c.categoryKey(), c.categoryKey()), nameOf, actorKey))
                .toList();
        boolean canRecord = actorKey.isPresent();
        List<CategoryOptionView> options = allCategories.stream().filter(Category::active)
                .map(c -> new CategoryOptionView(c.key(), c.name(), c.definition())).toList();
        return new IssuePanelView(shown.issue().key(), rows, options, canRecord ? teammatesOf(actorKey.get()) : List.of(),
                canRecord, actorKey.orElse(""), LocalDate.now(clock).toString(),
                ContributionRules.MAX_SUMMARY, ContributionRules.MAX_IMPACT, ContributionRules.MAX_EVIDENCE_LINKS);
    }

    private static ContributionRowView row(Contribution c, String categoryName, Function<String, String> nameOf,
                                           Optional<String> actorKey) {
        boolean canCorroborate = actorKey.map(a -> !a.equals(c.contributorKey()) && !c.isCorroboratedBy(a)).orElse(false);
        String corroborators = c.corroborations().stream().map(Corroboration::corroboratorKey).map(nameOf)
                .collect(Collectors.joining(", "));
        return new ContributionRowView(c.id(), c.categoryKey(), categoryName, nameOf.apply(c.contributorKey()),
                c.summary(), c.impact(), linksOf(c.evidenceLinks()), nameOf.apply(c.recordedByKey()),
                c.isPeerObservation(), c.occurredOn().toString(), c.corroborations().size(), corroborators,
                canCorroborate);
    }

    /** Re-checks every stored link: whatever a store returns, only absolute http(s) URLs become an href. */
    private static List<LinkView> linksOf(List<URI> links) {
        return links.stream()
                .map(link -> ContributionRules.parseEvidenceLink(link.toString()))
                .flatMap(Optional::stream)
                .map(uri -> new LinkView(uri.toString(), labelOf(uri)))
                .toList();
    }

    private static String labelOf(URI uri) {
        String path = Objects.requireNonNullElse(uri.getRawPath(), "");
        String query = uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery();
        String label = uri.getHost() + (path.equals("/") ? "" : path) + query;
        return label.codePointCount(0, label.length()) <= LINK_LABEL_LENGTH ? label
                : label.substring(0, label.offsetByCodePoints(0, LINK_LABEL_LENGTH - 1)) + "\u2026";
    }

    private List<PersonView> teammatesOf(String actorKey) {
        return people.searchPeople("", PEOPLE_PICKER_LIMIT + 1).stream()
                .filter(Person::active)
                .filter(p -> !p.key().equals(actorKey))
                .sorted(Comparator.comparing((Person p) -> p.displayName().toLowerCase(Locale.ROOT)).thenComparing(Person::key))
                .limit(PEOPLE_PICKER_LIMIT)
                .map(p -> new PersonView(p.key(), p.displayName()))
                .toList();
    }

    private static Set<String> userKeysOf(List<Contribution> contributions) {
        Set<String> keys = new LinkedHashSet<>();
        for (Contribution c : contributions) {
            keys.add(c.contributorKey());
            keys.add(c.recordedByKey());
            c.corroborations().forEach(k -> keys.add(k.corroboratorKey()));
        }
        return keys;
    }
}
