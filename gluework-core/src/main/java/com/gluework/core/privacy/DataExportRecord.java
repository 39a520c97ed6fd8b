package com.gluework.core.privacy;

import java.time.Instant;
import java.util.Objects;

/** The audit line of one personal data export made by someone other than the person (an administrator). */
public record DataExportRecord(String exporterKey, String personKey, Instant exportedAt) {
    public DataExportRecord {
        Objects.requireNonNull(exporterKey, "exporterKey");
        Objects.requireNonNull(personKey, "personKey");
        Objects.requireNonNull(exportedAt, "exportedAt");
    }
}
