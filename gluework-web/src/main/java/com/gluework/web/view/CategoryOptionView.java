package com.gluework.web.view;

import java.util.Objects;

/** A category in the "Record glue" picker, with the one-line definition that says what counts. */
public final class CategoryOptionView {
    private final String key;
    private final String name;
    private final String definition;

    public CategoryOptionView(String key, String name, String definition) {
        this.key = Objects.requireNonNull(key, "key");
        this.name = Objects.requireNonNull(name, "name");
        this.definition = Objects.requireNonNull(definition, "definition");
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
}
