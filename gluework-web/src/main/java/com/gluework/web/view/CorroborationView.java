package com.gluework.web.view;

import java.util.Objects;

/** One peer's corroboration as the panel lists it on hover or focus: who, and what they said (may be empty). */
public final class CorroborationView {
    private final String name;
    private final String note;

    CorroborationView(String name, String note) {
        this.name = Objects.requireNonNull(name, "name");
        this.note = Objects.requireNonNull(note, "note");
    }

    public String getName() {
        return name;
    }

    public String getNote() {
        return note;
    }
}
