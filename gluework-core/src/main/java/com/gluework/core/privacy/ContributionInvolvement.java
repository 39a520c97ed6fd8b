package com.gluework.core.privacy;

import com.gluework.core.model.Contribution;

import java.util.Objects;
import java.util.Set;

/** A contribution that names a person, and in which roles. */
public record ContributionInvolvement(Contribution contribution, Set<Role> roles) {
    /** How a contribution names a person. */
    public enum Role {
        /** Did the glue work. */
        CONTRIBUTOR,
        /** Recorded it (for themselves or for a teammate). */
        RECORDED_BY,
        /** Was helped by it. */
        BENEFICIARY,
        /** Was named as helped, until an edit took them off. */
        FORMER_BENEFICIARY
    }

    public ContributionInvolvement {
        Objects.requireNonNull(contribution, "contribution");
        roles = Set.copyOf(roles);
    }
}
