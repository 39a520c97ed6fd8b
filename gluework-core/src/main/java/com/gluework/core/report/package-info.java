/**
 * The sprint glue-wins report as pure functions: which glue counts for a sprint
 * ({@link com.gluework.core.report.SprintGlueSelector}), who did what ({@link com.gluework.core.report.GlueMatrixCalculator}),
 * how concentrated it is ({@link com.gluework.core.report.GlueDistributionCalculator},
 * {@link com.gluework.core.report.HeroAlertRules}), the wins worth calling out in a retro
 * ({@link com.gluework.core.report.GlueWinsCalculator}), the change against the previous sprint and the outcome
 * signals Jira's issue histories can honestly support ({@link com.gluework.core.report.OutcomeSignalsCalculator}).
 * {@link com.gluework.core.report.SprintReportAssembler} composes them into one immutable
 * {@link com.gluework.core.report.SprintReport}.
 *
 * <p>Inputs are plain values the host has already fetched (sprint metadata, the sprint's issues with their status
 * histories, candidate contributions, the team); nothing here asks a port, so every figure is reproducible from its
 * inputs and every ordering is deterministic.
 */
package com.gluework.core.report;
