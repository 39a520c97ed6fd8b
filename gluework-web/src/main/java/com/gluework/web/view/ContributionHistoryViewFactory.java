package com.gluework.web.view;

import com.gluework.core.model.ContributionChange;
import com.gluework.core.model.FieldChange;
import com.gluework.core.model.Person;
import com.gluework.core.port.CategoryRepository;
import com.gluework.core.port.PeopleDirectory;
import jakarta.inject.Inject;

import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Turns a contribution's stored history into what people read: history keeps user and category keys (renames and
 * anonymisation never touch it), so names are looked up here, at read time, in one directory call per history.
 */
public final class ContributionHistoryViewFactory {
    private static final DateTimeFormatter AT_LABEL = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final PeopleDirectory people;
    private final CategoryRepository categories;
    private final Clock clock;

    @Inject
    public ContributionHistoryViewFactory(PeopleDirectory people, CategoryRepository categories, Clock clock) {
        this.people = people;
        this.categories = categories;
        this.clock = clock;
    }

    public ContributionHistoryView create(long contributionId, List<ContributionChange> history) {
        Map<String, Person> known = people.findPeople(userKeysOf(history));
        Function<String, String> nameOf = key -> known.containsKey(key) ? known.get(key).displayName() : key;
        CategoryNames categoryNames = CategoryNames.of(categories.findAll());
        List<ChangeEntryView> entries = history.stream().map(change -> new ChangeEntryView(change.actorKey(),
                nameOf.apply(change.actorKey()), change.at().toString(), AT_LABEL.format(change.at().atZone(clock.getZone())),
                change.kind().name(),
                change.fieldChanges().stream().map(f -> readable(f, nameOf, categoryNames)).toList())).toList();
        return new ContributionHistoryView(contributionId, entries);
    }

    private static FieldChangeView readable(FieldChange change, Function<String, String> nameOf,
                                            CategoryNames categoryNames) {
        Function<String, String> value;
        switch (change.field()) {
            case FieldChange.CATEGORY:
                value = key -> key.isEmpty() ? "" : categoryNames.nameOf(key);
                break;
            case FieldChange.CONTRIBUTOR:
            case FieldChange.CORROBORATOR:
                value = key -> key.isEmpty() ? "" : nameOf.apply(key);
                break;
            case FieldChange.BENEFICIARIES:
                value = keys -> keysOf(keys).stream().map(nameOf).collect(Collectors.joining(FieldChange.LIST_SEPARATOR));
                break;
            default:
                value = Function.identity();
        }
        return new FieldChangeView(change.field(), value.apply(change.before()), value.apply(change.after()));
    }

    private static List<String> keysOf(String joined) {
        return joined.isEmpty() ? List.of() : Arrays.asList(joined.split(FieldChange.LIST_SEPARATOR, -1));
    }

    private static Set<String> userKeysOf(List<ContributionChange> history) {
        Set<String> keys = new LinkedHashSet<>();
        for (ContributionChange change : history) {
            keys.add(change.actorKey());
            for (FieldChange field : change.fieldChanges()) {
                if (field.field().equals(FieldChange.CONTRIBUTOR) || field.field().equals(FieldChange.CORROBORATOR)) {
                    keys.add(field.before());
                    keys.add(field.after());
                } else if (field.field().equals(FieldChange.BENEFICIARIES)) {
                    keys.addAll(keysOf(field.before()));
                    keys.addAll(keysOf(field.after()));
                }
            }
        }
        keys.remove("");
        return keys;
    }
}
