package com.gluework.core.model;

import java.util.Objects;

/**
 * One field's value before and after a change, as text a person can read. An empty string means "no value".
 * <p>
 * Values that name something are stored by key, never by name, so renames and GDPR anonymisation touch no history:
 * {@link #CATEGORY} holds a category key, {@link #CONTRIBUTOR} and {@link #CORROBORATOR} a user key, and
 * {@link #BENEFICIARIES} user keys joined by {@link #LIST_SEPARATOR}; a view resolves them to names when it renders.
 * {@link #EVIDENCE_LINKS} holds one URL per line, {@link #OCCURRED_ON} an ISO date ({@code 2026-11-25}) and
 * {@link #STATE} a {@link ContributionState} name.
 */
public record FieldChange(String field, String before, String after) {
    public static final String CATEGORY = "category";
    public static final String CONTRIBUTOR = "contributor";
    public static final String OCCURRED_ON = "occurredOn";
    public static final String SUMMARY = "summary";
    public static final String IMPACT = "impact";
    public static final String BENEFICIARIES = "beneficiaries";
    public static final String EVIDENCE_LINKS = "evidenceLinks";
    public static final String STATE = "state";
    /** A corroboration's note. */
    public static final String NOTE = "note";
    /**
     * Whose corroboration an edit withdrew (a user key, before; empty after): named because that history entry is
     * attributed to the editor, not to the corroborator.
     */
    public static final String CORROBORATOR = "corroborator";
    public static final String LIST_SEPARATOR = ", ";
    public static final String LINK_SEPARATOR = "\n";

    public FieldChange {
        Objects.requireNonNull(field, "field");
        before = before == null ? "" : before;
        after = after == null ? "" : after;
    }
}
