package com.gluework.bench;

import com.gluework.bench.BenchDataset.GeneratedContribution;
import com.gluework.core.model.Contribution;
import com.gluework.core.model.ContributionSource;
import com.gluework.core.model.ContributionState;
import com.gluework.core.model.Corroboration;
import com.gluework.core.model.DefaultCategories;
import com.gluework.core.model.NewContribution;
import com.gluework.core.model.NewContributionChange;
import com.gluework.core.model.Person;
import com.gluework.core.port.ContributionRepository;
import com.gluework.core.report.ReportSettings;
import com.gluework.core.report.Sprint;
import com.gluework.core.report.SprintData;
import com.gluework.core.report.SprintIssue;
import com.gluework.core.report.SprintReportInput;
import com.gluework.core.report.SprintState;
import com.gluework.core.report.SprintWindow;
import com.gluework.core.report.StatusChange;
import com.gluework.core.report.WorkflowStatuses;
import com.gluework.core.testing.FakeHost;
import com.gluework.core.testing.InMemorySprintSource;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.Predicate;
import java.util.stream.IntStream;

/**
 * The sprint the report benchmarks report on, laid over a {@link BenchDataset}: board {@value #BOARD_ID} with a
 * closed sprint {@value #SPRINT_ID} (9–20 Nov 2026) and the closed sprint before it, {@value #PREVIOUS_SPRINT_ID}
 * (26 Oct–6 Nov), each with its own issues of the dataset — {@value #ISSUES_PER_SPRINT} of them, spread evenly over the
 * whole store so their rows are as scattered as real sprints' are — and a team of seven of the dataset's twelve
 * people. The other five still record glue on the sprint's issues, as reviewers from other teams do.
 * <p>
 * What the dataset lacks, the workload adds, deterministically: status histories for the sprint's issues (to do → in
 * progress → in review → done, with some returned from review, some reopened and some unfinished), and
 * {@value #UNATTACHED_PER_SPRINT} contributions per sprint not tied to an issue, by team members, dated inside the
 * sprint's window. Those are written through the real repository stamped with {@link BenchDataset#WRITES_FROM}, so
 * the next store opening removes them like every other benchmark write and no other benchmark ever sees them.
 */
public final class SprintWorkload {
    public static final long BOARD_ID = 7;
    public static final long PREVIOUS_SPRINT_ID = 41;
    public static final long SPRINT_ID = 42;
    /** The issue's target sprint: 200 issues, about 2,000 contributions (ten per issue in the dataset). */
    public static final int ISSUES_PER_SPRINT = 200;
    static final int UNATTACHED_PER_SPRINT = 40;

    /** The people who worked both sprints (the assignees of their issues), seven of the dataset's twelve. */
    static final List<String> TEAM = List.of("alice", "bob", "carol", "dave", "erin", "frank", "grace");

    static final Sprint PREVIOUS = new Sprint(PREVIOUS_SPRINT_ID, BOARD_ID, "BENCH Sprint 41", SprintState.CLOSED,
            Instant.parse("2026-10-26T09:00:00Z"), Instant.parse("2026-11-06T17:00:00Z"),
            Instant.parse("2026-11-06T16:30:00Z"));
    static final Sprint CURRENT = new Sprint(SPRINT_ID, BOARD_ID, "BENCH Sprint 42", SprintState.CLOSED,
            Instant.parse("2026-11-09T09:00:00Z"), Instant.parse("2026-11-20T17:00:00Z"),
            Instant.parse("2026-11-20T15:45:00Z"));

    private static final List<String> CATEGORY_KEYS = DefaultCategories.all().stream().map(c -> c.key()).toList();
    private static final WorkflowStatuses STATUSES = WorkflowStatuses.jiraDefaults();

    private final BenchDataset dataset;
    private final List<Integer> currentIssues;
    private final List<Integer> previousIssues;

