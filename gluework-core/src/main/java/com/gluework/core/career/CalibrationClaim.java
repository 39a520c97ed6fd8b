package com.gluework.core.career;

import java.util.List;
import java.util.Objects;

/**
 * One sentence of a calibration draft, as data: what it says ({@link Kind}) and the contributions it rests on. The host
 * words it in the user's language; the claim decides what may be said.
 *
 * @param dimension the rubric dimension a {@link Kind#DIMENSION} claim is about; empty for the others
 * @param items     the contributions the sentence names or counts — its sources, in the order it names them
 */
public record CalibrationClaim(Kind kind, String dimension, List<EvidenceItem> items) {
    public enum Kind {
        /** Nothing recorded for the period: the draft says so and nothing else. */
        NOTHING_RECORDED,
        /** How much glue the period holds and how much of it is established. */
        OVERVIEW,
        /** The established contributions under one dimension, stated as fact. */
        DIMENSION,
        /** Glue exists, but none of it is established yet: ask for corroboration before calibrating. */
        NOTHING_ESTABLISHED,
        /** Self-reported glue, counted and named as not stated, so the draft never hides that it exists. */
        SELF_REPORTED_NOT_STATED
    }

    public CalibrationClaim {
        Objects.requireNonNull(kind, "kind");
        dimension = dimension == null ? "" : dimension;
        items = List.copyOf(items);
    }

    public List<Long> sourceIds() {
        return items.stream().map(EvidenceItem::contributionId).toList();
    }

    /** How many of its sources a peer corroborated or a link backs. */
    public long established() {
        return items.stream().filter(i -> i.strength().statableAsFact()).count();
    }
}
