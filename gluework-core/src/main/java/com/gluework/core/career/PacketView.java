package com.gluework.core.career;

import java.time.Instant;
import java.util.Objects;

/** Someone other than the person opened the person's evidence packet: a line of the audit log the person can read. */
public record PacketView(String viewerKey, String personKey, ReviewPeriod period, Instant viewedAt) {
    public PacketView {
        Objects.requireNonNull(viewerKey, "viewerKey");
        Objects.requireNonNull(personKey, "personKey");
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(viewedAt, "viewedAt");
    }
}
