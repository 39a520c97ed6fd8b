package com.gluework.web.view;

import java.util.Objects;

/** A person offered in the "who did it" picker. */
public final class PersonView {
    private final String key;
    private final String displayName;

    public PersonView(String key, String displayName) {
        this.key = Objects.requireNonNull(key, "key");
        this.displayName = Objects.requireNonNull(displayName, "displayName");
    }

    public String getKey() {
        return key;
    }

    public String getDisplayName() {
        return displayName;
    }
}
