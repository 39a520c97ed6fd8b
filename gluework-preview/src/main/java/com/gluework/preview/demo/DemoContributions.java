package com.gluework.preview.demo;

import com.gluework.core.model.ContributionSource;
import com.gluework.core.model.IssueRef;
import com.gluework.core.model.NewContribution;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Predicate;

import static com.gluework.preview.demo.DemoTeam.ALICE;
import static com.gluework.preview.demo.DemoTeam.BOB;
import static com.gluework.preview.demo.DemoTeam.CAROL;
import static com.gluework.preview.demo.DemoTeam.DAVE;
import static com.gluework.preview.demo.DemoTeam.ERIN;
import static com.gluework.preview.demo.DemoTeam.FRANK;

/**
 * The ~150 glue contributions the demo store starts with. First the story (docs/demo-story.md) written out by hand —
 * carol's data race, dave's runbook and post-mortem, bob's rewritten stories, frank pairing with erin — then
 * everyday glue from per-person patterns until each person reaches their share of each sprint. The shares are the
 * point: frank carries {@value #FRANK_SPRINT_3} of sprint 3's {@value #SPRINT_3_TOTAL} contributions (47.5%), which
 * is what makes the hero alert fire; erin, new since sprint 2, has recorded little.
 */
final class DemoContributions {
    static final int FRANK_SPRINT_3 = 19;
    static final int SPRINT_3_TOTAL = 40;

    static final String RUNBOOK = "https://confluence.payments.example/display/PAY/Payments+alerting+runbook";
    static final String POST_MORTEM = "https://confluence.payments.example/display/PAY/Post-mortem%3A+EU+authorisation+failures";
    static final String LOGGING_STANDARD = "https://confluence.payments.example/display/PAY/Logging+standard";
    private static final String PULL_REQUESTS = "https://git.payments.example/payments/payment-service/pull/";

    /** Contributions per person per sprint: {sprint 1, sprint 2, sprint 3}. */
    private static final Map<String, int[]> QUOTAS = new LinkedHashMap<>();

    static {
        QUOTAS.put(ALICE, new int[]{7, 8, 4});
        QUOTAS.put(BOB, new int[]{8, 9, 5});
        QUOTAS.put(CAROL, new int[]{9, 10, 6});
        QUOTAS.put(DAVE, new int[]{7, 11, 4});
        QUOTAS.put(ERIN, new int[]{0, 2, 2});
        QUOTAS.put(FRANK, new int[]{19, 20, FRANK_SPRINT_3});
    }

    private final DemoCalendar calendar;
    private final Random random;
    private final List<SeedContribution> seeds = new ArrayList<>();
    private final Map<String, int[]> counts = new LinkedHashMap<>();

    DemoContributions(DemoCalendar calendar, Random random) {
        this.calendar = calendar;
        this.random = random;
        QUOTAS.keySet().forEach(k -> counts.put(k, new int[3]));
    }

    List<SeedContribution> generate() {
        addStory();
        for (int sprint = 1; sprint <= DemoCalendar.SPRINT_COUNT; sprint++) {
            for (String person : QUOTAS.keySet()) {
                List<Pattern> patterns = patternsOf(person, sprint);
                for (int n = 0; counts.get(person)[sprint - 1] < QUOTAS.get(person)[sprint - 1]; n++) {
                    addFromPattern(person, sprint, patterns.get(n % patterns.size()));
                }
            }
        }
        seeds.sort(Comparator.comparing((SeedContribution s) -> s.contribution().createdAt()));
        return List.copyOf(seeds);
    }

    // ---- the story ---------------------------------------------------------------------------------------------

