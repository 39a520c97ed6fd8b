package com.gluework.core.report;

import com.gluework.core.model.Person;

import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The people a report names: the team first-hand, others as the host resolved them, anyone else as
 * {@link Person#unknown} — the one fallback for a person every part of the report uses.
 */
final class ReportPeople {
    /**
     * Rows and name lists read alphabetically by display name, then key, whatever order the host listed people in:
     * the report must not change when the host's user search returns the same team in another order.
     */
    static final Comparator<Person> REPORT_ORDER = Comparator
            .comparing((Person p) -> p.displayName().toLowerCase(Locale.ROOT))
            .thenComparing(Person::key);

    private final Map<String, Person> team = new LinkedHashMap<>();
    private final Map<String, Person> known = new LinkedHashMap<>();

    /** @param others everyone else the host resolved (a previous sprint's team, outsiders), by key */
    ReportPeople(Collection<Person> team, Collection<Person> others) {
        team.forEach(p -> this.team.putIfAbsent(p.key(), p));
        known.putAll(this.team);
        others.forEach(p -> known.putIfAbsent(p.key(), p));
    }

    Set<String> teamKeys() {
        return team.keySet();
    }

    List<Person> team() {
        return List.copyOf(team.values());
    }

    /** The team and everyone else known, team first. */
    Collection<Person> everyone() {
        return known.values();
    }

    Person byKey(String key) {
        Person p = known.get(key);
        return p != null ? p : Person.unknown(key);
    }
}
