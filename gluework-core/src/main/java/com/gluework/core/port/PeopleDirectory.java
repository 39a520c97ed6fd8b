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

    /**
     * People whose name or username contains {@code query} (case-insensitive), at most {@code limit}. A blank (or
     * {@code null}) query matches everyone: the issue panel's "who did it" picker opens with it. A {@code limit} of zero
     * or less finds nobody. A host may leave inactive people out; callers that need only active people filter anyway.
     * Every host answers alike ({@code PeopleDirectoryContract}).
     */
    List<Person> searchPeople(String query, int limit);
}