    private void addStory() {
        // GW-1, the issue the preview opens on: the retry change bob owns, and the glue around it.
        add(3, 0, "clarification", BOB, BOB, 1, "Rewrote the capture-retry story into 5 testable acceptance criteria",
                "No open questions at sprint start; Carol wrote the contract tests from day one", List.of(CAROL, FRANK), List.of(), List.of(ALICE));
        add(3, 1, "review", CAROL, BOB, 1, "Caught a data race in the capture retry path during review",
                "Avoided a double-charge bug before release; unblocked Bob's release", List.of(BOB), List.of(PULL_REQUESTS + 482), List.of(DAVE, ALICE));
        add(3, 2, "mentoring", FRANK, ALICE, 1, "Paired with Bob on the online-safe constraint migration",
                "The migration ran without downtime and Bob was unblocked the same day", List.of(BOB), List.of(), List.of(BOB));
        add(3, 3, "review", FRANK, FRANK, 1, "Second review of the retry change, focused on PSP timeouts",
                "", List.of(BOB), List.of(PULL_REQUESTS + 482), List.of());
        add(3, 3, "documentation", DAVE, DAVE, 1, "Added the capture-retry failure modes to the alerting runbook",
                "On-call can tell a stuck retry from a PSP outage", List.of(FRANK, ERIN), List.of(RUNBOOK), List.of());

        // Sprint 1: carol's data race on GW-12.
        add(1, 5, "review", CAROL, BOB, 12, "Caught a data race in review of the concurrent capture retries",
                "Prevented double charges under load; Bob reworked the lock before merge", List.of(BOB), List.of(PULL_REQUESTS + 311), List.of(BOB, DAVE));
        add(1, 13, "facilitation", ALICE, ALICE, 0, "Facilitated the sprint 1 retro; the team chose two process experiments",
                "Review rotation and a 'definition of ready' with acceptance criteria", List.of(), List.of(), List.of(CAROL));

        // Sprint 2: dave's runbook, the incident it served, the post-mortem; erin joins and pairs with frank.
        add(2, 1, "documentation", DAVE, DAVE, 15, "Wrote the payments alerting runbook for PSP error-rate alerts",
                "On-call got a step-by-step for PSP failures; it was used in the incident two days later", List.of(FRANK, ERIN),
                List.of(RUNBOOK), List.of(FRANK, ALICE));
        add(2, 3, "incident", DAVE, ALICE, 16, "Led the failover to the secondary PSP using the alerting runbook",
                "EU authorisations recovered in 12 minutes, against 40 in the previous outage", List.of(FRANK), List.of(RUNBOOK), List.of(FRANK, CAROL));
        add(2, 3, "incident", FRANK, DAVE, 16, "Took first response on the EU authorisation failures and rolled back the PSP config",
                "Stopped the failures spreading to UK merchants", List.of(), List.of(), List.of(DAVE));
        add(2, 5, "incident", DAVE, DAVE, 17, "Facilitated the blameless post-mortem of the EU authorisation incident",
                "Five follow-up actions with owners, two process changes, no blame", List.of(), List.of(POST_MORTEM), List.of(ALICE, BOB));
        add(2, 6, "quality", CAROL, CAROL, 22, "Proposed a logging standard with shared field names for payment services",
                "Support can follow one payment across services with a single query", List.of(), List.of(LOGGING_STANDARD), List.of(FRANK, DAVE));
        add(2, 2, "mentoring", FRANK, ERIN, 19, "Paired with Erin on the local payments sandbox",
                "Erin shipped her first change in her first week", List.of(ERIN), List.of(), List.of(ERIN));
        add(2, 9, "documentation", ERIN, ERIN, 19, "Wrote down the sandbox setup gaps she hit while onboarding",
                "The next joiner's setup should take an hour, not a day", List.of(), List.of(), List.of(FRANK));
        add(2, 11, "quality", ERIN, FRANK, 25, "Found the DST off-by-one in payout scheduling while pairing",
                "Payouts would have gone out an hour early for every EU merchant", List.of(), List.of(), List.of(DAVE));
        add(2, 13, "facilitation", ALICE, ALICE, 0, "Facilitated the sprint 2 retro around the incident's lessons",
                "Agreed to rotate on-call hand-offs so they do not all land on Frank", List.of(FRANK), List.of(), List.of(DAVE, CAROL));

        // Sprint 3: the runbook gap the post-mortem found; erin's first glue; alice plans with on-call in mind.
        add(3, 1, "documentation", DAVE, DAVE, 30, "Updated the alerting runbook with a PSP timeout section",
                "Closes the gap the post-mortem found", List.of(), List.of(RUNBOOK), List.of(CAROL));
        add(3, 2, "documentation", ERIN, ERIN, 31, "Documented the 3-D Secure exemption rules with worked examples",
                "Support can answer merchant questions without asking engineering", List.of(), List.of(), List.of());
        add(3, 4, "quality", ERIN, ERIN, 37, "Added a regression test for BIN cache eviction", "", List.of(), List.of(), List.of());
        add(3, 0, "facilitation", ALICE, ALICE, 0, "Ran sprint 3 planning with an explicit on-call capacity check",
                "", List.of(), List.of(), List.of(BOB));
        add(3, 1, "coordination", FRANK, ALICE, 0, "Ran the on-call hand-off to Dave with open alerts and context",
                "Nothing dropped between shifts", List.of(DAVE), List.of(), List.of(DAVE));

        // bob's rewritten stories: the issues he clarified never re-open (DemoBacklog).
        for (DemoIssue issue : DemoBacklog.projectIssues("GW")) {
            if (issue.clarified() && issue.number() != 1) {
                add(issue.firstSprint(), (int) Math.max(0, issue.startDay() - 1), "clarification", BOB, BOB, issue.number(),
                        "Rewrote " + issue.key() + " into testable acceptance criteria",
                        "Scope agreed before work started; no mid-sprint questions",
                        issue.assignee() == null || issue.assignee().equals(BOB) ? List.of() : List.of(issue.assignee()), List.of(),
                        issue.assignee() == null || issue.assignee().equals(BOB) ? List.of() : List.of(issue.assignee()));
            }
        }
    }

