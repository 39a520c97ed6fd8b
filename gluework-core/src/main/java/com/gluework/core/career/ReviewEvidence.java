package com.gluework.core.career;

import com.gluework.core.model.Person;

import java.util.Map;
import java.util.Objects;

/**
 * A packet as one viewer may see it, with its calibration draft and everyone it names.
 *
 * @param people the person, beneficiaries and corroborators, by key, as the directory knows them
 */
public record ReviewEvidence(EvidencePacket packet, CalibrationDraft draft, Map<String, Person> people) {
    public ReviewEvidence {
        Objects.requireNonNull(packet, "packet");
        Objects.requireNonNull(draft, "draft");
        people = Map.copyOf(people);
    }
}
