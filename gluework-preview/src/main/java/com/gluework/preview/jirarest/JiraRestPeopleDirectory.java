package com.gluework.preview.jirarest;

import com.fasterxml.jackson.databind.JsonNode;
import com.gluework.core.model.Person;
import com.gluework.core.port.PeopleDirectory;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Jira's users, read through {@code /rest/api/2/user} and {@code /rest/api/2/user/search}. */
public final class JiraRestPeopleDirectory implements PeopleDirectory {
    /** Data Center's user search treats {@code .} as "everyone"; the user switcher lists at most this many. */
    private static final int MAX_LISTED = 1000;

    private final JiraRest jira;
    /** The people read from a snapshot's user documents, each read once. */
    private final ReadOnce<Person> people;

    public JiraRestPeopleDirectory(JiraRest jira) {
        this.jira = jira;
        this.people = new ReadOnce<>(jira);
    }

    @Override
    public Optional<Person> findPerson(String userKey) {
        if (userKey == null || userKey.isBlank()) {
            return Optional.empty();
        }
        return jira.get("/rest/api/2/user?key=" + JiraRestJson.encode(userKey)).map(user -> people.get(user, JiraRestPeopleDirectory::toPerson));
    }

    @Override
    public Map<String, Person> findPeople(Collection<String> userKeys) {
        Map<String, Person> found = new LinkedHashMap<>();
        for (String key : userKeys) {
            if (!found.containsKey(key)) {
                findPerson(key).ifPresent(p -> found.put(key, p));
            }
        }
        return found;
    }

    @Override
    public List<Person> searchPeople(String query, int limit) {
        if (limit <= 0) {
            return List.of();
        }
        // Every name contains the empty string; Data Center spells "everyone" as ".".
        return search(query == null || query.isBlank() ? "." : query.strip(), limit);
    }

    /** Everyone the token's user can see, for pickers such as the preview's user switcher. */
    public List<Person> listPeople() {
        return search(".", MAX_LISTED);
    }

    private List<Person> search(String username, int limit) {
        List<Person> found = new ArrayList<>();
        jira.get("/rest/api/2/user/search?username=" + JiraRestJson.encode(username) + "&maxResults=" + limit)
                .ifPresent(array -> array.forEach(u -> found.add(this.people.get(u, JiraRestPeopleDirectory::toPerson))));
        return found.size() > limit ? found.subList(0, limit) : found;
    }

    static Person toPerson(JsonNode user) {
        JsonNode avatars = user.path("avatarUrls");
        String avatar = JiraRestJson.text(avatars, "48x48");
        return new Person(JiraRestJson.userKey(user), JiraRestJson.text(user, "name"), JiraRestJson.text(user, "displayName"),
                avatar == null ? "" : avatar, user.path("active").asBoolean(true));
    }
}