    // ---- everyday glue -----------------------------------------------------------------------------------------

    /**
     * A kind of everyday glue a person does. {@code {key}} and {@code {assignee}} are filled from a random issue of the
     * sprint that matches {@code issueFilter}; a {@code null} filter means team glue on no issue.
     */
    private record Pattern(String category, String summary, String impact, Predicate<DemoIssue> issueFilter, boolean prLink,
                           boolean assigneeBenefits) {
    }

    private static Predicate<DemoIssue> assignedToOtherThan(String person) {
        return i -> i.assignee() != null && !i.assignee().equals(person);
    }

    private static Predicate<DemoIssue> assignedTo(String person) {
        return i -> person.equals(i.assignee());
    }

    private List<Pattern> patternsOf(String person, int sprint) {
        Predicate<DemoIssue> others = assignedToOtherThan(person);
        return switch (person) {
            case FRANK -> {
                List<Pattern> list = new ArrayList<>(List.of(
                        new Pattern("review", "Same-day review on {key} so {assignee} could merge before the freeze", "Unblocked {assignee} a day early", others, true, true),
                        new Pattern("coordination", "Ran the on-call hand-off with open alerts and context", "Nothing dropped between shifts", null, false, false),
                        new Pattern("review", "Reviewed {key}: flagged a missing idempotency check", "Avoided a duplicate payout path", others, true, false),
                        new Pattern("coordination", "Chased the PSP sandbox credentials that blocked {assignee} on {key}", "{assignee} could test against the sandbox the same day", others, false, true),
                        new Pattern("review", "Reviewed {key} and suggested splitting the migration into two deploys", "Kept the deploy reversible", others, true, false),
                        new Pattern("quality", "Fixed a flaky CI step that blocked everyone's merges", "Three pull requests unblocked", null, false, false),
                        new Pattern("mentoring", "Coached {assignee} on contract tests for PSP callbacks on {key}", "", others, false, true)));
                if (sprint >= 2) {
                    list.add(new Pattern("mentoring", "Paired with Erin on {key}", "Erin worked through the ledger invariants with a safety net", assignedTo(ERIN), false, true));
                }
                yield list;
            }
            case CAROL -> List.of(
                    new Pattern("review", "Deep review of {key}: found an unchecked PSP error code", "The error reaches the merchant instead of a silent retry", others, true, true),
                    new Pattern("review", "Reviewed {key} for log fields and metrics", "", others, true, false),
                    new Pattern("quality", "Added property-based tests for currency rounding", "Covers every zero- and three-decimal currency we support", null, false, false),
                    new Pattern("documentation", "Documented the edge cases found while working on {key}", "", assignedTo(CAROL), false, false));
            case BOB -> List.of(
                    // Only on issues that did not bounce back: the story is that clarified issues re-open less.
                    new Pattern("clarification", "Settled an ambiguity on {key} with product before work started", "No rework after review", others.and(i -> !i.reopened()), false, true),
                    new Pattern("coordination", "Aligned with the Risk team on {key}", "Risk sign-off came before the release, not after", i -> true, false, false),
                    new Pattern("review", "Reviewed {key} with the acceptance criteria side by side", "", others, true, false));
            case DAVE -> List.of(
                    new Pattern("documentation", "Updated the alerting runbook after working on {key}", "", assignedTo(DAVE), false, false),
                    new Pattern("quality", "Tuned the PSP error-rate alert to cut false pages", "Two fewer night pages a week for on-call", null, false, false),
                    new Pattern("incident", "Ran an on-call drill with the alerting runbook", "Everyone on the rota has now failed over once", null, false, false),
                    new Pattern("facilitation", "Facilitated the design review of {key}", "", others, false, true));
            case ALICE -> List.of(
                    new Pattern("facilitation", "Facilitated refinement and split {key} into shippable slices", "", i -> true, false, false),
                    new Pattern("coordination", "Aligned with the merchant support lead on {key}", "Support knew what was shipping and when", i -> true, false, false),
                    new Pattern("facilitation", "Ran a short demo of the sprint's work for the support team", "", null, false, false));
            default -> List.of(
                    new Pattern("documentation", "Added a troubleshooting note to the onboarding guide", "", null, false, false),
                    new Pattern("quality", "Added a missing test case on {key}", "", assignedTo(ERIN), false, false));
        };
    }

