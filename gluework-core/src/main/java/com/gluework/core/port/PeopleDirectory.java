package com.gluework.core.port;

import com.gluework.core.model.Person;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The host's users, by user key. */
public interface PeopleDirectory {

    Optional<Person> findPerson(String userKey);

    /** The people among {@code userKeys} that exist, keyed by user key; unknown keys are simply absent. */
    Map<String, Person> findPeople(Collection<String> userKeys);

    /** People whose name or username contains {@code query} (case-insensitive), at most {@code limit}. */
    List<Person> searchPeople(String query, int limit);
}
