package com.gluework.preview.demo;

import com.gluework.core.model.NewContribution;

import java.time.Instant;
import java.util.List;

/** A demo contribution and the peers who corroborated it, ready to be stored through the repository port. */
public record SeedContribution(NewContribution contribution, List<SeedCorroboration> corroborations) {
    public SeedContribution {
        corroborations = List.copyOf(corroborations);
    }

    /** One peer's "+1, I saw that". */
    public record SeedCorroboration(String corroboratorKey, String note, Instant at) {
    }
}
