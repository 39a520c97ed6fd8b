package com.gluework.web.view;

/**
 * One field's value before and after a change, as a person reads it: category and people by name, links one per
 * line, an empty string for "no value". The template words the field name.
 */
public final class FieldChangeView {
    private final String field;
    private final String before;
    private final String after;

    FieldChangeView(String field, String before, String after) {
        this.field = field;
        this.before = before;
        this.after = after;
    }

    /** A {@link com.gluework.core.model.FieldChange} field name, e.g. {@code summary}. */
    public String getField() {
        return field;
    }

    public String getBefore() {
        return before;
    }

    public String getAfter() {
        return after;
    }
}
