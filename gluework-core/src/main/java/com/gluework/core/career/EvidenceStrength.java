package com.gluework.core.career;

import com.gluework.core.model.Contribution;

/**
 * How firmly a contribution is established. A calibration states as fact only what a third person confirmed or a link
 * lets the reader check; the rest is the person's own word, listed but never asserted.
 */
public enum EvidenceStrength {
    /** At least one peer corroborated it. */
    CORROBORATED,
    /** Nobody corroborated it yet, but it links to evidence (the PR, the page, the runbook). */
    EVIDENCED,
    /** Only the record itself. */
    SELF_REPORTED;

    public static EvidenceStrength of(Contribution contribution) {
        if (!contribution.corroborations().isEmpty()) {
            return CORROBORATED;
        }
        return contribution.evidenceLinks().isEmpty() ? SELF_REPORTED : EVIDENCED;
    }

    public boolean statableAsFact() {
        return this != SELF_REPORTED;
    }
}