    private void addFromPattern(String person, int sprint, Pattern pattern) {
        int lastDay = sprint == DemoCalendar.SPRINT_COUNT ? DemoCalendar.DAYS_INTO_ACTIVE_SPRINT - 1 : DemoCalendar.SPRINT_DAYS - 1;
        int day = random.nextInt(lastDay + 1);
        DemoIssue issue = null;
        if (pattern.issueFilter() != null) {
            List<DemoIssue> candidates = DemoBacklog.projectIssues("GW").stream()
                    .filter(i -> i.inSprint(sprint)).filter(pattern.issueFilter()).toList();
            if (candidates.isEmpty()) {
                candidates = DemoBacklog.projectIssues("GW").stream().filter(i -> i.inSprint(sprint)).toList();
            }
            issue = candidates.get(random.nextInt(candidates.size()));
        }
        String assignee = issue == null || issue.assignee() == null ? ALICE : issue.assignee();
        String summary = fill(pattern.summary(), issue, assignee);
        String impact = fill(pattern.impact(), issue, assignee);
        List<String> beneficiaries = pattern.assigneeBenefits() && !assignee.equals(person) ? List.of(assignee) : List.of();
        List<String> links = pattern.prLink() && random.nextInt(10) < 3 ? List.of(PULL_REQUESTS + (300 + random.nextInt(300))) : List.of();
        String recorder = recorderFor(person, sprint);
        add(sprint, day, pattern.category(), person, recorder, issue == null ? 0 : issue.number(), summary, impact, beneficiaries, links,
                corroboratorsFor(person, recorder, sprint));
    }

