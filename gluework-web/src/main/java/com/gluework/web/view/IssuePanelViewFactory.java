package com.gluework.web.view;

import com.gluework.core.model.Category;
import com.gluework.core.model.Contribution;
import com.gluework.core.model.ContributionState;
import com.gluework.core.model.Corroboration;
import com.gluework.core.model.EditRights;
import com.gluework.core.model.IssueContributions;
import com.gluework.core.model.Person;
import com.gluework.core.port.CategoryRepository;
import com.gluework.core.port.PeopleDirectory;
import com.gluework.core.service.ContributionRules;
import com.gluework.core.service.ContributionService;
import com.gluework.core.service.SuggestionService;
import com.gluework.core.suggest.GlueSuggestion;
import com.gluework.core.suggest.SuggestionConfidence;
import jakarta.inject.Inject;

import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.StringJoiner;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Builds the issue panel's view from what the viewer may see of an issue. Used by the Jira web panel's context
 * provider and by the panel fragment endpoint, so both render the same thing.
 */
public final class IssuePanelViewFactory {
    /** The "who" picker lists at most this many teammates up front; its search box finds anyone else. */
    static final int PEOPLE_PICKER_LIMIT = 50;
    /** Rows shown before "Show all": enough for most issues, short enough for the right column. */
    static final int ROWS_BEFORE_SHOW_ALL = 5;
    private static final int LINK_LABEL_LENGTH = 60;
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT);

    private final ContributionService contributions;
    private final PeopleDirectory people;
    private final CategoryRepository categories;
    private final Clock clock;
    /** {@code null} on a host that does not read issue activity: the panel then shows no "Possible glue". */
    private final SuggestionService suggestions;

    public IssuePanelViewFactory(ContributionService contributions, PeopleDirectory people, CategoryRepository categories,
                                 Clock clock) {
        this(contributions, people, categories, clock, null);
    }

    @Inject
    public IssuePanelViewFactory(ContributionService contributions, PeopleDirectory people, CategoryRepository categories,
                                 Clock clock, SuggestionService suggestions) {
        this.contributions = contributions;
        this.people = people;
        this.categories = categories;
        this.clock = clock;
        this.suggestions = suggestions;
    }

    /**
     * @param shown    the issue's contributions as the service returned them for this viewer
     * @param actorKey the viewer; empty when anonymous
     */
    public IssuePanelView create(IssueContributions shown, Optional<String> actorKey) {
        return create(shown, actorKey, null);
    }

    /**
     * {@link #create(IssueContributions, Optional)} from {@link ContributionService#readForPanel}: "Possible glue" is
     * worked out from the contributions that read found, instead of reading them again.
     */
    public IssuePanelView create(ContributionService.PanelRead read, Optional<String> actorKey) {
        return create(read.shown(), actorKey, read);
    }

    /** @param read the panel's read, or {@code null} to have "Possible glue" read the issue and check it again */
    private IssuePanelView create(IssueContributions shown, Optional<String> actorKey, ContributionService.PanelRead read) {
        // One project-admin check for the whole panel: in Jira each is a user lookup, an issue lookup and a permission check.
        EditRights rights = contributions.editRights(actorKey, shown.issue());
        List<Contribution> active = new ArrayList<>();
        List<Contribution> retiredButRestorable = new ArrayList<>();
        for (Contribution c : shown.contributions()) {
            if (c.state() == ContributionState.ACTIVE) {
                active.add(c);
            } else if (rights.mayEdit(c)) {
                // Retired glue is kept for history; only the people who could restore it see it in the panel.
                retiredButRestorable.add(c);
            }
        }
        // Newest first (the service lists oldest first): fresh glue is what people look for, and what they just recorded
        // must not land behind "Show all".
        Collections.reverse(active);
        Collections.reverse(retiredButRestorable);
        List<Contribution> listed = new ArrayList<>(active);
        listed.addAll(retiredButRestorable);
        Map<String, Person> known = people.findPeople(Contribution.userKeys(listed));
        Function<String, String> nameOf = key -> known.containsKey(key) ? known.get(key).displayName() : key;
        // One read for both lists (the rows' names, the record form's options).
        CategoryRepository.AllAndApplicable categorySets = categories.findAllAndApplicable(shown.issue().projectKey());
        CategoryNames categoryNames = CategoryNames.of(categorySets.all());

        List<ContributionRowView> rows = new ArrayList<>();
        for (int i = 0; i < listed.size(); i++) {
            Contribution c = listed.get(i);
            boolean overflow = i >= ROWS_BEFORE_SHOW_ALL && c.state() == ContributionState.ACTIVE;
            rows.add(row(c, categoryNames.nameOf(c.categoryKey()), nameOf, actorKey, rights.mayEdit(c), overflow));
        }
        boolean canRecord = actorKey.isPresent();
        // The record form and "What counts as glue?" offer what applies on this project: its own set, or the instance set.
        List<CategoryOptionView> options = categorySets.applicable().stream().filter(Category::active)
                .map(c -> new CategoryOptionView(c.key(), c.name(), c.definition(), c.examples())).toList();
        return new IssuePanelView(shown.issue().key(), rows, options, canRecord ? teammatesOf(actorKey.get()) : List.of(),
                canRecord, actorKey.orElse(""), LocalDate.now(clock).toString(),
                new IssuePanelView.Limits(ContributionRules.MAX_SUMMARY, ContributionRules.MAX_IMPACT,
                        ContributionRules.MAX_EVIDENCE_LINKS, ContributionRules.MAX_NOTE),
                possibleGlue(shown, read, actorKey, categoryNames));
    }

    private List<PossibleGlueView> possibleGlue(IssueContributions shown, ContributionService.PanelRead read,
                                                Optional<String> actorKey, CategoryNames categoryNames) {
        if (suggestions == null || actorKey.isEmpty()) {
            return List.of();
        }
        // From the panel's read: its issue was found and its browse permission checked a moment ago.
        List<GlueSuggestion> found = read == null ? suggestions.suggestionsFor(actorKey, shown.issue().key())
                : suggestions.suggestionsFor(actorKey, read);
        if (found.isEmpty()) {
            return List.of();
        }
        Map<String, Person> named = people.findPeople(found.stream().map(GlueSuggestion::personKey).collect(Collectors.toSet()));
        ZoneId zone = clock.getZone();
        return found.stream().map(s -> new PossibleGlueView(s.id(), s.personKey(),
                named.containsKey(s.personKey()) ? named.get(s.personKey()).displayName() : s.personKey(),
                s.categoryKey(), categoryNames.nameOf(s.categoryKey()), s.summary(),
                s.confidence().level() == SuggestionConfidence.Level.HIGH, s.confidence().reason(),
                LocalDate.ofInstant(s.latestEvidenceAt(), zone).toString(),
                s.evidence().stream().map(e -> new SuggestionTraceView(e.what(), WHEN.format(e.at().atZone(zone)),
                        e.linkToIt().flatMap(ContributionRules::checkEvidenceLink)
                                .map(URI::toString).orElse(""))).toList(),
                suggestions.canDismiss(actorKey, s), s.personKey().equals(actorKey.get()))).toList();
    }

    private static ContributionRowView row(Contribution c, String categoryName, Function<String, String> nameOf,
                                           Optional<String> actorKey, boolean canEdit, boolean overflow) {
        boolean active = c.state() == ContributionState.ACTIVE;
        boolean canCorroborate = active
                && actorKey.map(a -> !c.isRecordedOrDoneBy(a) && !c.isCorroboratedBy(a)).orElse(false);
        boolean canWithdraw = actorKey.map(c::isCorroboratedBy).orElse(false);
        // Plain loops, not streams: this runs for every row of every render (JFR, issue 13); same lists and texts.
        List<CorroborationView> corroborations = new ArrayList<>(c.corroborations().size());
        StringJoiner corroborators = new StringJoiner(", ");
        for (Corroboration k : c.corroborations()) {
            String name = nameOf.apply(k.corroboratorKey());
            corroborations.add(new CorroborationView(name, k.note()));
            corroborators.add(name);
        }
        StringJoiner beneficiaries = new StringJoiner(", ");
        for (String key : c.beneficiaryKeys()) {
            beneficiaries.add(nameOf.apply(key));
        }
        return new ContributionRowView(c.id(), c.version(), c.categoryKey(), categoryName, nameOf.apply(c.contributorKey()),
                c.summary(), c.impact(), linksOf(c.evidenceLinks()), beneficiaries.toString(), nameOf.apply(c.recordedByKey()),
                c.isPeerObservation(), c.occurredOn().toString(), corroborations,
                corroborators.toString(), canCorroborate,
                canWithdraw, canEdit, !active, overflow);
    }

    /** Re-checks every stored link: whatever a store returns, only absolute http(s) URLs become an href. */
    private static List<LinkView> linksOf(List<URI> links) {
        if (links.isEmpty()) {
            return List.of();
        }
        List<LinkView> views = new ArrayList<>(links.size());
        for (URI link : links) {
            ContributionRules.checkEvidenceLink(link).ifPresent(uri -> views.add(new LinkView(uri.toString(), labelOf(uri))));
        }
        return views; // the row view keeps an unmodifiable copy
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
}
