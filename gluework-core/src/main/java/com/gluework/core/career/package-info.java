/**
 * From glue to careers, as pure functions: one person's contributions over a review period rolled up by career-rubric
 * dimension into an {@link com.gluework.core.career.EvidencePacket} ({@link com.gluework.core.career.EvidencePacketAssembler}),
 * and the calibration draft a lead can start from ({@link com.gluework.core.career.CalibrationDraftWriter}).
 *
 * <p>Calibration happens on specific, cross-verified evidence, not vibes (domain.md, move 5). So the draft is built
 * from templates and the data alone — no generative model — and only states as fact what a peer corroborated or a
 * link backs up; every claim carries the ids of the contributions it rests on, so a reader can trace each sentence.
 */
package com.gluework.core.career;
