package com.gluework.bench;

import com.gluework.ao.entity.BeneficiaryEntity;
import com.gluework.ao.entity.ContributionEntity;
import com.gluework.ao.entity.CorroborationEntity;
import com.gluework.ao.testing.EntityManagerActiveObjects;
import com.gluework.core.model.ContributionSource;
import com.gluework.core.model.ContributionState;
import com.gluework.core.model.DefaultCategories;
import com.gluework.core.testing.FakeHost;
import net.java.ao.EntityManager;
import net.java.ao.Query;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * A deterministic, realistic store: {@code issues} issues {@code BENCH-1…BENCH-n}, each with
 * {@code contributionsPerIssue} contributions by a team of twelve — summaries of 40–200 characters, an impact
 * statement on 60% of them, one or two evidence links on 30%, one or two beneficiaries on 40%, one or two
 * corroborations on a third, and 2% retired (hidden by the panel, but still read). Issue {@code n} is generated
 * from its own seed, so the data does not depend on load order or batch size.
 * <p>
 * Loading goes through AO's own batch insert ({@code EntityManager.create(Class, List<Map>)}), one transaction per
 * {@value #ISSUES_PER_TRANSACTION} issues, with the exact columns {@code AoContributionRepository} writes: a
 * {@code create} per row would take one round trip (and, without a pool, one connection) per row.
 */
public final class BenchDataset {
    /** What issue 2 of the project asks the panel to cope with: 100,000 contributions over 10,000 issues. */
    public static final BenchDataset FULL = new BenchDataset(10_000, 10);

    public static final String PROJECT_KEY = "BENCH";
    /** The project id {@link FakeHost} gives every {@code BENCH-…} issue. */
    static final long PROJECT_ID = PROJECT_KEY.hashCode();
    private static final long FIRST_ISSUE_ID = 100_000;
    private static final int ISSUES_PER_TRANSACTION = 250;
    private static final Instant FIRST_CREATED = Instant.parse("2025-11-25T09:00:00Z");
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 25);

    /** Twelve teammates: user key and display name. */
    static final List<String[]> PEOPLE = List.of(
            new String[]{"alice", "Alice Lead"}, new String[]{"bob", "Bob Builder"},
            new String[]{"carol", "Carol Reviewer"}, new String[]{"dave", "Dave Docs"},
            new String[]{"erin", "Erin Oncall"}, new String[]{"frank", "Frank Facilitator"},
            new String[]{"grace", "Grace Hopper-Smith"}, new String[]{"heidi", "Heidi Mentor"},
            new String[]{"ivan", "Ivan Infrastructure"}, new String[]{"judy", "Judy QA"},
            new String[]{"mallory", "Mallory Product"}, new String[]{"oscar", "Oscar Ops"});

    private static final String[] WORDS = ("reviewed the migration plan for the export job and flagged a missing index "
            + "wrote runbook for the nightly sync paired with the new joiner on the flaky payment test clarified "
            + "acceptance criteria with product so QA could start early drove the hand-off between platform and mobile "
            + "teams fixed retry storm in CI pipeline facilitated the retro and captured two process experiments "
            + "documented the rollback procedure unblocked the release by chasing the security sign-off").split(" ");

    private final int issues;
    private final int contributionsPerIssue;

    public BenchDataset(int issues, int contributionsPerIssue) {
        this.issues = issues;
        this.contributionsPerIssue = contributionsPerIssue;
    }

    public int issues() {
        return issues;
    }

    public int contributions() {
        return issues * contributionsPerIssue;
    }

    /** {@code n} from 1 to {@link #issues()}. */
    public static String issueKey(int n) {
        return PROJECT_KEY + "-" + n;
    }

    static long issueId(int n) {
        return FIRST_ISSUE_ID + n;
    }

    /** The host side of the dataset: its issues, its people, everyone may browse everything. */
    public FakeHost host() {
        FakeHost host = new FakeHost();
        PEOPLE.forEach(p -> host.withPerson(p[0], p[1]));
        for (int n = 1; n <= issues; n++) {
            host.withIssue(issueId(n), issueKey(n));
        }
        return host;
    }

    /**
     * Makes the store hold exactly this dataset: keeps it when it already holds the right number of contributions,
     * otherwise (an empty store, or a load that was interrupted) empties Glue Work's tables and loads it.
     *
     * @return whether anything was loaded
     */
    public boolean ensureLoaded(EntityManagerActiveObjects ao, boolean postgres) {
        if (isLoadedIn(ao)) {
            return false;
        }
        EntityManager entityManager = ao.entityManager();
        ao.executeInTransaction(() -> sql(() -> {
            entityManager.deleteWithSQL(CorroborationEntity.class, "ID > ?", 0);
            entityManager.deleteWithSQL(BeneficiaryEntity.class, "ID > ?", 0);
            entityManager.deleteWithSQL(ContributionEntity.class, "ID > ?", 0);
        }));
        for (int first = 1; first <= issues; first += ISSUES_PER_TRANSACTION) {
            int from = first;
            int to = Math.min(issues, first + ISSUES_PER_TRANSACTION - 1);
            ao.executeInTransaction(() -> sql(() -> loadIssues(entityManager, ao, from, to)));
        }
        if (postgres) {
            // Fresh statistics, as autovacuum would eventually produce, so the planner sees 100,000 rows, not 0.
            sql(() -> {
                try (Connection connection = entityManager.getProvider().getConnection();
                     Statement statement = connection.createStatement()) {
                    statement.execute("ANALYZE");
                }
            });
        }
        return true;
    }

    /** The right total, and the last issue complete: another tool's 100,000 rows do not pass for ours. */
    private boolean isLoadedIn(EntityManagerActiveObjects ao) {
        return ao.count(ContributionEntity.class) == contributions()
                && ao.count(ContributionEntity.class, "ISSUE_KEY = ?", issueKey(issues)) == contributionsPerIssue;
    }

    private void loadIssues(EntityManager entityManager, EntityManagerActiveObjects ao, int from, int to)
            throws SQLException {
        List<GeneratedContribution> generated = new ArrayList<>();
        for (int n = from; n <= to; n++) {
            generated.addAll(generateIssue(n));
        }
        entityManager.create(ContributionEntity.class, generated.stream().map(GeneratedContribution::row).toList());

        // Creation times are unique across the dataset, so they find the ids the database just assigned.
        Map<Long, Integer> idByCreatedAt = new HashMap<>();
        for (ContributionEntity row : ao.find(ContributionEntity.class, Query.select("ID, CREATED_AT_MILLIS")
                .where("ISSUE_ID >= ? AND ISSUE_ID <= ?", issueId(from), issueId(to)))) {
            idByCreatedAt.put(row.getCreatedAtMillis(), row.getID());
        }
        List<Map<String, Object>> beneficiaries = new ArrayList<>();
        List<Map<String, Object>> corroborations = new ArrayList<>();
        for (GeneratedContribution c : generated) {
            int id = idByCreatedAt.get(c.createdAtMillis());
            for (int i = 0; i < c.beneficiaryKeys().size(); i++) {
                beneficiaries.add(Map.of("CONTRIBUTION_ID", id, "BENEFICIARY_KEY", c.beneficiaryKeys().get(i),
                        "LIST_INDEX", i));
            }
            for (int i = 0; i < c.corroboratorKeys().size(); i++) {
                String corroborator = c.corroboratorKeys().get(i);
                corroborations.add(Map.of("CONTRIBUTION_ID", id, "CORROBORATOR_KEY", corroborator,
                        "NOTE", c.corroborationNotes().get(i),
                        "CREATED_AT_MILLIS", c.createdAtMillis() + 3_600_000L * (i + 1),
                        "CONTRIBUTION_CORROBORATOR", id + ":" + corroborator));
            }
        }
        if (!beneficiaries.isEmpty()) {
            entityManager.create(BeneficiaryEntity.class, beneficiaries);
        }
        if (!corroborations.isEmpty()) {
            entityManager.create(CorroborationEntity.class, corroborations);
        }
    }

    /** The contributions of issue {@code n}, oldest first. */
    List<GeneratedContribution> generateIssue(int n) {
        SplittableRandom random = new SplittableRandom(0x9E3779B97F4A7C15L * n);
        List<String> categoryKeys = DefaultCategories.all().stream().map(c -> c.key()).toList();
        List<GeneratedContribution> result = new ArrayList<>(contributionsPerIssue);
        for (int i = 0; i < contributionsPerIssue; i++) {
            String contributor = person(random);
            String recordedBy = random.nextInt(10) < 7 ? contributor : otherThan(random, contributor);
            long createdAtMillis = FIRST_CREATED.toEpochMilli() + ((long) (n - 1) * contributionsPerIssue + i) * 1_000L;
            List<String> links = new ArrayList<>();
            if (random.nextInt(10) < 3) {
                links.add("https://bitbucket.example.com/projects/" + PROJECT_KEY + "/repos/gluework/pull-requests/"
                        + random.nextInt(1, 20_000) + "/overview");
                if (random.nextBoolean()) {
                    links.add("https://confluence.example.com/display/ENG/Runbook+for+the+nightly+sync+job+v"
                            + random.nextInt(1, 40));
                }
            }
            List<String> beneficiaries = new ArrayList<>();
            if (random.nextInt(10) < 4) {
                beneficiaries.add(otherThan(random, contributor));
                if (random.nextBoolean()) {
                    String second = otherThan(random, contributor);
                    if (!beneficiaries.contains(second)) {
                        beneficiaries.add(second);
                    }
                }
            }
            List<String> corroborators = new ArrayList<>();
            List<String> notes = new ArrayList<>();
            if (random.nextInt(3) == 0) {
                int count = random.nextInt(1, 3);
                while (corroborators.size() < count) {
                    String peer = otherThan(random, contributor);
                    if (!corroborators.contains(peer)) {
                        corroborators.add(peer);
                        notes.add(random.nextBoolean() ? "" : text(random, 20, 120));
                    }
                }
            }
            Map<String, Object> row = new HashMap<>();
            row.put("CATEGORY_KEY", categoryKeys.get(random.nextInt(categoryKeys.size())));
            row.put("CONTRIBUTOR_KEY", contributor);
            row.put("RECORDED_BY_KEY", recordedBy);
            row.put("ISSUE_ID", issueId(n));
            row.put("ISSUE_KEY", issueKey(n));
            row.put("PROJECT_ID", PROJECT_ID);
            row.put("PROJECT_KEY", PROJECT_KEY);
            row.put("OCCURRED_ON", TODAY.minusDays(random.nextInt(365)).toString());
            row.put("SUMMARY", text(random, 40, 200));
            row.put("IMPACT", random.nextInt(10) < 6 ? text(random, 50, 300) : "");
            row.put("EVIDENCE_LINKS", String.join("\n", links));
            row.put("CONTRIB_STATE", random.nextInt(50) == 0 ? ContributionState.RETIRED.name() : ContributionState.ACTIVE.name());
            row.put("CONTRIB_SOURCE", ContributionSource.MANUAL.name());
            row.put("CREATED_AT_MILLIS", createdAtMillis);
            row.put("UPDATED_AT_MILLIS", createdAtMillis);
            row.put("ROW_VERSION", 1);
            result.add(new GeneratedContribution(row, createdAtMillis, beneficiaries, corroborators, notes));
        }
        return result;
    }

    private static String person(SplittableRandom random) {
        return PEOPLE.get(random.nextInt(PEOPLE.size()))[0];
    }

    private static String otherThan(SplittableRandom random, String userKey) {
        String other = person(random);
        return other.equals(userKey) ? otherThan(random, userKey) : other;
    }

    /** Words from a glue-work vocabulary, between {@code min} and {@code max} characters, capitalised, no full stop. */
    private static String text(SplittableRandom random, int min, int max) {
        int length = random.nextInt(min, max + 1);
        StringBuilder text = new StringBuilder(length + 16);
        while (text.length() < length) {
            if (text.length() > 0) {
                text.append(' ');
            }
            text.append(WORDS[random.nextInt(WORDS.length)]);
        }
        text.setLength(length);
        text.setCharAt(0, Character.toUpperCase(text.charAt(0)));
        return text.toString().strip();
    }

    /** AO's {@link EntityManager} throws checked {@link SQLException}s; the {@code ActiveObjects} wrapper does not. */
    private static Void sql(SqlWork work) {
        try {
            work.run();
            return null;
        } catch (SQLException e) {
            throw new EntityManagerActiveObjects.ActiveObjectsSqlException(e);
        }
    }

    @FunctionalInterface
    private interface SqlWork {
        void run() throws SQLException;
    }

    /** One generated contribution row and the child rows that need its id. */
    record GeneratedContribution(Map<String, Object> row, long createdAtMillis, List<String> beneficiaryKeys,
                                 List<String> corroboratorKeys, List<String> corroborationNotes) {
    }
}
