package com.gluework.web.view;

import com.gluework.core.model.ChangeKind;
import com.gluework.core.model.FieldChange;

import java.util.List;

/** One entry of a contribution's history: who did what, when, and each field's value before and after. */
public final class ChangeEntryView {
    private final String actorKey;
    private final String actorName;
    private final String at;
    private final String atLabel;
    private final String kind;
    private final List<FieldChangeView> fieldChanges;
    private final boolean corroborationWithdrawnByEdit;

    ChangeEntryView(String actorKey, String actorName, String at, String atLabel, String kind,
                    List<FieldChangeView> fieldChanges) {
        this.actorKey = actorKey;
        this.actorName = actorName;
        this.at = at;
        this.atLabel = atLabel;
        this.kind = kind;
        this.fieldChanges = List.copyOf(fieldChanges);
        this.corroborationWithdrawnByEdit = kind.equals(ChangeKind.CORROBORATION_WITHDRAWN.name())
                && fieldChanges.stream().anyMatch(f -> f.getField().equals(FieldChange.CORROBORATOR));
    }

    /**
     * The user key of who made the change (for corroborations: the corroborator, except when an edit withdrew one:
     * then the editor, see {@link #isCorroborationWithdrawnByEdit()}).
     */
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

    /**
     * Did an edit of the contributor or summary withdraw someone else's corroboration? The actor is then the editor,
     * and the {@code corroborator} field names whose corroboration it was.
     */
    public boolean isCorroborationWithdrawnByEdit() {
        return corroborationWithdrawnByEdit;
    }
}
