package com.gluework.core.model;

import java.util.List;

/** The category set a new installation starts with (domain.md, "Categories"); admins tailor it afterwards. */
public final class DefaultCategories {
    public static final String TEAM_MULTIPLICATION = "Team multiplication";
    public static final String QUALITY_RELIABILITY = "Quality & reliability";
    public static final String ALIGNMENT = "Alignment & communication";
    public static final String KNOWLEDGE_SHARING = "Knowledge sharing";

    private static final List<Category> ALL = List.of(
            new Category("clarification", "Requirement clarification",
                    "Turned a vague ask into something the team can build and test.",
                    "Rewrote a vague story into testable acceptance criteria; settled an ambiguity before work started",
                    ALIGNMENT, true, 10),
            new Category("review", "Code review",
                    "Reviewed a change deeply enough to improve its safety, clarity or maintainability.",
                    "Flagged a data race; proposed a logging standard; reviewed for safety and maintainability",
                    QUALITY_RELIABILITY, true, 20),
            new Category("documentation", "Docs & runbooks",
                    "Wrote, updated or retired documentation others rely on.",
                    "Wrote or updated a runbook, migration or upgrade guide, or onboarding doc",
                    KNOWLEDGE_SHARING, true, 30),
            new Category("mentoring", "Mentoring & pairing",
                    "Helped a teammate grow: pairing, coaching, design feedback, onboarding.",
                    "Paired on a tricky bug; coached test strategy; gave design feedback; supported onboarding",
                    TEAM_MULTIPLICATION, true, 40),
            new Category("coordination", "Coordination & hand-off",
                    "Kept work flowing between people or teams.",
                    "Drove cross-team alignment; ran a crisp hand-off; removed a coordination blocker",
                    ALIGNMENT, true, 50),
            new Category("facilitation", "Facilitation",
                    "Ran a team ritual with intent so it produced a decision or change.",
                    "Ran a stand-up, demo, retro or brainstorm; captured process experiments",
                    TEAM_MULTIPLICATION, true, 60),
            new Category("incident", "Incidents & post-mortems",
                    "Helped the team recover from or learn from an incident.",
                    "Facilitated a blameless post-mortem; authored the alerting runbook used in an outage",
                    QUALITY_RELIABILITY, true, 70),
            new Category("quality", "Quality & reliability",
                    "Made the system or the pipeline more trustworthy.",
                    "Fixed a flaky test; improved CI; standardised PR templates that surface risky changes",
                    QUALITY_RELIABILITY, true, 80));

    private DefaultCategories() {
    }

    public static List<Category> all() {
        return ALL;
    }
}
