package com.gluework.jira.adapter;

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
 * Jira's users, by user key. Avatar URLs are left empty: they need Jira's {@code AvatarService}, which is not part of
 * this stand-ins (the panel shows names only).
 */
public final class JiraPeopleDirectory implements PeopleDirectory {
    private final UserManager userManager;

    public JiraPeopleDirectory(UserManager userManager) {
        this.userManager = userManager;
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
     * Only an exact user name or user key match for now. Substring search needs Jira's {@code UserSearchService},
     * which arrives with the people picker issue; nothing in this issue calls this method on Jira.
     */
    @Override
    public List<Person> searchPeople(String query, int limit) {
        if (query == null || query.isBlank() || limit <= 0) {
            return List.of();
        }
        String trimmed = query.strip();
        ApplicationUser user = userManager.getUserByName(trimmed);
        if (user == null) {
            user = userManager.getUserByKey(trimmed);
        }
        return user == null ? List.of() : List.of(toPerson(user));
    }

    private static Person toPerson(ApplicationUser user) {
        return new Person(user.getKey(), user.getUsername(), user.getDisplayName(), "", user.isActive());
    }
}
