package com.gluework.core.service;

import com.gluework.core.error.AuthenticationRequiredException;
import com.gluework.core.error.NotFoundException;
import com.gluework.core.error.UnavailableException;
import com.gluework.core.model.Category;
import com.gluework.core.model.Contribution;
import com.gluework.core.model.Corroboration;
import com.gluework.core.model.Person;
import com.gluework.core.port.AccessPolicy;
import com.gluework.core.port.CategoryRepository;
import com.gluework.core.port.ContributionRepository;
import com.gluework.core.port.PeopleDirectory;
import com.gluework.core.port.SprintSource;
import com.gluework.core.report.Board;
import com.gluework.core.report.GlueWin;
import com.gluework.core.report.ReportedContribution;
import com.gluework.core.report.ReportSettings;
import com.gluework.core.report.Sprint;
import com.gluework.core.report.SprintData;
import com.gluework.core.report.SprintGlueSelector;
import com.gluework.core.report.SprintIssue;
import com.gluework.core.report.SprintReport;
import com.gluework.core.report.SprintReportAssembler;
import com.gluework.core.report.SprintReportExport;
import com.gluework.core.report.SprintReportInput;
import com.gluework.core.report.SprintRules;
import com.gluework.core.report.SprintWindow;
import jakarta.inject.Inject;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * The sprint glue-wins report: which boards and sprints there are, and the report of one sprint as one viewer may see
 * it. Fetches what {@link SprintReportAssembler} needs through the ports and leaves every figure to it.
 *
 * <p>Visibility: the sprint's issues are filtered through {@link AccessPolicy#canBrowse} before anything is loaded, so
 * glue on an issue the viewer cannot browse is neither shown nor counted. Team glue not tied to an issue is visible to
 * every logged-in user, as it is on the team's pages. Anonymous visitors get no report at all: it names people and
 * their workload.
 *
 * <p>Settings: the hero alert fires when one person carries strictly more than {@link #heroThresholdShare()} of the
 * sprint's glue — {@value ReportSettings#DEFAULT_HERO_THRESHOLD_SHARE} unless the host passes another share to the
 * constructor; the team's time zone is the clock's zone.
 */
public final class SprintReportService {
    private final SprintSource sprints;
    private final ContributionRepository contributions;
    private final CategoryRepository categories;
    private final PeopleDirectory people;
    private final AccessPolicy access;
    private final Clock clock;
    private final double heroThresholdShare;

    /** With the default hero threshold ({@value ReportSettings#DEFAULT_HERO_THRESHOLD_SHARE}). */
    @Inject
    public SprintReportService(SprintSource sprints, ContributionRepository contributions, CategoryRepository categories,
                               PeopleDirectory people, AccessPolicy access, Clock clock) {
        this(sprints, contributions, categories, people, access, clock, ReportSettings.DEFAULT_HERO_THRESHOLD_SHARE);
    }

    /**
     * @param heroThresholdShare the share of a sprint's glue one person must exceed for the hero alert, in (0, 1]
     * @throws IllegalArgumentException the share is outside (0, 1]
     */
    public SprintReportService(SprintSource sprints, ContributionRepository contributions, CategoryRepository categories,
                               PeopleDirectory people, AccessPolicy access, Clock clock, double heroThresholdShare) {
        this.sprints = sprints;
        this.contributions = contributions;
        this.categories = categories;
        this.people = people;
        this.access = access;
        this.clock = clock;
        // Checked now, so a misconfigured host fails at start-up rather than on the first report.
        if (!(heroThresholdShare > 0 && heroThresholdShare <= 1)) {
            throw new IllegalArgumentException("hero threshold must be a share in (0, 1], was " + heroThresholdShare);
        }
        this.heroThresholdShare = heroThresholdShare;
    }

    public double heroThresholdShare() {
        return heroThresholdShare;
    }

    /**
     * Every board, by name, for the board picker.
     *
     * @throws AuthenticationRequiredException anonymous actor
     * @throws UnavailableException            the host has no sprints (Jira Software is not installed)
     */
    public List<Board> boards(Optional<String> actorKey) {
        requireReportable(actorKey);
        return sprints.findBoards().stream()
                .sorted(Comparator.comparing(Board::name, String.CASE_INSENSITIVE_ORDER).thenComparingLong(Board::id))
                .toList();
    }

    /**
     * @throws NotFoundException unknown board
     * @see #boards for the other exceptions
     */
    public Board board(Optional<String> actorKey, long boardId) {
        requireReportable(actorKey);
        return sprints.findBoard(boardId).orElseThrow(() -> unknownBoard(boardId));
    }

    /**
     * A board's sprints in the board's order (closed, active, future), for the sprint picker.
     *
     * @throws NotFoundException unknown board
     * @see #boards for the other exceptions
     */
    public List<Sprint> sprintsOf(Optional<String> actorKey, long boardId) {
        board(actorKey, boardId);
        return sprints.findBoardSprints(boardId);
    }

    /**
     * The sprint the report opens on for a board: the active one, else the last closed one
     * ({@link SprintRules#defaultSprint}); empty when the board has neither.
     *
     * @see #sprintsOf for the exceptions
     */
    public Optional<Sprint> defaultSprint(Optional<String> actorKey, long boardId) {
        return SprintRules.defaultSprint(sprintsOf(actorKey, boardId));
    }

    /**
     * The glue-wins report of one sprint, every figure computed over the glue the actor may see, compared with the
     * previous sprint of the same board when there is one.
     *
     * @throws AuthenticationRequiredException anonymous actor
     * @throws NotFoundException               unknown sprint
     * @throws UnavailableException            the host has no sprints (Jira Software is not installed)
     */
    public SprintReport report(Optional<String> actorKey, long sprintId) {
        return export(actorKey, sprintId).report();
    }

    /**
     * The report of {@link #report} together with every contribution it counted, people and categories resolved,
     * for the CSV and Markdown exports.
     *
     * @see #report for the exceptions
     */
    public SprintReportExport export(Optional<String> actorKey, long sprintId) {
        requireReportable(actorKey);
        Sprint current = sprints.findSprint(sprintId).orElseThrow(() -> new NotFoundException("sprintId",
                "Sprint " + sprintId + " does not exist."));
        ReportSettings settings = new ReportSettings(heroThresholdShare, clock.getZone(), sprints.workflowStatuses(),
                ReportSettings.DEFAULT_CLARIFICATION_CATEGORY);
        Optional<Sprint> previous = current.boardId() > 0
                ? SprintRules.previousSprint(current, sprints.findBoardSprints(current.boardId()))
                : Optional.empty();

        SprintData currentData = sprintData(actorKey, current, settings, s -> true);
        // The previous sprint's unattached glue counts for the people who worked that sprint, as in its own report, so
        // the comparison's "before" figures are the ones its report showed.
        Optional<SprintData> previousData = previous.map(p -> {
            Set<String> previousTeam = sprints.findSprintTeam(p.id());
            return sprintData(actorKey, p, settings, previousTeam::contains);
        });
        List<Person> team = team(sprintId);
        Map<String, Person> others = others(currentData, previousData, team);
        SprintReportInput input = new SprintReportInput(currentData, previousData, team, others, categories.findAll(),
                settings);
        // Issue glue was loaded only for issues the actor may browse; unattached team glue is visible to any user.
        Set<Long> visibleIssueIds = new LinkedHashSet<>();
        currentData.issues().forEach(i -> visibleIssueIds.add(i.issue().id()));
        previousData.ifPresent(p -> p.issues().forEach(i -> visibleIssueIds.add(i.issue().id())));
        Predicate<Contribution> viewerMaySee = c -> c.issue() == null || visibleIssueIds.contains(c.issue().id());
        SprintReport report = SprintReportAssembler.assemble(input, viewerMaySee);

        Map<String, Person> named = new HashMap<>(others);
        team.forEach(p -> named.put(p.key(), p));
        Map<String, Category> categoriesByKey = new HashMap<>();
        input.categories().forEach(c -> categoriesByKey.putIfAbsent(c.key(), c));
        Set<Long> winIds = report.wins().stream().map(GlueWin::contributionId).collect(Collectors.toSet());
        Set<String> teamKeys = team.stream().map(Person::key).collect(Collectors.toSet());
        // The same selection the assembler made, so the rows are exactly what the totals count.
        List<ReportedContribution> counted = SprintGlueSelector.select(currentData, teamKeys, viewerMaySee,
                        settings.zone()).stream()
                .map(c -> reported(c, named, categoriesByKey, winIds.contains(c.id())))
                .toList();
        return new SprintReportExport(report, counted);
    }

    private static ReportedContribution reported(Contribution c, Map<String, Person> named,
                                                 Map<String, Category> categoriesByKey, boolean win) {
        Function<String, Person> person = key -> named.getOrDefault(key, new Person(key, key, key, "", true));
        List<Person> corroborators = c.corroborations().stream()
                .sorted(Comparator.comparing(Corroboration::createdAt).thenComparingLong(Corroboration::id))
                .map(Corroboration::corroboratorKey)
                .filter(k -> !k.equals(c.contributorKey()))
                .distinct()
                .map(person)
                .toList();
        Category category = categoriesByKey.getOrDefault(c.categoryKey(),
                new Category(c.categoryKey(), c.categoryKey(), "", "", "", false, Integer.MAX_VALUE));
        return new ReportedContribution(c, person.apply(c.contributorKey()), category, corroborators, win);
    }

    /**
     * The sprint's issues the actor may browse, the glue on them, and the unattached glue in the window of the people
     * {@code unattachedBy} accepts.
     */
    private SprintData sprintData(Optional<String> actorKey, Sprint sprint, ReportSettings settings,
                                 Predicate<String> unattachedBy) {
        List<SprintIssue> visible = sprints.findSprintIssues(sprint.id()).stream()
                .filter(i -> access.canBrowse(actorKey, i.issue()))
                .toList();
        List<Contribution> candidates = new ArrayList<>(
                contributions.findByIssues(visible.stream().map(i -> i.issue().id()).toList()));
        Optional<SprintWindow> window = sprint.window(settings.zone());
        window.ifPresent(w -> contributions.findUnattachedBetween(w.firstDay(), w.lastDay()).stream()
                .filter(c -> unattachedBy.test(c.contributorKey()))
                .forEach(candidates::add));
        return new SprintData(sprint, visible, candidates);
    }

    private List<Person> team(long sprintId) {
        Set<String> keys = sprints.findSprintTeam(sprintId);
        Map<String, Person> found = people.findPeople(keys);
        // Someone the directory no longer knows (deleted, anonymised) still worked the sprint: shown by key.
        return keys.stream().map(k -> found.getOrDefault(k, new Person(k, k, k, "", false))).toList();
    }

    /** Contributors and corroborators outside the team, resolved in one directory call. */
    private Map<String, Person> others(SprintData current, Optional<SprintData> previous, List<Person> team) {
        Set<String> teamKeys = team.stream().map(Person::key).collect(Collectors.toSet());
        Set<String> keys = new LinkedHashSet<>();
        List<Contribution> all = new ArrayList<>(current.contributions());
        previous.ifPresent(p -> all.addAll(p.contributions()));
        for (Contribution c : all) {
            keys.add(c.contributorKey());
            c.corroborations().forEach(k -> keys.add(k.corroboratorKey()));
        }
        keys.removeAll(teamKeys);
        return keys.isEmpty() ? Map.of() : people.findPeople(keys);
    }

    private void requireReportable(Optional<String> actorKey) {
        if (actorKey.isEmpty()) {
            throw new AuthenticationRequiredException("user", "Log in to see the sprint report.");
        }
        if (!sprints.isAvailable()) {
            throw new UnavailableException("sprints", "Jira Software is not installed, so there are no boards or "
                    + "sprints to report on. Ask an administrator to install or enable Jira Software.");
        }
    }

    private static NotFoundException unknownBoard(long boardId) {
        return new NotFoundException("boardId", "Board " + boardId + " does not exist.");
    }
}
