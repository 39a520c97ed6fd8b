package com.gluework.web.view;

import java.util.Objects;

/**
 * A category in the "Record glue" picker, with the one-line definition that says what counts, and the examples the
 * panel's "What counts as glue?" section lists.
 */
public final class CategoryOptionView {
    private final String key;
    private final String name;
    private final String definition;
    private final String examples;

    public CategoryOptionView(String key, String name, String definition, String examples) {
        this.key = Objects.requireNonNull(key, "key");
        this.name = Objects.requireNonNull(name, "name");
        this.definition = Objects.requireNonNull(definition, "definition");
        this.examples = Objects.requireNonNull(examples, "examples");
    }

    public String getKey() {
        return key;
    }

    public String getName() {
        return name;
    }

    public String getDefinition() {
        return definition;
    }

    /** Free text an admin wrote, e.g. "rewrote a vague story into testable acceptance criteria"; may be empty. */
    public String getExamples() {
        return examples;
    }
}