    private SprintWorkload(BenchDataset dataset, List<Integer> currentIssues, List<Integer> previousIssues) {
        this.dataset = dataset;
        this.currentIssues = List.copyOf(currentIssues);
        this.previousIssues = List.copyOf(previousIssues);
        if (IntStream.concat(currentIssues.stream().mapToInt(i -> i), previousIssues.stream().mapToInt(i -> i))
                .anyMatch(n -> n < 1 || n > dataset.issues())) {
            throw new IllegalArgumentException("Sprint issues must be issues of the dataset (1…" + dataset.issues() + ")");
        }
    }

    /**
     * {@value #ISSUES_PER_SPRINT} issues per sprint, every {@code issues / 200}-th issue of the store from the first for
     * the sprint, half a step further for the previous one: BENCH-1, -51, -101… and BENCH-26, -76… at 100k;
     * BENCH-1, -501… and BENCH-251, -751… at 1m. Either way the sprint's contributions are 2,000 rows spread over the
     * whole table.
     */
    public static SprintWorkload spreadOver(BenchDataset dataset) {
        int step = dataset.issues() / ISSUES_PER_SPRINT;
        if (step < 2) {
            throw new IllegalArgumentException("Two sprints of " + ISSUES_PER_SPRINT + " issues need a dataset of at least "
                    + 2 * ISSUES_PER_SPRINT + " issues");
        }
        return new SprintWorkload(dataset,
                IntStream.range(0, ISSUES_PER_SPRINT).map(k -> 1 + k * step).boxed().toList(),
                IntStream.range(0, ISSUES_PER_SPRINT).map(k -> 1 + k * step + step / 2).boxed().toList());
    }

    /** A workload over chosen issues {@code BENCH-n} (for tests on small stores). */
    static SprintWorkload of(BenchDataset dataset, List<Integer> currentIssues, List<Integer> previousIssues) {
        return new SprintWorkload(dataset, currentIssues, previousIssues);
    }

    public BenchDataset dataset() {
        return dataset;
    }

    /**
     * Jira Software as the report sees it: the board and both sprints with their issues' histories and assignees (the
     * team is whoever the issues are assigned to).
     */
    public InMemorySprintSource sprintSource() {
        return new InMemorySprintSource().withBoard(BOARD_ID, "BENCH board")
                .withSprint(PREVIOUS, sprintIssues(PREVIOUS, previousIssues))
                .withSprint(CURRENT, sprintIssues(CURRENT, currentIssues));
    }

    /**
     * Writes both sprints' team glue not tied to an issue through {@code repository}, with its history and
     * corroborations, all stamped {@link BenchDataset#WRITES_FROM}. Once per opened store: a second call adds it again.
     */
    public void writeUnattachedGlue(ContributionRepository repository) {
        for (Sprint sprint : List.of(PREVIOUS, CURRENT)) {
            for (UnattachedGlue glue : unattachedGlue(sprint)) {
                NewContribution c = glue.contribution();
                long id = repository.create(c, NewContributionChange.created(c)).id();
                glue.corroboratorKeys().forEach(peer -> repository.addCorroboration(id, peer, "Was there",
                        BenchDataset.WRITES_FROM));
            }
        }
    }

    /**
     * The same report input {@code SprintReportService} fetches from the store for the viewer {@code alice}, built in
     * memory from the generator: the sprints' issues with their histories and glue (retired rows included, as the
     * repository returns them), the team's unattached glue, the team, the five others and the default categories.
     * Ids of the unattached glue follow the dataset's.
     */
    public SprintReportInput inMemoryInput() {
        FakeHost people = dataset.people();
        int[] nextId = {dataset.contributions()};
        SprintData previous = inMemoryData(PREVIOUS, previousIssues, nextId);
        SprintData current = inMemoryData(CURRENT, currentIssues, nextId);
        List<Person> team = TEAM.stream().map(k -> people.findPerson(k).orElseThrow()).toList();
        Set<String> others = new HashSet<>();
        BenchDataset.PEOPLE.forEach(p -> others.add(p[0]));
        others.removeAll(TEAM);
        return new SprintReportInput(current, Optional.of(previous), team, people.findPeople(others),
                DefaultCategories.all(), ReportSettings.defaults(ZoneOffset.UTC, STATUSES));
    }