    /** frank rarely logs his own glue — teammates, mostly alice, do it for him; everyone else mostly logs their own. */
    private String recorderFor(String person, int sprint) {
        int roll = random.nextInt(100);
        if (person.equals(FRANK)) {
            if (roll < 30) {
                return FRANK;
            }
            if (roll < 65) {
                return ALICE;
            }
            List<String> teammates = presentIn(sprint).stream().filter(p -> !p.equals(FRANK) && !p.equals(ALICE)).toList();
            return teammates.get(random.nextInt(teammates.size()));
        }
        if (roll < 80 || person.equals(ALICE)) {
            return person;
        }
        return ALICE;
    }

    private List<String> corroboratorsFor(String person, String recorder, int sprint) {
        int chance = person.equals(CAROL) ? 65 : 40;
        if (random.nextInt(100) >= chance) {
            return List.of();
        }
        List<String> candidates = new ArrayList<>(presentIn(sprint));
        candidates.remove(person);
        candidates.remove(recorder);
        int wanted = random.nextInt(100) < 30 ? 2 : 1;
        List<String> chosen = new ArrayList<>();
        while (chosen.size() < wanted && !candidates.isEmpty()) {
            chosen.add(candidates.remove(random.nextInt(candidates.size())));
        }
        return chosen;
    }

    private static List<String> presentIn(int sprint) {
        return DemoTeam.members().stream().filter(m -> m.joinedInSprint() <= sprint).map(DemoTeam.Member::key).toList();
    }

    private static String fill(String template, DemoIssue issue, String assignee) {
        return template.replace("{key}", issue == null ? "" : issue.key()).replace("{assignee}", firstName(assignee));
    }

    private static String firstName(String userKey) {
        return DemoTeam.displayName(userKey).split(" ")[0];
    }

    // ---- building one contribution -----------------------------------------------------------------------------

    /** @param issueNumber the GW issue number, or 0 for team glue on no issue */
    private void add(int sprint, int day, String category, String contributor, String recorder, int issueNumber, String summary,
                     String impact, List<String> beneficiaries, List<String> links, List<String> corroborators) {
        int[] count = counts.get(contributor);
        if (count[sprint - 1] >= QUOTAS.get(contributor)[sprint - 1]) {
            throw new IllegalStateException("The demo story gives " + contributor + " more than their share of sprint " + sprint);
        }
        count[sprint - 1]++;
        LocalDate occurredOn = calendar.sprintStart(sprint).plusDays(day);
        Instant createdAt = occurredOn.atTime(16, 0).atZone(calendar.zone()).toInstant().plus(random.nextInt(120), ChronoUnit.MINUTES);
        IssueRef issue = issueNumber == 0 ? null : DemoBacklog.gw(issueNumber).ref();
        NewContribution contribution = new NewContribution(category, contributor, recorder, issue, occurredOn, summary, impact,
                beneficiaries, links.stream().map(URI::create).toList(), ContributionSource.MANUAL, createdAt);
        List<SeedContribution.SeedCorroboration> seen = new ArrayList<>();
        Instant latest = calendar.startOfToday().minus(1, ChronoUnit.MINUTES);
        for (String corroborator : corroborators) {
            Instant at = createdAt.plus(3 + random.nextInt(37), ChronoUnit.HOURS);
            at = at.isAfter(latest) ? latest : at;
            if (at.isAfter(createdAt)) {
                seen.add(new SeedContribution.SeedCorroboration(corroborator, corroborationNote(corroborator, contributor), at));
            }
        }
        seeds.add(new SeedContribution(contribution, seen));
    }

    private String corroborationNote(String corroborator, String contributor) {
        String[] notes = {"I saw this first-hand.", "Confirmed — this saved me a day.", "", "Yes, and it made the review much easier.",
                "Was there; " + DemoTeam.displayName(contributor).split(" ")[0] + " made the call."};
        return corroborator.equals(contributor) ? "" : notes[random.nextInt(notes.length)];
    }
}
