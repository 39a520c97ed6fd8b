package com.gluework.core.model;

import java.util.Objects;

/**
 * The instance-wide settings an admin edits on the Glue Work admin page.
 *
 * @param heroThresholdPercent the sprint report's hero alert fires when one person carries strictly more than this
 *                             percentage of a sprint's glue; 1 to 100
 * @param leadGroup            members of this host group may see everyone's evidence packet, as leads; empty = none
 */
public record GlueSettings(int heroThresholdPercent, String leadGroup) {
    public static final int DEFAULT_HERO_THRESHOLD_PERCENT = 40;
    public static final GlueSettings DEFAULTS = new GlueSettings(DEFAULT_HERO_THRESHOLD_PERCENT, "");
    /** Where each setting is stored, by key; the keys never change. */
    public static final String HERO_THRESHOLD_KEY = "hero-threshold-percent";
    public static final String LEAD_GROUP_KEY = "packet-lead-group";

    public GlueSettings {
        if (heroThresholdPercent < 1 || heroThresholdPercent > 100) {
            throw new IllegalArgumentException("hero threshold must be 1 to 100 percent, was " + heroThresholdPercent);
        }
        leadGroup = Objects.requireNonNullElse(leadGroup, "").strip();
    }

    /** The hero threshold as the share the report computes with. */
    public double heroThresholdShare() {
        return heroThresholdPercent / 100.0;
    }

    public boolean hasLeadGroup() {
        return !leadGroup.isEmpty();
    }
}