    /** What the service lets the viewer see: glue on the two sprints' issues (all browsable here) and unattached glue. */
    public Predicate<Contribution> viewerMaySee() {
        Set<Long> visibleIssueIds = new HashSet<>();
        IntStream.concat(currentIssues.stream().mapToInt(i -> i), previousIssues.stream().mapToInt(i -> i))
                .forEach(n -> visibleIssueIds.add(BenchDataset.issueId(n)));
        return c -> c.issue() == null || visibleIssueIds.contains(c.issue().id());
    }

    /** How many contributions the report of {@link #SPRINT_ID} counts: the active glue on its issues, and its team glue. */
    int expectedCountedGlue() {
        long onIssues = currentIssues.stream().flatMap(n -> dataset.generateIssue(n).stream())
                .filter(c -> !c.retired()).count();
        return (int) onIssues + UNATTACHED_PER_SPRINT;
    }

    private SprintData inMemoryData(Sprint sprint, List<Integer> issues, int[] nextId) {
        List<Contribution> candidates = new ArrayList<>();
        int corroborationId = 0;
        for (int n : issues) {
            for (GeneratedContribution generated : dataset.generateIssue(n)) {
                List<Corroboration> corroborations = new ArrayList<>();
                for (BenchDataset.GeneratedCorroboration c : generated.corroborations()) {
                    corroborations.add(new Corroboration(++corroborationId, generated.id(), c.corroboratorKey(), c.note(),
                            c.createdAt()));
                }
                candidates.add(contribution(generated.id(), generated.contribution(),
                        generated.retired() ? ContributionState.RETIRED : ContributionState.ACTIVE, generated.version(),
                        corroborations));
            }
        }
        for (UnattachedGlue glue : unattachedGlue(sprint)) {
            long id = ++nextId[0];
            List<Corroboration> corroborations = new ArrayList<>();
            for (String peer : glue.corroboratorKeys()) {
                corroborations.add(new Corroboration(++corroborationId, id, peer, "Was there", BenchDataset.WRITES_FROM));
            }
            candidates.add(contribution(id, glue.contribution(), ContributionState.ACTIVE, 1, corroborations));
        }
        return new SprintData(sprint, sprintIssues(sprint, issues), candidates);
    }

    private static Contribution contribution(long id, NewContribution c, ContributionState state, int version,
                                             List<Corroboration> corroborations) {
        return new Contribution(id, c.categoryKey(), c.contributorKey(), c.recordedByKey(), c.issue(), c.occurredOn(),
                c.summary(), c.impact(), c.beneficiaryKeys(), c.evidenceLinks(), state, c.source(), c.createdAt(),
                c.createdAt(), version, corroborations);
    }

