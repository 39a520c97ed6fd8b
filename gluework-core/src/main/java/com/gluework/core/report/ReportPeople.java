package com.gluework.core.report;

import com.gluework.core.model.Person;

import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** The people a report names: the team first-hand, others as the host resolved them, anyone else by key. */
final class ReportPeople {
    /**
     * Rows and name lists read alphabetically by display name, then key, whatever order the host listed people in:
     * the report must not change when the host's user search returns the same team in another order.
     */
    static final Comparator<Person> REPORT_ORDER = Comparator
            .comparing((Person p) -> p.displayName().toLowerCase(Locale.ROOT))
            .thenComparing(Person::key);

    private final Map<String, Person> team = new LinkedHashMap<>();
    private final Map<String, Person> others;

    ReportPeople(Collection<Person> team, Map<String, Person> others) {
        team.forEach(p -> this.team.putIfAbsent(p.key(), p));
        this.others = others;
    }

    Set<String> teamKeys() {
        return team.keySet();
    }

    List<Person> team() {
        return List.copyOf(team.values());
    }

    Person byKey(String key) {
        Person p = team.get(key);
        if (p == null) {
            p = others.get(key);
        }
        return p != null ? p : unknown(key);
    }

    /** A person the host could not resolve (deleted, anonymised) is shown by key rather than dropped from the counts. */
    static Person unknown(String key) {
        return new Person(key, key, key, "", true);
    }
}
