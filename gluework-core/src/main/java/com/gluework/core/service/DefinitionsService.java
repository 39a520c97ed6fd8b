package com.gluework.core.service;

import com.gluework.core.error.AccessDeniedException;
import com.gluework.core.error.AuthenticationRequiredException;
import com.gluework.core.error.InvalidInputException;
import com.gluework.core.error.NotFoundException;
import com.gluework.core.model.Category;
import com.gluework.core.model.DefinitionChange;
import com.gluework.core.model.FieldError;
import com.gluework.core.model.GlueSettings;
import com.gluework.core.model.RubricDimension;
import com.gluework.core.model.Versioned;
import com.gluework.core.port.DefinitionsRepository;
import com.gluework.core.port.HostRoles;
import jakarta.inject.Inject;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What counts as glue, as an admin defines it: categories (add, edit, reorder, deactivate — never delete), the rubric
 * dimensions with what glue looks like at each level, and the settings (the report's hero threshold, the group of leads
 * who may see evidence packets).
 *
 * <p>Reading the definitions is open to every logged-in user (the panel explains them); changing them is for the host's
 * administrators ({@link HostRoles#isAdministrator}), except a project's own category set, which that project's
 * administrators may change too ({@link HostRoles#isProjectAdministrator}). Every change names the version it was based on and is refused
 * with 409 when someone else changed it since; input is checked field by field and refused with 400 naming the field.
 * Categories come in sets: the instance set, and the sets projects define for themselves (a team's own definitions); a
 * project without a set of its own uses the instance set. Keys are unique across all sets.
 * A category's key never changes and a category is never removed, so glue recorded under it keeps its category: a
 * rename shows the new name everywhere, a deactivated category is no longer offered for new glue but its glue stays
 * in every list, report and packet.
 */
public final class DefinitionsService {
    public static final int MAX_KEY = 32;
    public static final int MAX_NAME = 60;
    public static final int MAX_DEFINITION = 255;
    public static final int MAX_EXAMPLES = 1000;
    public static final int MAX_LEVEL = 1000;
    public static final int MAX_GROUP = 255;
    /** Lower-case letters, digits and dashes, starting with a letter: safe in URLs, CSS classes and CSV headers. */
    private static final Pattern KEY = Pattern.compile("[a-z][a-z0-9-]*");
    private static final Pattern PROJECT_KEY = Pattern.compile("[A-Za-z][A-Za-z0-9_]*");
    private static final int ORDER_STEP = 10;

    private final DefinitionsRepository definitions;
    private final HostRoles roles;
    private final Clock clock;

    @Inject
    public DefinitionsService(DefinitionsRepository definitions, HostRoles roles, Clock clock) {
        this.definitions = definitions;
        this.roles = roles;
        this.clock = clock;
    }

    /** Up or down one place in the display order. */
    public enum Direction { UP, DOWN }

    /** What an admin typed for a category; the key only counts when adding. */
    public record CategoryInput(String key, String name, String definition, String examples, String rubricDimension) {
    }

    /** What an admin typed for a rubric dimension. */
    public record DimensionInput(String name, String seniorIc, String staff, String manager) {
    }

    /**
     * Everything the admin page shows, each with the version an edit must name.
     *
     * @param categories the categories of the set asked for (a project's own set, possibly empty, or the instance set)
     */
    public record Definitions(Optional<String> projectKey, List<Versioned<Category>> categories,
                              List<Versioned<RubricDimension>> rubric, Versioned<GlueSettings> settings,
                              boolean canEditCategories) {
    }

    /**
     * @param projectKey a project whose own category set to list (empty when it has none); empty for the instance set
     * @throws AuthenticationRequiredException anonymous
     * @throws InvalidInputException           the project key is not one ({@code "projectKey"})
     */
    public Definitions definitions(Optional<String> actorKey, Optional<String> projectKey) {
        requireUser(actorKey);
        Optional<String> project = projectKeyOf(projectKey);
        return new Definitions(project, definitions.categories(project), definitions.rubric(), definitions.settings(),
                mayEditSet(actorKey.get(), project));
    }

    /** The instance set's definitions. */
    public Definitions definitions(Optional<String> actorKey) {
        return definitions(actorKey, Optional.empty());
    }

    /** The set the category belongs to, in display order. */
    public List<Versioned<Category>> setOf(Optional<String> actorKey, String categoryKey) {
        requireUser(actorKey);
        return definitions.categories(definitions.projectOf(categoryKey));
    }

    /** Whether the actor may change the definitions (the admin page shows its forms only then). */
    public boolean canAdminister(Optional<String> actorKey) {
        return actorKey.isPresent() && roles.isAdministrator(actorKey.get());
    }

    /** The settings as stored, for the hosts' own use (the report's threshold, the packet's lead group). */
    public GlueSettings settings() {
        return definitions.settings().value();
    }

    /** Adds a category to the instance set. */
    public Versioned<Category> addCategory(Optional<String> actorKey, CategoryInput input) {
        return addCategory(actorKey, Optional.empty(), input);
    }

    /**
     * Adds a category to a project's own set (its first one starts the set, and the project stops using the instance
     * set), or to the instance set.
     */
    public Versioned<Category> addCategory(Optional<String> actorKey, Optional<String> projectKey, CategoryInput input) {
        Optional<String> project = projectKeyOf(projectKey);
        String actor = requireSetEditor(actorKey, project);
        List<FieldError> errors = new ArrayList<>();
        String key = trimmed(input.key());
        if (key.isEmpty()) {
            errors.add(new FieldError("key", "Give the category a key (lower-case letters, digits and dashes)."));
        } else if (key.length() > MAX_KEY || !KEY.matcher(key).matches()) {
            errors.add(new FieldError("key", "A key is up to " + MAX_KEY
                    + " lower-case letters, digits and dashes, starting with a letter."));
        }
        checkCategoryFields(input, errors);
        throwIfAny(errors);
        int order = definitions.categories(project).stream().mapToInt(c -> c.value().order()).max().orElse(0) + ORDER_STEP;
        Category category = new Category(key, trimmed(input.name()), trimmed(input.definition()), trimmed(input.examples()),
                trimmed(input.rubricDimension()), true, order);
        return definitions.addCategory(category, project, change(actor, "added category " + key
                + project.map(p -> " to project " + p).orElse("")));
    }

    /**
     * New name, definition, examples and dimension for a category; its key, order and state stay.
     *
     * @throws NotFoundException no such category
     */
    public Versioned<Category> editCategory(Optional<String> actorKey, String key, int version, CategoryInput input) {
        String actor = requireSetEditor(actorKey, definitions.projectOf(key));
        Versioned<Category> stored = category(key);
        List<FieldError> errors = new ArrayList<>();
        checkCategoryFields(input, errors);
        throwIfAny(errors);
        Category c = stored.value();
        Category edited = new Category(c.key(), trimmed(input.name()), trimmed(input.definition()), trimmed(input.examples()),
                trimmed(input.rubricDimension()), c.active(), c.order());
        return definitions.updateCategories(List.of(new Versioned<>(edited, version)),
                change(actor, "edited category " + key)).get(0);
    }

    /** Deactivates (no longer offered for new glue) or reactivates a category; its recorded glue is untouched. */
    public Versioned<Category> setActive(Optional<String> actorKey, String key, int version, boolean active) {
        String actor = requireSetEditor(actorKey, definitions.projectOf(key));
        Category c = category(key).value();
        Category changed = new Category(c.key(), c.name(), c.definition(), c.examples(), c.rubricDimension(), active, c.order());
        return definitions.updateCategories(List.of(new Versioned<>(changed, version)),
                change(actor, (active ? "reactivated" : "deactivated") + " category " + key)).get(0);
    }

    /**
     * Swaps the category with its neighbour in the display order. Both rows are claimed in one transaction, so a
     * concurrent change to either refuses the move (409). Moving the first up or the last down changes nothing.
     */
    public List<Versioned<Category>> move(Optional<String> actorKey, String key, int version, Direction direction) {
        String actor = requireSetEditor(actorKey, definitions.projectOf(key));
        List<Versioned<Category>> all = definitions.categories(definitions.projectOf(key));
        int at = indexOf(all, key);
        int other = direction == Direction.UP ? at - 1 : at + 1;
        if (other < 0 || other >= all.size()) {
            return all;
        }
        Category moving = all.get(at).value();
        Category neighbour = all.get(other).value();
        int movingOrder = neighbour.order();
        int neighbourOrder = moving.order() == neighbour.order()
                ? moving.order() + (direction == Direction.UP ? 1 : -1) : moving.order();
        definitions.updateCategories(List.of(
                new Versioned<>(withOrder(moving, movingOrder), version),
                new Versioned<>(withOrder(neighbour, neighbourOrder), all.get(other).version())),
                change(actor, "moved category " + key + " " + direction.name().toLowerCase(java.util.Locale.ROOT)));
        return definitions.categories(definitions.projectOf(key));
    }

    public Versioned<RubricDimension> addDimension(Optional<String> actorKey, DimensionInput input) {
        String actor = requireAdmin(actorKey);
        List<FieldError> errors = new ArrayList<>();
        checkDimensionFields(input, errors);
        throwIfAny(errors);
        int order = definitions.rubric().stream().mapToInt(d -> d.value().order()).max().orElse(0) + ORDER_STEP;
        RubricDimension dimension = new RubricDimension(trimmed(input.name()), trimmed(input.seniorIc()),
                trimmed(input.staff()), trimmed(input.manager()), order);
        return definitions.addDimension(dimension, change(actor, "added rubric dimension " + dimension.name()));
    }

    /**
     * New name and level descriptions for a dimension; a new name moves its categories along with it.
     *
     * @throws NotFoundException no dimension has that name
     */
    public Versioned<RubricDimension> editDimension(Optional<String> actorKey, String currentName, int version,
                                                    DimensionInput input) {
        String actor = requireAdmin(actorKey);
        RubricDimension stored = definitions.rubric().stream().map(Versioned::value)
                .filter(d -> d.name().equals(currentName)).findFirst()
                .orElseThrow(() -> new NotFoundException("name", "There is no rubric dimension " + currentName + "."));
        List<FieldError> errors = new ArrayList<>();
        checkDimensionFields(input, errors);
        throwIfAny(errors);
        RubricDimension edited = new RubricDimension(trimmed(input.name()), trimmed(input.seniorIc()), trimmed(input.staff()),
                trimmed(input.manager()), stored.order());
        return definitions.updateDimension(currentName, new Versioned<>(edited, version),
                change(actor, "edited rubric dimension " + currentName));
    }

    /**
     * @param heroThresholdPercent 1 to 100; {@code null} is refused naming the field
     */
    public Versioned<GlueSettings> editSettings(Optional<String> actorKey, int version, Integer heroThresholdPercent,
                                                String leadGroup) {
        String actor = requireAdmin(actorKey);
        List<FieldError> errors = new ArrayList<>();
        if (heroThresholdPercent == null || heroThresholdPercent < 1 || heroThresholdPercent > 100) {
            errors.add(new FieldError("heroThresholdPercent", "Give the hero threshold as a whole percentage from 1 to 100."));
        }
        String group = trimmed(leadGroup);
        if (group.length() > MAX_GROUP) {
            errors.add(new FieldError("leadGroup", "A group name is at most " + MAX_GROUP + " characters."));
        } else if (hasLineBreak(group)) {
            errors.add(new FieldError("leadGroup", "A group name is one line."));
        }
        throwIfAny(errors);
        GlueSettings settings = new GlueSettings(heroThresholdPercent, group);
        return definitions.updateSettings(new Versioned<>(settings, version), change(actor,
                "settings: hero threshold " + heroThresholdPercent + "%, lead group \"" + group + "\""));
    }

    private void checkCategoryFields(CategoryInput input, List<FieldError> errors) {
        checkRequiredLine("name", input.name(), MAX_NAME, "name", errors);
        checkRequiredLine("definition", input.definition(), MAX_DEFINITION, "one-line definition", errors);
        if (trimmed(input.examples()).length() > MAX_EXAMPLES) {
            errors.add(new FieldError("examples", "Examples are at most " + MAX_EXAMPLES + " characters."));
        }
        String dimension = trimmed(input.rubricDimension());
        if (dimension.isEmpty()) {
            errors.add(new FieldError("rubricDimension", "Choose the rubric dimension this glue is evidence for."));
        } else if (definitions.rubric().stream().noneMatch(d -> d.value().name().equals(dimension))) {
            errors.add(new FieldError("rubricDimension", "There is no rubric dimension \"" + dimension + "\"."));
        }
    }

    private void checkDimensionFields(DimensionInput input, List<FieldError> errors) {
        checkRequiredLine("name", input.name(), MAX_NAME, "name", errors);
        checkLevel("seniorIc", input.seniorIc(), errors);
        checkLevel("staff", input.staff(), errors);
        checkLevel("manager", input.manager(), errors);
    }

    private static void checkLevel(String field, String text, List<FieldError> errors) {
        if (trimmed(text).length() > MAX_LEVEL) {
            errors.add(new FieldError(field, "A level description is at most " + MAX_LEVEL + " characters."));
        }
    }

    private static void checkRequiredLine(String field, String text, int max, String what, List<FieldError> errors) {
        String value = trimmed(text);
        if (value.isEmpty()) {
            errors.add(new FieldError(field, "Give the " + what + "."));
        } else if (value.length() > max) {
            errors.add(new FieldError(field, "The " + what + " is at most " + max + " characters."));
        } else if (hasLineBreak(value)) {
            errors.add(new FieldError(field, "The " + what + " is one line."));
        }
    }

    private static boolean hasLineBreak(String value) {
        return value.indexOf('\n') >= 0 || value.indexOf('\r') >= 0;
    }

    private Versioned<Category> category(String key) {
        List<Versioned<Category>> all = definitions.categories(definitions.projectOf(key));
        return all.get(indexOf(all, key));
    }

    private static int indexOf(List<Versioned<Category>> all, String key) {
        for (int i = 0; i < all.size(); i++) {
            if (all.get(i).value().key().equals(key)) {
                return i;
            }
        }
        throw new NotFoundException("key", "There is no category " + key + ".");
    }

    /** A project key as Jira writes them (letters first, then letters, digits or underscores); empty stays empty. */
    private static Optional<String> projectKeyOf(Optional<String> projectKey) {
        Optional<String> key = projectKey.map(String::strip).filter(k -> !k.isEmpty());
        if (key.isPresent() && (key.get().length() > MAX_KEY || !PROJECT_KEY.matcher(key.get()).matches())) {
            throw new InvalidInputException("projectKey", "A project key is letters, digits and underscores, like GW.");
        }
        return key;
    }

    private static Category withOrder(Category c, int order) {
        return new Category(c.key(), c.name(), c.definition(), c.examples(), c.rubricDimension(), c.active(), order);
    }

    private DefinitionChange change(String actor, String detail) {
        return new DefinitionChange(actor, clock.instant(), detail);
    }

    private static String requireUser(Optional<String> actorKey) {
        return actorKey.orElseThrow(() -> new AuthenticationRequiredException("user", "Log in to see the glue definitions."));
    }

    private String requireAdmin(Optional<String> actorKey) {
        String actor = actorKey.orElseThrow(() ->
                new AuthenticationRequiredException("user", "Log in as an administrator to change the glue definitions."));
        if (!roles.isAdministrator(actor)) {
            throw new AccessDeniedException("user", "Only administrators may change the glue definitions.");
        }
        return actor;
    }

    /** An administrator, or for a project's own set also that project's administrators. */
    private boolean mayEditSet(String actor, Optional<String> project) {
        return roles.isAdministrator(actor) || project.map(p -> roles.isProjectAdministrator(actor, p)).orElse(false);
    }

    private String requireSetEditor(Optional<String> actorKey, Optional<String> project) {
        String actor = actorKey.orElseThrow(() ->
                new AuthenticationRequiredException("user", "Log in as an administrator to change the glue definitions."));
        if (!mayEditSet(actor, project)) {
            throw new AccessDeniedException("user", project.isPresent()
                    ? "Only administrators and the administrators of project " + project.get() + " may change its categories."
                    : "Only administrators may change the glue definitions.");
        }
        return actor;
    }

    private static void throwIfAny(List<FieldError> errors) {
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }

    private static String trimmed(String text) {
        return text == null ? "" : text.strip();
    }
}
