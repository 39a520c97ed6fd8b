package com.gluework.core.privacy;

import com.gluework.core.model.Person;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * One person's personal data, as handed to them (or to an administrator answering their request).
 *
 * @param person        the person; an unknown or deleted user is named by key only
 * @param exportedByKey who asked for it
 * @param people        everyone the records name, by key, for readable names
 * @param sections      the extension sections' records, by section name
 */
public record PersonalDataExport(Person person, String exportedByKey, Instant exportedAt, PersonalDataRecords records,
                                 Map<String, Person> people, Map<String, List<?>> sections) {
    public PersonalDataExport {
        people = Map.copyOf(people);
        sections = Map.copyOf(sections);
    }
}
