package com.gluework.core.testing;

import com.gluework.core.error.ConflictException;
import com.gluework.core.error.NotFoundException;
import com.gluework.core.model.Category;
import com.gluework.core.model.DefaultCategories;
import com.gluework.core.model.DefaultRubric;
import com.gluework.core.model.DefinitionChange;
import com.gluework.core.model.GlueSettings;
import com.gluework.core.model.RubricDimension;
import com.gluework.core.model.Versioned;
import com.gluework.core.port.CategoryRepository;
import com.gluework.core.port.DefinitionsRepository;
import com.gluework.core.port.HostRoles;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The definitions in memory, starting as a new installation's upgrade task leaves them, with the same version rules as
 * the AO store; also the {@link CategoryRepository} over the same categories, and a {@link HostRoles} whose admins and
 * group members the test names. Single-threaded tests only (the AO contract covers races).
 */
public final class InMemoryDefinitionsRepository implements DefinitionsRepository, CategoryRepository, HostRoles {
    private final List<Versioned<Category>> categories = new ArrayList<>();
    /** Category key → the project whose own set it is in; absent: the instance set. */
    private final java.util.Map<String, String> projectByKey = new java.util.HashMap<>();
    private final List<Versioned<RubricDimension>> rubric = new ArrayList<>();
    private Versioned<GlueSettings> settings = new Versioned<>(GlueSettings.DEFAULTS, 1);
    private final Set<String> admins = new HashSet<>();
    private final Set<String> groupMembers = new HashSet<>();
    public final List<DefinitionChange> changes = new ArrayList<>();

    public InMemoryDefinitionsRepository() {
        DefaultCategories.all().forEach(c -> categories.add(new Versioned<>(c, 1)));
        DefaultRubric.all().forEach(d -> rubric.add(new Versioned<>(d, 1)));
    }

    public InMemoryDefinitionsRepository withAdmin(String userKey) {
        admins.add(userKey);
        return this;
    }

    /** {@code userKey} is in the group named {@code group}. */
    public InMemoryDefinitionsRepository withGroupMember(String group, String userKey) {
        groupMembers.add(group + "\n" + userKey);
        return this;
    }

    @Override
    public boolean isAdministrator(String actorKey) {
        return admins.contains(actorKey);
    }

    /** {@code userKey} administers the project {@code projectKey}. */
    public InMemoryDefinitionsRepository withProjectAdmin(String projectKey, String userKey) {
        groupMembers.add("project:" + projectKey + "\n" + userKey);
        return this;
    }

    @Override
    public boolean isProjectAdministrator(String actorKey, String projectKey) {
        return groupMembers.contains("project:" + projectKey + "\n" + actorKey);
    }

    @Override
    public boolean isInGroup(String actorKey, String groupName) {
        return groupMembers.contains(groupName + "\n" + actorKey);
    }

    @Override
    public List<Category> findAll() {
        return sorted(categories).stream().map(Versioned::value).toList();
    }

    @Override
    public List<Category> findApplicable(String projectKey) {
        List<Versioned<Category>> own = categories(Optional.ofNullable(projectKey));
        return (own.isEmpty() || projectKey == null ? categories(Optional.empty()) : own).stream().map(Versioned::value).toList();
    }

    @Override
    public Optional<Category> findByKey(String key) {
        return findAll().stream().filter(c -> c.key().equals(key)).findFirst();
    }

    @Override
    public List<Versioned<Category>> categories(Optional<String> projectKey) {
        return sorted(categories.stream().filter(c -> Optional.ofNullable(projectByKey.get(c.value().key())).equals(projectKey)).toList());
    }

    @Override
    public Optional<String> projectOf(String categoryKey) {
        indexOf(categoryKey);
        return Optional.ofNullable(projectByKey.get(categoryKey));
    }

    private static List<Versioned<Category>> sorted(List<Versioned<Category>> categories) {
        return categories.stream().sorted(Comparator.comparingInt((Versioned<Category> c) -> c.value().order())
                .thenComparing(c -> c.value().key())).toList();
    }

    @Override
    public Versioned<Category> addCategory(Category category, Optional<String> projectKey, DefinitionChange change) {
        if (findByKey(category.key()).isPresent()) {
            throw new ConflictException("key", "exists");
        }
        projectKey.ifPresent(p -> projectByKey.put(category.key(), p));
        Versioned<Category> added = new Versioned<>(category, 1);
        categories.add(added);
        changes.add(change);
        return added;
    }

    @Override
    public List<Versioned<Category>> updateCategories(List<Versioned<Category>> updates, DefinitionChange change) {
        for (Versioned<Category> update : updates) {
            int at = indexOf(update.value().key());
            if (categories.get(at).version() != update.version()) {
                throw new ConflictException("version", "stale");
            }
        }
        List<Versioned<Category>> stored = new ArrayList<>();
        for (Versioned<Category> update : updates) {
            int at = indexOf(update.value().key());
            Versioned<Category> next = new Versioned<>(update.value(), update.version() + 1);
            categories.set(at, next);
            stored.add(next);
        }
        changes.add(change);
        return stored;
    }

    @Override
    public List<Versioned<RubricDimension>> rubric() {
        return rubric.stream().sorted(Comparator.comparingInt(d -> d.value().order())).toList();
    }

    @Override
    public Versioned<RubricDimension> addDimension(RubricDimension dimension, DefinitionChange change) {
        if (rubric.stream().anyMatch(d -> d.value().name().equals(dimension.name()))) {
            throw new ConflictException("name", "exists");
        }
        Versioned<RubricDimension> added = new Versioned<>(dimension, 1);
        rubric.add(added);
        changes.add(change);
        return added;
    }

    @Override
    public Versioned<RubricDimension> updateDimension(String currentName, Versioned<RubricDimension> update,
                                                      DefinitionChange change) {
        int at = -1;
        for (int i = 0; i < rubric.size(); i++) {
            if (rubric.get(i).value().name().equals(currentName)) {
                at = i;
            }
        }
        if (at < 0) {
            throw new NotFoundException("name", "none");
        }
        if (rubric.get(at).version() != update.version()) {
            throw new ConflictException("version", "stale");
        }
        String newName = update.value().name();
        if (!newName.equals(currentName) && rubric.stream().anyMatch(d -> d.value().name().equals(newName))) {
            throw new ConflictException("name", "taken");
        }
        for (int i = 0; i < categories.size(); i++) {
            Category c = categories.get(i).value();
            if (c.rubricDimension().equals(currentName) && !newName.equals(currentName)) {
                categories.set(i, new Versioned<>(new Category(c.key(), c.name(), c.definition(), c.examples(), newName,
                        c.active(), c.order()), categories.get(i).version() + 1));
            }
        }
        Versioned<RubricDimension> next = new Versioned<>(update.value(), update.version() + 1);
        rubric.set(at, next);
        changes.add(change);
        return next;
    }

    @Override
    public Versioned<GlueSettings> settings() {
        return settings;
    }

    @Override
    public Versioned<GlueSettings> updateSettings(Versioned<GlueSettings> update, DefinitionChange change) {
        if (settings.version() != update.version()) {
            throw new ConflictException("version", "stale");
        }
        settings = new Versioned<>(update.value(), update.version() + 1);
        changes.add(change);
        return settings;
    }

    private int indexOf(String key) {
        for (int i = 0; i < categories.size(); i++) {
            if (categories.get(i).value().key().equals(key)) {
                return i;
            }
        }
        throw new NotFoundException("key", "none");
    }
}
