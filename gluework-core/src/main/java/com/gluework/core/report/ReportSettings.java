package com.gluework.core.report;

import java.time.ZoneId;
import java.util.Objects;

/**
 * How a team wants its report computed.
 *
 * @param heroThresholdShare the hero alert fires when one person carries strictly more than this share of the
 *                           sprint's glue (0 &lt; share &le; 1; default 0.40)
 * @param zone               the team's time zone, to turn sprint instants into the days contributions are dated with
 * @param statuses           which statuses start and finish work, for cycle time and re-opens
 * @param clarificationCategoryKey the category whose glue marks an issue as "had a requirement clarification"
 */
public record ReportSettings(double heroThresholdShare, ZoneId zone, WorkflowStatuses statuses,
                             String clarificationCategoryKey) {
    public static final double DEFAULT_HERO_THRESHOLD_SHARE = 0.40;
    public static final String DEFAULT_CLARIFICATION_CATEGORY = "clarification";

    public ReportSettings {
        if (!(heroThresholdShare > 0 && heroThresholdShare <= 1)) {
            throw new IllegalArgumentException("hero threshold must be a share in (0, 1], was " + heroThresholdShare);
        }
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(statuses, "statuses");
        Objects.requireNonNull(clarificationCategoryKey, "clarificationCategoryKey");
    }

    public static ReportSettings defaults(ZoneId zone, WorkflowStatuses statuses) {
        return new ReportSettings(DEFAULT_HERO_THRESHOLD_SHARE, zone, statuses, DEFAULT_CLARIFICATION_CATEGORY);
    }

    public ReportSettings withHeroThresholdShare(double share) {
        return new ReportSettings(share, zone, statuses, clarificationCategoryKey);
    }
}
