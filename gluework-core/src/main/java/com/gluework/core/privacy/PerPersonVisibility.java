package com.gluework.core.privacy;

/** Who may see a project's per-person figures in the sprint report (person × category matrix, shares, hero alert). */
public enum PerPersonVisibility {
    /** Everyone who can browse the project: the default, and how the report always worked. */
    EVERYONE,
    /** Project administrators (the project's leads) only; everyone else sees team-level figures. */
    PROJECT_ADMINS
}
