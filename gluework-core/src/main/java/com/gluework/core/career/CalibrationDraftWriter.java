package com.gluework.core.career;

import java.util.ArrayList;
import java.util.List;

/**
 * Builds a calibration draft from a packet alone, deterministically: the same packet always gives the same claims.
 * Only established glue (corroborated, or backed by a link) is stated as fact, at most
 * {@link #NAMED_PER_DIMENSION} contributions per dimension so the paragraph stays readable in a calibration meeting;
 * self-reported glue is counted, never asserted.
 */
public final class CalibrationDraftWriter {
    public static final int NAMED_PER_DIMENSION = 3;

    public CalibrationDraft draft(EvidencePacket packet) {
        List<EvidenceItem> all = packet.items();
        List<CalibrationClaim> claims = new ArrayList<>();
        if (all.isEmpty()) {
            claims.add(new CalibrationClaim(CalibrationClaim.Kind.NOTHING_RECORDED, "", List.of()));
            return new CalibrationDraft(packet, claims);
        }
        claims.add(new CalibrationClaim(CalibrationClaim.Kind.OVERVIEW, "", all));
        for (RubricDimensionEvidence dimension : packet.dimensions()) {
            List<EvidenceItem> named = dimension.established().stream().limit(NAMED_PER_DIMENSION).toList();
            if (!named.isEmpty()) {
                claims.add(new CalibrationClaim(CalibrationClaim.Kind.DIMENSION, dimension.dimension(), named));
            }
        }
        List<EvidenceItem> selfReported = packet.selfReported();
        if (selfReported.size() == all.size()) {
            claims.add(new CalibrationClaim(CalibrationClaim.Kind.NOTHING_ESTABLISHED, "", all));
        } else if (!selfReported.isEmpty()) {
            claims.add(new CalibrationClaim(CalibrationClaim.Kind.SELF_REPORTED_NOT_STATED, "", selfReported));
        }
        return new CalibrationDraft(packet, claims);
    }
}
