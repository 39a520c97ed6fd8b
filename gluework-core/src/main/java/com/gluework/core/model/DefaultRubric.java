package com.gluework.core.model;

import java.util.List;

/**
 * The rubric a new installation starts with: the four dimensions of docs/domain.md, each with what glue looks like at
 * Senior IC, Staff/Tech lead and Manager — the domain's level descriptions, said for that dimension. Admins edit it
 * afterwards (docs/definitions.md).
 */
public final class DefaultRubric {
    private static final List<RubricDimension> ALL = List.of(
            new RubricDimension(DefaultCategories.TEAM_MULTIPLICATION,
                    "Regularly unblocks teammates: pairs, reviews and runs rituals so others ship.",
                    "Multiplies team capacity: grows people who now work independently.",
                    "Designs how mentoring, review and facilitation rotate; recognises them in reviews and promotions.",
                    10),
            new RubricDimension(DefaultCategories.QUALITY_RELIABILITY,
                    "Raises code-quality standards: deep reviews, fixed flaky tests, better CI.",
                    "Stewards reliability: incident learning, alerting and runbooks the team relies on.",
                    "Makes reliability work visible and rewarded rather than left to one hero.",
                    20),
            new RubricDimension(DefaultCategories.ALIGNMENT,
                    "Improves processes: clarifies requirements before work starts; runs crisp hand-offs.",
                    "Drives cross-team alignment; removes coordination blockers.",
                    "Designs systems that spread coordination and facilitation across the team.",
                    30),
            new RubricDimension(DefaultCategories.KNOWLEDGE_SHARING,
                    "Writes and updates the docs and runbooks others need; shares what they learn.",
                    "Stewards the team's documentation; turns tribal knowledge into shared knowledge.",
                    "Makes documenting and onboarding part of the team's work, and credits it.",
                    40));

    private DefaultRubric() {
    }

    public static List<RubricDimension> all() {
        return ALL;
    }
}
