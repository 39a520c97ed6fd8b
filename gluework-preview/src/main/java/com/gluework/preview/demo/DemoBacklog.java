package com.gluework.preview.demo;

import java.util.List;
import java.util.Optional;

import static com.gluework.preview.demo.DemoTeam.ALICE;
import static com.gluework.preview.demo.DemoTeam.BOB;
import static com.gluework.preview.demo.DemoTeam.CAROL;
import static com.gluework.preview.demo.DemoTeam.DAVE;
import static com.gluework.preview.demo.DemoTeam.ERIN;
import static com.gluework.preview.demo.DemoTeam.FRANK;

/**
 * The team's issues GW-1…GW-40 and the hidden SEC-1. The shape is deliberate: the eight issues bob clarified never
 * re-open and finish faster than comparable ones; six others bounce back from "Done"; GW-24 is carried from sprint 2
 * to sprint 3; GW-16 is the sprint-2 incident. Sample sizes are small, as a real team's are.
 */
public final class DemoBacklog {
    private static final String STORY = "Story";
    private static final String BUG = "Bug";
    private static final String TASK = "Task";

    private static final List<DemoIssue> ISSUES = List.of(
            // Sprint 3 (active); GW-1 is the issue the preview opens on.
            gw(1, STORY, "Retry failed card captures with idempotency keys", BOB, ALICE, List.of(3), 0, 5, false, true, FRANK),
            // Sprint 1
            gw(2, STORY, "Add 3-D Secure 2 challenge flow to card checkout", FRANK, ALICE, List.of(1), 0, 5, false, true, CAROL),
            gw(3, STORY, "Verify webhook signatures on PSP callbacks", CAROL, ALICE, List.of(1), 1, 6, false, false, FRANK),
            gw(4, BUG, "Refund endpoint returns 500 when the amount has three decimals", BOB, DAVE, List.of(1), 0, 3, true, false, FRANK),
            gw(5, BUG, "Settlement report CSV misses the currency column", DAVE, ALICE, List.of(1), 2, 5, false, false, FRANK),
            gw(6, STORY, "Move ledger writes to the outbox pattern", FRANK, ALICE, List.of(1), 1, 9, true, false, CAROL),
            gw(7, STORY, "Rate-limit the card tokenisation API per merchant", BOB, ALICE, List.of(1), 3, 4, false, true, FRANK),
            gw(8, TASK, "Flaky test: PaymentIntentIT times out on CI", CAROL, FRANK, List.of(1), 4, 3, false, false, FRANK),
            gw(9, TASK, "Document the PSP failover decision tree", DAVE, ALICE, List.of(1), 5, 5, false, false, FRANK),
            gw(10, STORY, "Expose payout status in the merchant dashboard API", FRANK, BOB, List.of(1), 2, 8, false, false, CAROL),
            gw(11, BUG, "Currency rounding differs between quote and capture", CAROL, BOB, List.of(1), 6, 6, true, false, FRANK),
            gw(12, BUG, "Concurrent capture retries can double-charge a card", BOB, CAROL, List.of(1), 3, 7, false, false, CAROL),
            gw(13, STORY, "Add idempotency keys to the payout API", FRANK, ALICE, List.of(1), 7, 4, false, true, CAROL),
            // Sprint 2, with the incident (GW-16) and the carried-over GW-24
            gw(14, STORY, "Card network token lifecycle notifications", CAROL, ALICE, List.of(2), 0, 5, false, true, FRANK),
            gw(15, STORY, "Alert when the PSP error rate stays above 2% for 5 minutes", DAVE, ALICE, List.of(2), 0, 5, false, false, FRANK),
            gw(16, BUG, "Incident: card authorisations failing for EU merchants", FRANK, DAVE, List.of(2), 3, 1, false, false, DAVE),
            gw(17, TASK, "Post-mortem action: add a PSP health check to failover", DAVE, ALICE, List.of(2), 5, 5, false, false, FRANK),
            gw(18, TASK, "Split the payment-service deploy into canary and full stages", FRANK, ALICE, List.of(2), 1, 7, true, false, CAROL),
            gw(19, TASK, "Onboarding: local payments sandbox with Docker Compose", ERIN, FRANK, List.of(2), 2, 7, false, false, FRANK),
            gw(20, STORY, "Chargeback evidence upload for merchants", BOB, ALICE, List.of(2), 1, 4, false, true, FRANK),
            gw(21, BUG, "Reconciliation job skips transactions at midnight UTC", CAROL, DAVE, List.of(2), 4, 6, true, false, FRANK),
            gw(22, TASK, "Standardise structured logging fields across payment services", CAROL, ALICE, List.of(2), 6, 5, false, false, FRANK),
            gw(23, TASK, "Rotate the Apple Pay merchant validation certificate", FRANK, DAVE, List.of(2), 2, 8, false, false, DAVE),
            gw(24, STORY, "SEPA direct debit mandate management", BOB, ALICE, List.of(2, 3), 9, 9, false, false, FRANK),
            gw(25, BUG, "Payouts scheduled an hour early after the DST change", ERIN, FRANK, List.of(2), 7, 6, false, false, FRANK),
            gw(26, TASK, "Remove the deprecated v1 charges endpoint", ALICE, BOB, List.of(2), 8, 3, false, true, FRANK),
            // Sprint 3 (active)
            gw(27, STORY, "Dispute webhooks for card schemes", CAROL, ALICE, List.of(3), 0, 3, false, true, FRANK),
            gw(28, STORY, "Payout batching for high-volume merchants", FRANK, ALICE, List.of(3), 1, 8, false, false, CAROL),
            gw(29, TASK, "Upgrade the PSP SDK to v5", DAVE, FRANK, List.of(3), 0, 3, false, false, FRANK),
            gw(30, TASK, "Alerting runbook: add a PSP timeout section", DAVE, ALICE, List.of(3), 1, 3, false, false, FRANK),
            gw(31, STORY, "Merchant-level 3-D Secure exemption rules", ERIN, ALICE, List.of(3), 1, 7, false, false, FRANK),
            gw(32, TASK, "Flaky contract tests against the PSP sandbox", FRANK, CAROL, List.of(3), 2, 2, false, false, CAROL),
            gw(33, STORY, "Partial refunds for split payments", BOB, ALICE, List.of(3), 2, 6, false, false, FRANK),
            gw(34, STORY, "Bring checkout p95 latency below 300 ms", CAROL, DAVE, List.of(3), 2, 9, false, false, FRANK),
            gw(35, STORY, "Export the ledger to the data warehouse", FRANK, BOB, List.of(3), 3, 5, false, false, CAROL),
            gw(36, BUG, "Settlement CSV shows JPY amounts with two decimals", DAVE, ALICE, List.of(3), 0, 2, true, false, FRANK),
            gw(37, TASK, "Card BIN lookup cache never evicts", ERIN, FRANK, List.of(3), 3, 4, false, false, FRANK),
            gw(38, STORY, "Merchant notification preferences API", null, ALICE, List.of(3), 0, 0, false, false, FRANK),
            gw(39, STORY, "Audit log for refund approvals", BOB, ALICE, List.of(3), 0, 0, false, false, FRANK),
            gw(40, TASK, "Collect the quarterly PCI DSS evidence", ALICE, ALICE, List.of(3), 4, 5, false, false, DAVE),
            // The restricted project: only alice may browse it.
            new DemoIssue("SEC", 1, BUG, "Rotate the PSP API key exposed in a CI log", ALICE, ALICE, List.of(3), 1, 9, false, false, DAVE));

    private DemoBacklog() {
    }

    public static List<DemoIssue> issues() {
        return ISSUES;
    }

    public static List<DemoIssue> projectIssues(String projectKey) {
        return ISSUES.stream().filter(i -> i.projectKey().equals(projectKey)).toList();
    }

    public static Optional<DemoIssue> issue(String key) {
        return ISSUES.stream().filter(i -> i.key().equals(key)).findFirst();
    }

    public static DemoIssue gw(int number) {
        return issue("GW-" + number).orElseThrow();
    }

    private static DemoIssue gw(int number, String type, String summary, String assignee, String reporter, List<Integer> sprints,
                                double startDay, double cycleDays, boolean reopened, boolean clarified, String reviewer) {
        return new DemoIssue("GW", number, type, summary, assignee, reporter, sprints, startDay, cycleDays, reopened, clarified, reviewer);
    }
}
