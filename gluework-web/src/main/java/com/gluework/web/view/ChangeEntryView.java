package com.gluework.web.view;

import java.util.List;

/** One entry of a contribution's history: who did what, when, and each field's value before and after. */
public final class ChangeEntryView {
    private final String actorKey;
    private final String actorName;
    private final String at;
    private final String atLabel;
    private final String kind;
    private final List<FieldChangeView> fieldChanges;

    ChangeEntryView(String actorKey, String actorName, String at, String atLabel, String kind,
                    List<FieldChangeView> fieldChanges) {
        this.actorKey = actorKey;
        this.actorName = actorName;
        this.at = at;
        this.atLabel = atLabel;
        this.kind = kind;
        this.fieldChanges = List.copyOf(fieldChanges);
    }

    /** The user key of who made the change (for corroborations: the corroborator). */
    public String getActorKey() {
        return actorKey;
    }

    public String getActorName() {
        return actorName;
    }

    /** ISO-8601 instant, for a {@code <time datetime>} element and the JSON API. */
    public String getAt() {
        return at;
    }

    /** The same instant for people: {@code 2026-11-25 10:15}, in the server's time zone. */
    public String getAtLabel() {
        return atLabel;
    }

    /** A {@link com.gluework.core.model.ChangeKind} name, e.g. {@code EDITED}; the template words it. */
    public String getKind() {
        return kind;
    }

    public List<FieldChangeView> getFieldChanges() {
        return fieldChanges;
    }
}
