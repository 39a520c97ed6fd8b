package com.gluework.core.model;

/** What happened to a contribution in one entry of its change history. */
public enum ChangeKind {
    CREATED, EDITED, RETIRED, RESTORED, CORROBORATED, CORROBORATION_WITHDRAWN;

    /** Changes that produce a new version of the contribution itself; corroborations do not, so they never make an edit stale. */
    public boolean changesVersion() {
        return this == CREATED || this == EDITED || this == RETIRED || this == RESTORED;
    }
}
