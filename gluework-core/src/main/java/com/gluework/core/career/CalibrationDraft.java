package com.gluework.core.career;

import java.util.List;
import java.util.Objects;

/** The calibration paragraph for one packet, sentence by sentence, each traceable to its contributions. */
public record CalibrationDraft(EvidencePacket packet, List<CalibrationClaim> claims) {
    public CalibrationDraft {
        Objects.requireNonNull(packet, "packet");
        claims = List.copyOf(claims);
    }
}
