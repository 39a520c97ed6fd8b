package com.gluework.core.service;

import com.gluework.core.error.AuthenticationRequiredException;
import com.gluework.core.error.InvalidInputException;
import com.gluework.core.model.Person;
import com.gluework.core.port.PeopleDirectory;
import jakarta.inject.Inject;

import java.util.List;
import java.util.Optional;

/**
 * Finds teammates for the "who did it" and "who benefited" pickers. Only logged-in users may search (the directory is
 * not public), a search needs at least one character, and it answers a short list of active people only: nobody
 * records glue for someone who has left.
 */
public final class PeopleService {
    public static final int MAX_RESULTS = 20;
    public static final int MAX_QUERY_LENGTH = 100;

    private final PeopleDirectory people;

    @Inject
    public PeopleService(PeopleDirectory people) {
        this.people = people;
    }

    /**
     * Active people whose name or username contains {@code query} (case-insensitive), at most {@value #MAX_RESULTS},
     * in the directory's order.
     *
     * @throws AuthenticationRequiredException anonymous actor
     * @throws InvalidInputException           the query is blank or longer than {@value #MAX_QUERY_LENGTH} characters
     */
    public List<Person> search(Optional<String> actorKey, String query) {
        if (actorKey.isEmpty()) {
            throw new AuthenticationRequiredException("user", "Log in to search for people.");
        }
        String trimmed = query == null ? "" : query.strip();
        if (trimmed.isEmpty()) {
            throw new InvalidInputException("query", "Type at least one character of a name.");
        }
        if (trimmed.codePointCount(0, trimmed.length()) > MAX_QUERY_LENGTH) {
            throw new InvalidInputException("query", "Search with at most " + MAX_QUERY_LENGTH + " characters.");
        }
        // Ask for a few more than we show, so inactive people the directory returns do not shorten the list much.
        return people.searchPeople(trimmed, MAX_RESULTS + 5).stream().filter(Person::active).limit(MAX_RESULTS).toList();
    }
}
