package com.gluework.jira.adapter;

import com.atlassian.jira.bc.user.search.UserSearchParams;
import com.atlassian.jira.bc.user.search.UserSearchService;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.user.util.UserManager;
import com.gluework.core.model.Person;
import com.gluework.core.port.PeopleDirectory;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Jira's users, by user key, and Jira's own user-picker search. Avatar URLs are left empty: they need Jira's
 * {@code AvatarService}, which is not part of the stand-ins (the panel shows names only).
 */
public final class JiraPeopleDirectory implements PeopleDirectory {
    private final UserManager userManager;
    private final UserSearchService userSearch;

    public JiraPeopleDirectory(UserManager userManager, UserSearchService userSearch) {
        this.userManager = userManager;
        this.userSearch = userSearch;
    }

    @Override
    public Optional<Person> findPerson(String userKey) {
        return Optional.ofNullable(userKey).map(userManager::getUserByKey).map(JiraPeopleDirectory::toPerson);
    }

    @Override
    public Map<String, Person> findPeople(Collection<String> userKeys) {
        Map<String, Person> found = new LinkedHashMap<>();
        for (String key : new LinkedHashSet<>(userKeys)) {
            findPerson(key).ifPresent(person -> found.put(key, person));
        }
        return found;
    }

    /**
     * Jira's user-picker search (name, username; active users only), at most {@code limit}, which Jira applies itself
     * ({@code maxResults}) so that a blank query, which the port defines as "everyone", never lists a whole directory.
     */
    @Override
    public List<Person> searchPeople(String query, int limit) {
        if (limit <= 0) {
            return List.of();
        }
        String text = query == null ? "" : query.strip();
        UserSearchParams params = UserSearchParams.builder()
                .allowEmptyQuery(true).includeActive(true).includeInactive(false).maxResults(limit).build();
        return userSearch.findUsers(text, params).stream()
                .limit(limit)
                .map(JiraPeopleDirectory::toPerson)
                .toList();
    }

    private static Person toPerson(ApplicationUser user) {
        return new Person(user.getKey(), user.getUsername(), user.getDisplayName(), "", user.isActive());
    }
}