    /**
     * Each issue's workflow through the sprint, from its own seed: started in the first three days, reviewed, and in
     * 85% of cases done, a tenth of them sent back from review first and one in eight of the finished ones reopened
     * and finished again, mostly by the assignee. Issues are assigned round-robin, so that every member of
     * {@link #TEAM} is on the sprint's team as soon as it has seven issues.
     */
    private static List<SprintIssue> sprintIssues(Sprint sprint, List<Integer> issues) {
        List<SprintIssue> result = new ArrayList<>(issues.size());
        for (int n : issues) {
            String assignee = TEAM.get(result.size() % TEAM.size());
            SplittableRandom random = new SplittableRandom(31L * n + sprint.id());
            List<StatusChange> changes = new ArrayList<>();
            Instant at = sprint.startDate().plus(Duration.ofHours(random.nextInt(0, 72)));
            changes.add(new StatusChange(at, "To Do", "In Progress", assignee));
            at = at.plus(Duration.ofHours(random.nextInt(4, 72)));
            changes.add(new StatusChange(at, "In Progress", "In Review", assignee));
            if (random.nextInt(10) == 0) {
                String reviewer = TEAM.get(random.nextInt(TEAM.size()));
                at = at.plus(Duration.ofHours(random.nextInt(2, 24)));
                changes.add(new StatusChange(at, "In Review", "In Progress", reviewer));
                at = at.plus(Duration.ofHours(random.nextInt(4, 48)));
                changes.add(new StatusChange(at, "In Progress", "In Review", assignee));
            }
            if (random.nextInt(100) < 85) {
                at = at.plus(Duration.ofHours(random.nextInt(2, 48)));
                changes.add(new StatusChange(at, "In Review", "Done", assignee));
                if (random.nextInt(8) == 0) {
                    at = at.plus(Duration.ofHours(random.nextInt(4, 48)));
                    changes.add(new StatusChange(at, "Done", "In Progress", null)); // a reopen by automation
                    at = at.plus(Duration.ofHours(random.nextInt(4, 48)));
                    changes.add(new StatusChange(at, "In Progress", "Done", assignee));
                }
            }
            result.add(new SprintIssue(BenchIssues.ref(n), changes, assignee));
        }
        return result;
    }

    /** A sprint's team glue not tied to an issue, from the sprint's own seed, shaped like the dataset's glue. */
    static List<UnattachedGlue> unattachedGlue(Sprint sprint) {
        SprintWindow window = sprint.window(ZoneOffset.UTC).orElseThrow();
        int days = (int) (window.lastDay().toEpochDay() - window.firstDay().toEpochDay()) + 1;
        SplittableRandom random = new SplittableRandom(sprint.id() * 0x2545F4914F6CDD1DL);
        List<UnattachedGlue> result = new ArrayList<>(UNATTACHED_PER_SPRINT);
        for (int i = 0; i < UNATTACHED_PER_SPRINT; i++) {
            String contributor = TEAM.get(random.nextInt(TEAM.size()));
            String recordedBy = random.nextInt(10) < 7 ? contributor : otherTeamMember(random, contributor);
            List<URI> links = random.nextInt(10) < 3
                    ? List.of(URI.create("https://confluence.example.com/display/ENG/Retro+notes+" + random.nextInt(1, 500)))
                    : List.of();
            List<String> beneficiaries = random.nextInt(10) < 4 ? List.of(otherTeamMember(random, contributor)) : List.of();
            Set<String> corroborators = new LinkedHashSet<>();
            if (random.nextInt(3) == 0) {
                int count = random.nextInt(1, 3);
                while (corroborators.size() < count) {
                    corroborators.add(otherTeamMember(random, contributor));
                }
            }
            NewContribution contribution = new NewContribution(CATEGORY_KEYS.get(random.nextInt(CATEGORY_KEYS.size())),
                    contributor, recordedBy, null, window.firstDay().plusDays(random.nextInt(days)),
                    BenchDataset.text(random, 40, 200), random.nextInt(10) < 6 ? BenchDataset.text(random, 50, 300) : "",
                    beneficiaries, links, ContributionSource.MANUAL, BenchDataset.WRITES_FROM);
            result.add(new UnattachedGlue(contribution, List.copyOf(corroborators)));
        }
        return result;
    }

    private static String otherTeamMember(SplittableRandom random, String userKey) {
        String other = TEAM.get(random.nextInt(TEAM.size()));
        return other.equals(userKey) ? otherTeamMember(random, userKey) : other;
    }

    /** A contribution not tied to an issue, and who corroborates it. */
    record UnattachedGlue(NewContribution contribution, List<String> corroboratorKeys) {
    }

    @Override
    public String toString() {
        return "sprint " + SPRINT_ID + ": " + currentIssues.size() + " issues from BENCH-" + currentIssues.get(0)
                + ", previous sprint " + PREVIOUS_SPRINT_ID + ": " + previousIssues.size() + " issues from BENCH-"
                + previousIssues.get(0);
    }
}
