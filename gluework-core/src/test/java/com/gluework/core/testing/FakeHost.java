package com.gluework.core.testing;

import com.gluework.core.model.IssueRef;
import com.gluework.core.model.Person;
import com.gluework.core.port.AccessPolicy;
import com.gluework.core.port.IssueSource;
import com.gluework.core.port.PeopleDirectory;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A tiny host for unit tests: issues, people, who may browse which project and who administers it.
 * By default every known person may browse every project.
 */
public final class FakeHost implements IssueSource, PeopleDirectory, AccessPolicy {
    private final Map<String, IssueRef> issuesByKey = new LinkedHashMap<>();
    private final Map<String, Person> people = new LinkedHashMap<>();
    private final Map<String, Set<String>> hiddenProjectsByUser = new HashMap<>();
    private final Set<String> projectAdmins = new HashSet<>();

    public FakeHost withIssue(IssueRef issue) {
        issuesByKey.put(issue.key(), issue);
        return this;
    }

    public FakeHost withIssue(long id, String key) {
        String project = key.substring(0, key.indexOf('-'));
        issuesByKey.put(key, new IssueRef(id, key, project.hashCode(), project, "Summary of " + key));
        return this;
    }

    public FakeHost withPerson(String key, String displayName) {
        people.put(key, new Person(key, key, displayName, "", true));
        return this;
    }

    /** Someone the host knows but has deactivated (left the company, say). */
    public FakeHost withInactivePerson(String key, String displayName) {
        people.put(key, new Person(key, key, displayName, "", false));
        return this;
    }

    public FakeHost hidingProjectFrom(String userKey, String projectKey) {
        hiddenProjectsByUser.computeIfAbsent(userKey, k -> new HashSet<>()).add(projectKey);
        return this;
    }

    public FakeHost withProjectAdmin(String userKey) {
        projectAdmins.add(userKey);
        return this;
    }

    public IssueRef issue(String key) {
        return issuesByKey.get(key);
    }

    @Override
    public Optional<IssueRef> findIssue(String issueKey) {
        return issueKey == null ? Optional.empty() : Optional.ofNullable(issuesByKey.get(issueKey));
    }

    @Override
    public Optional<IssueRef> findIssueById(long issueId) {
        return issuesByKey.values().stream().filter(i -> i.id() == issueId).findFirst();
    }

    @Override
    public Optional<Person> findPerson(String userKey) {
        return Optional.ofNullable(people.get(userKey));
    }

    @Override
    public Map<String, Person> findPeople(Collection<String> userKeys) {
        Map<String, Person> found = new LinkedHashMap<>();
        userKeys.forEach(k -> findPerson(k).ifPresent(p -> found.put(k, p)));
        return found;
    }

    @Override
    public List<Person> searchPeople(String query, int limit) {
        if (limit <= 0) {
            return List.of();
        }
        String q = query == null ? "" : query.strip().toLowerCase(Locale.ROOT);
        return people.values().stream()
                .filter(p -> p.displayName().toLowerCase(Locale.ROOT).contains(q) || p.username().toLowerCase(Locale.ROOT).contains(q))
                .limit(limit).toList();
    }

    @Override
    public boolean canBrowse(Optional<String> actorKey, IssueRef issue) {
        return actorKey.map(a -> people.containsKey(a) && !hiddenProjectsByUser.getOrDefault(a, Set.of()).contains(issue.projectKey()))
                .orElse(false);
    }

    @Override
    public boolean canAdministerProject(String actorKey, IssueRef issue) {
        return projectAdmins.contains(actorKey);
    }
}
