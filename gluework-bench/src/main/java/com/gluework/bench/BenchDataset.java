package com.gluework.bench;

import com.gluework.ao.entity.ContributionEntity;
import com.gluework.ao.entity.ChangeEntity;
import com.gluework.ao.testing.EntityManagerActiveObjects;
import com.gluework.core.model.ContributionSource;
import com.gluework.core.model.DefaultCategories;
import com.gluework.core.model.IssueRef;
import com.gluework.core.model.NewContribution;
import com.gluework.core.model.NewContributionChange;
import com.gluework.core.testing.FakeHost;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * A deterministic, realistic store: {@code issues} issues {@code BENCH-1…BENCH-n}, each with
 * {@code contributionsPerIssue} contributions by a team of twelve — summaries of 40–200 characters, an impact
 * statement on 60% of them, one or two evidence links on 30%, one or two beneficiaries on 40%, one or two
 * corroborations on a third, and one draw in fifty retired (hidden by the panel from most viewers, but still
 * read) — with the change history the real code writes for all of it: a {@code CREATED} entry with its field values
 * for every contribution, a {@code CORROBORATED} entry for every corroboration, a {@code RETIRED} entry for every
 * retired one.
 * <p>
 * Ids are part of the dataset: contribution {@code i} (0-based) of issue {@code n} has id
 * {@code (n - 1) × contributionsPerIssue + i + 1}, and issue {@code n} is generated from its own seed, so a benchmark
 * can know who did and who corroborated any contribution without asking the database. {@link DatasetLoader} writes
 * it; anything stamped at or after {@link #WRITES_FROM} was written by a benchmark and is removed when a store is
 * opened again.
 */
public final class BenchDataset {
    /** The foundation issue's target: 100,000 contributions over 10,000 issues. */
    public static final String SIZE_100K = "100k";
    /** The issue panel's target: 1,000,000 contributions over 100,000 issues. */
    public static final String SIZE_1M = "1m";

    public static final String PROJECT_KEY = "BENCH";
    /** The project id of every {@code BENCH-…} issue (what {@code FakeHost} would give it). */
    static final long PROJECT_ID = PROJECT_KEY.hashCode();
    /** What the benchmarks' clock says: every row they write is stamped with it; the dataset's rows are all older. */
    public static final Instant WRITES_FROM = Instant.parse("2026-11-25T10:00:00Z");

    private static final long FIRST_ISSUE_ID = 100_000;
    private static final Instant FIRST_CREATED = Instant.parse("2025-11-25T09:00:00Z");
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 25);
    private static final Duration RETIRED_AFTER = Duration.ofDays(1);

    /** Twelve teammates: user key and display name. */
    static final List<String[]> PEOPLE = List.of(
            new String[]{"alice", "Alice Lead"}, new String[]{"bob", "Bob Builder"},
            new String[]{"carol", "Carol Reviewer"}, new String[]{"dave", "Dave Docs"},
            new String[]{"erin", "Erin Oncall"}, new String[]{"frank", "Frank Facilitator"},
            new String[]{"grace", "Grace Hopper-Smith"}, new String[]{"heidi", "Heidi Mentor"},
            new String[]{"ivan", "Ivan Infrastructure"}, new String[]{"judy", "Judy QA"},
            new String[]{"mallory", "Mallory Product"}, new String[]{"oscar", "Oscar Ops"});

    /** Who administers the {@code BENCH} project (so the panel shows her the edit and restore controls). */
    static final String PROJECT_ADMIN = "alice";

    private static final List<String> CATEGORY_KEYS = DefaultCategories.all().stream().map(c -> c.key()).toList();

    private static final String[] WORDS = ("reviewed the migration plan for the export job and flagged a missing index "
            + "wrote runbook for the nightly sync paired with the new joiner on the flaky payment test clarified "
            + "acceptance criteria with product so QA could start early drove the hand-off between platform and mobile "
            + "teams fixed retry storm in CI pipeline facilitated the retro and captured two process experiments "
            + "documented the rollback procedure unblocked the release by chasing the security sign-off").split(" ");

    private final int issues;
    private final int contributionsPerIssue;

    public BenchDataset(int issues, int contributionsPerIssue) {
        if (issues < 1 || contributionsPerIssue < 0) {
            throw new IllegalArgumentException("A dataset needs an issue and no negative contribution count");
        }
        this.issues = issues;
        this.contributionsPerIssue = contributionsPerIssue;
    }

    /** {@value #SIZE_100K} or {@value #SIZE_1M}, ten contributions per issue either way. */
    public static BenchDataset ofSize(String size) {
        return switch (size.toLowerCase(Locale.ROOT)) {
            case SIZE_100K -> new BenchDataset(10_000, 10);
            case SIZE_1M -> new BenchDataset(100_000, 10);
            default -> throw new IllegalArgumentException("Unknown size '" + size + "'; use 100k or 1m");
        };
    }

    public int issues() {
        return issues;
    }

    public int contributionsPerIssue() {
        return contributionsPerIssue;
    }

    public int contributions() {
        return issues * contributionsPerIssue;
    }

    /**
     * Tells the stores of different datasets apart ({@code gluework_jmh} + this): empty for 100k, the store the
     * first benchmark used; {@code _1m} for 1m.
     */
    String storeSuffix() {
        if (issues == 10_000 && contributionsPerIssue == 10) {
            return "";
        }
        if (issues == 100_000 && contributionsPerIssue == 10) {
            return "_1m";
        }
        return "_" + issues + "x" + contributionsPerIssue;
    }

    /** {@code n} from 1 to {@link #issues()}. */
    public static String issueKey(int n) {
        return PROJECT_KEY + "-" + n;
    }

    static long issueId(int n) {
        return FIRST_ISSUE_ID + n;
    }

    /** The id of contribution {@code index} (0-based) of issue {@code n}. */
    int contributionId(int n, int index) {
        return (n - 1) * contributionsPerIssue + index + 1;
    }

    /** The host side of the dataset: its people; everyone may browse everything; alice administers the project. */
    public FakeHost people() {
        FakeHost host = new FakeHost();
        PEOPLE.forEach(p -> host.withPerson(p[0], p[1]));
        return host.withProjectAdmin(PROJECT_ADMIN);
    }

    /** The host's issues {@code BENCH-1…BENCH-n}. */
    BenchIssues issueSource() {
        return new BenchIssues(issues);
    }

    /**
     * Makes the store hold exactly this dataset: removes what benchmarks wrote, then keeps the dataset when it is
     * complete, otherwise (an empty store, another dataset, an interrupted load) empties Glue Work's tables and loads it.
     *
     * @return whether anything was loaded
     */
    public boolean ensureLoaded(EntityManagerActiveObjects ao, BenchDatabase database) {
        DatasetLoader loader = new DatasetLoader(ao, database);
        loader.removeBenchmarkWrites(WRITES_FROM);
        if (isLoadedIn(ao)) {
            return false;
        }
        loader.load(this);
        return true;
    }

    /**
     * The right total with the ids this dataset gives, and the last issue complete with its history (each batch of
     * issues is loaded in one transaction, in order): another tool's rows, or an older dataset without history, do
     * not pass for it.
     */
    private boolean isLoadedIn(EntityManagerActiveObjects ao) {
        int total = contributions();
        return ao.count(ContributionEntity.class) == total
                && ao.count(ContributionEntity.class, "ID <= ?", total) == total
                && ao.count(ContributionEntity.class, "ISSUE_KEY = ?", issueKey(issues)) == contributionsPerIssue
                && (total == 0 || ao.count(ChangeEntity.class, "CONTRIBUTION_ID = ?", total) > 0);
    }

    /** The contributions of issue {@code n}, oldest first, with their ids. */
    List<GeneratedContribution> generateIssue(int n) {
        SplittableRandom random = new SplittableRandom(0x9E3779B97F4A7C15L * n);
        List<GeneratedContribution> result = new ArrayList<>(contributionsPerIssue);
        for (int i = 0; i < contributionsPerIssue; i++) {
            String contributor = person(random);
            String recordedBy = random.nextInt(10) < 7 ? contributor : otherThan(random, contributor);
            Instant createdAt = FIRST_CREATED.plusSeconds((long) (n - 1) * contributionsPerIssue + i);
            List<URI> links = new ArrayList<>();
            if (random.nextInt(10) < 3) {
                links.add(URI.create("https://bitbucket.example.com/projects/" + PROJECT_KEY
                        + "/repos/gluework/pull-requests/" + random.nextInt(1, 20_000) + "/overview"));
                if (random.nextBoolean()) {
                    links.add(URI.create("https://confluence.example.com/display/ENG/Runbook+for+the+nightly+sync+job+v"
                            + random.nextInt(1, 40)));
                }
            }
            List<String> beneficiaries = new ArrayList<>();
            if (random.nextInt(10) < 4) {
                beneficiaries.add(otherThan(random, contributor));
                String second = otherThan(random, contributor);
                if (random.nextBoolean() && !beneficiaries.contains(second)) {
                    beneficiaries.add(second);
                }
            }
            List<GeneratedCorroboration> corroborations = new ArrayList<>();
            if (random.nextInt(3) == 0) {
                int count = random.nextInt(1, 3);
                while (corroborations.size() < count) {
                    String peer = otherThan(random, contributor);
                    if (corroborations.stream().noneMatch(c -> c.corroboratorKey().equals(peer))) {
                        corroborations.add(new GeneratedCorroboration(peer,
                                random.nextBoolean() ? "" : text(random, 20, 120),
                                createdAt.plus(Duration.ofHours(corroborations.size() + 1))));
                    }
                }
            }
            NewContribution contribution = new NewContribution(CATEGORY_KEYS.get(random.nextInt(CATEGORY_KEYS.size())),
                    contributor, recordedBy, issueRef(n), TODAY.minusDays(random.nextInt(365)), text(random, 40, 200),
                    random.nextInt(10) < 6 ? text(random, 50, 300) : "", beneficiaries, links,
                    ContributionSource.MANUAL, createdAt);
            boolean retired = random.nextInt(50) == 0;
            result.add(new GeneratedContribution(contributionId(n, i), contribution, retired, corroborations));
        }
        return result;
    }

    private static IssueRef issueRef(int n) {
        return new IssueRef(issueId(n), issueKey(n), PROJECT_ID, PROJECT_KEY, "");
    }

    static String person(SplittableRandom random) {
        return PEOPLE.get(random.nextInt(PEOPLE.size()))[0];
    }

    static String otherThan(SplittableRandom random, String userKey) {
        String other = person(random);
        return other.equals(userKey) ? otherThan(random, userKey) : other;
    }

    /** Words from a glue-work vocabulary, between {@code min} and {@code max} characters, capitalised, no full stop. */
    static String text(SplittableRandom random, int min, int max) {
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

    /**
     * One generated contribution, as the service would have stored it, and what happened to it afterwards.
     *
     * @param retired retired by its contributor a day after it was recorded (so at version 2)
     */
    record GeneratedContribution(int id, NewContribution contribution, boolean retired,
                                 List<GeneratedCorroboration> corroborations) {

        Instant retiredAt() {
            return contribution.createdAt().plus(RETIRED_AFTER);
        }

        int version() {
            return retired ? 2 : 1;
        }

        /** Its history as the service writes it: created, corroborated (in order), retired. */
        List<NewContributionChange> history() {
            List<NewContributionChange> history = new ArrayList<>();
            history.add(NewContributionChange.created(contribution));
            corroborations.forEach(c -> history.add(
                    NewContributionChange.corroborated(c.corroboratorKey(), c.createdAt(), c.note())));
            if (retired) {
                history.add(NewContributionChange.retired(contribution.contributorKey(), retiredAt()));
            }
            return history;
        }

        boolean isCorroboratedBy(String userKey) {
            return corroborations.stream().anyMatch(c -> c.corroboratorKey().equals(userKey));
        }
    }

    /** A peer's corroboration, with or without a note. */
    record GeneratedCorroboration(String corroboratorKey, String note, Instant createdAt) {
    }
}
