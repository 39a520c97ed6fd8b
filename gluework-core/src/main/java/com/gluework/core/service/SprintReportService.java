package com.gluework.core.service;

import com.gluework.core.error.AuthenticationRequiredException;
import com.gluework.core.error.NotFoundException;
import com.gluework.core.error.UnavailableException;
import com.gluework.core.model.Contribution;
import com.gluework.core.model.IssueRef;
import com.gluework.core.model.Person;
import com.gluework.core.port.AccessPolicy;
import com.gluework.core.port.CategoryRepository;
import com.gluework.core.port.ContributionRepository;
import com.gluework.core.port.PeopleDirectory;
import com.gluework.core.port.SprintSource;
import com.gluework.core.privacy.PerPersonVisibility;
import com.gluework.core.privacy.ProjectPrivacySettings;
import com.gluework.core.privacy.TeamLevelReport;
import com.gluework.core.report.Board;
import com.gluework.core.report.ReportSettings;
import com.gluework.core.model.GlueSettings;
import com.gluework.core.port.DefinitionsRepository;
import com.gluework.core.report.Sprint;
import com.gluework.core.report.SprintData;
import com.gluework.core.report.SprintIssue;
import com.gluework.core.report.SprintReport;
import com.gluework.core.report.SprintReportAssembler;
import com.gluework.core.report.SprintReportExport;
import com.gluework.core.report.SprintReportInput;
import com.gluework.core.report.SprintRules;
import com.gluework.core.report.SprintWindow;
import jakarta.inject.Inject;

import java.time.Clock;
import java.util.function.DoubleSupplier;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The sprint glue-wins report: which boards and sprints there are, and the report of one sprint as one viewer may see
 * it. Fetches what {@link SprintReportAssembler} needs through the ports and leaves every figure to it.
 *
 * <p>Visibility: boards and sprints are looked up as the actor, so one they may not see is "not found", exactly like
 * one that does not exist. The sprint's issues are filtered through {@link AccessPolicy#canBrowse} before anything is
 * loaded, so glue on an issue the viewer cannot browse is neither shown nor counted, and the team — the assignees of
 * the issues left, in this sprint and, for the comparison, in the previous one — never names someone only an
 * invisible issue would reveal. Team glue not tied to an issue is visible to
 * every logged-in user, as it is on the team's pages. Anonymous visitors get no report at all: it names people and
 * their workload.
 *
 * <p>Settings: the hero alert fires when one person carries strictly more than {@link #heroThresholdShare()} of the
 * sprint's glue — the share an admin set when the host passes the {@link DefinitionsRepository}, otherwise
 * {@value ReportSettings#DEFAULT_HERO_THRESHOLD_SHARE} or the share the host passes; the team's time zone is the
 * clock's zone.
 */
public final class SprintReportService {
    private final SprintSource sprints;
    private final ContributionRepository contributions;
    private final CategoryRepository categories;
    private final PeopleDirectory people;
    private final AccessPolicy access;
    private final Clock clock;
    private final DoubleSupplier heroThresholdShare;
    private final ProjectPrivacySettings privacy;

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
        this(sprints, contributions, categories, people, access, clock, fixed(heroThresholdShare),
                ProjectPrivacySettings.DEFAULTS);
    }

    /**
     * With the hero threshold an admin set ({@link GlueSettings#heroThresholdPercent()}), read for every report, so a
     * change applies to the next report on every node without a restart.
     */
    public SprintReportService(SprintSource sprints, ContributionRepository contributions, CategoryRepository categories,
                               PeopleDirectory people, AccessPolicy access, Clock clock, DefinitionsRepository definitions) {
        this(sprints, contributions, categories, people, access, clock, definitions, ProjectPrivacySettings.DEFAULTS);
    }

    /** With each project's choice of who sees per-person figures (issue 11) and the default hero threshold. */
    public SprintReportService(SprintSource sprints, ContributionRepository contributions, CategoryRepository categories,
                               PeopleDirectory people, AccessPolicy access, Clock clock, ProjectPrivacySettings privacy) {
        this(sprints, contributions, categories, people, access, clock,
                fixed(ReportSettings.DEFAULT_HERO_THRESHOLD_SHARE), privacy);
    }

    /** As the products run it: the admin's hero threshold and each project's choice of who sees per-person figures. */
    public SprintReportService(SprintSource sprints, ContributionRepository contributions, CategoryRepository categories,
                               PeopleDirectory people, AccessPolicy access, Clock clock, DefinitionsRepository definitions,
                               ProjectPrivacySettings privacy) {
        this(sprints, contributions, categories, people, access, clock,
                (DoubleSupplier) () -> definitions.settings().value().heroThresholdShare(), privacy);
    }

    private SprintReportService(SprintSource sprints, ContributionRepository contributions, CategoryRepository categories,
                                PeopleDirectory people, AccessPolicy access, Clock clock, DoubleSupplier heroThresholdShare,
                                ProjectPrivacySettings privacy) {
        this.privacy = privacy;
        this.sprints = sprints;
        this.contributions = contributions;
        this.categories = categories;
        this.people = people;
        this.access = access;
        this.clock = clock;
        this.heroThresholdShare = heroThresholdShare;
    }

    /** Checked now, so a misconfigured host fails at start-up rather than on the first report. */
    private static DoubleSupplier fixed(double share) {
        if (!(share > 0 && share <= 1)) {
            throw new IllegalArgumentException("hero threshold must be a share in (0, 1], was " + share);
        }
        return () -> share;
    }

    public double heroThresholdShare() {
        return heroThresholdShare.getAsDouble();
    }

    /**
     * Every board the actor may see, by name, for the board picker.
     *
     * @throws AuthenticationRequiredException anonymous actor
     * @throws UnavailableException            the host has no sprints (Jira Software is not installed)
     */
    public List<Board> boards(Optional<String> actorKey) {
        requireReportable(actorKey);
        return sprints.findBoards(actorKey).stream()
                .sorted(Board.BY_NAME)
                .toList();
    }

    /**
     * @throws NotFoundException unknown board, or one the actor may not see (the same answer, so as not to reveal it)
     * @see #boards for the other exceptions
     */
    public Board board(Optional<String> actorKey, long boardId) {
        requireReportable(actorKey);
        return sprints.findBoard(actorKey, boardId).orElseThrow(() -> unknownBoard(boardId));
    }

    /**
     * A board's sprints in the board's order (closed, active, future), for the sprint picker.
     *
     * @throws NotFoundException unknown board, or one the actor may not see
     * @see #boards for the other exceptions
     */
    public List<Sprint> sprintsOf(Optional<String> actorKey, long boardId) {
        board(actorKey, boardId);
        return sprints.findBoardSprints(actorKey, boardId);
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
     * @throws NotFoundException               unknown sprint, or one the actor may not see
     * @throws UnavailableException            the host has no sprints (Jira Software is not installed)
     */
    public SprintReport report(Optional<String> actorKey, long sprintId) {
        // Not export(...).report(): the export's rows (one per counted contribution) would be built and thrown away.
        ReportRequest request = request(actorKey, sprintId);
        SprintReport report = SprintReportAssembler.assemble(request.input(), request.viewerMaySee());
        return request.perPersonFigures() ? report : TeamLevelReport.of(report);
    }

    /**
     * The report of {@link #report} together with every contribution it counted, people and categories resolved,
     * for the CSV and Markdown exports: the rows come from the same assembly as the report, so they are exactly what
     * its totals count.
     *
     * @see #report for the exceptions
     */
    public SprintReportExport export(Optional<String> actorKey, long sprintId) {
        ReportRequest request = request(actorKey, sprintId);
        SprintReportExport export = SprintReportAssembler.export(request.input(), request.viewerMaySee());
        return request.perPersonFigures() ? export : TeamLevelReport.of(export);
    }

    /** What the assembler gets for one viewer's report, and whether that viewer sees per-person figures. */
    private record ReportRequest(SprintReportInput input, Predicate<Contribution> viewerMaySee,
                                 boolean perPersonFigures) {
    }

    private ReportRequest request(Optional<String> actorKey, long sprintId) {
        requireReportable(actorKey);
        Sprint current = sprints.findSprint(actorKey, sprintId).orElseThrow(() -> new NotFoundException("sprintId",
                "Sprint " + sprintId + " does not exist."));
        ReportSettings settings = new ReportSettings(heroThresholdShare.getAsDouble(), clock.getZone(), sprints.workflowStatuses(),
                ReportSettings.DEFAULT_CLARIFICATION_CATEGORY);
        Optional<Sprint> previous = current.boardId() > 0
                ? SprintRules.previousSprint(current, sprints.findBoardSprints(actorKey, current.boardId()))
                : Optional.empty();

        SprintData currentData = sprintData(actorKey, current, settings);
        Optional<SprintData> previousData = previous.map(p -> sprintData(actorKey, p, settings));
        Map<String, Person> named = namedPeople(currentData, previousData);
        SprintReportInput input = new SprintReportInput(currentData, previousData,
                resolve(currentData.team(), named),
                resolve(previousData.map(SprintData::team).orElse(Set.of()), named),
                named, categories.findAll(), settings);
        // Issue glue was loaded only for issues the actor may browse; unattached team glue is visible to any user.
        Set<Long> visibleIssueIds = new HashSet<>();
        currentData.issues().forEach(i -> visibleIssueIds.add(i.issue().id()));
        previousData.ifPresent(p -> p.issues().forEach(i -> visibleIssueIds.add(i.issue().id())));
        Predicate<Contribution> viewerMaySee = c -> c.issue() == null || visibleIssueIds.contains(c.issue().id());
        return new ReportRequest(input, viewerMaySee, maySeePerPersonFigures(actorKey, currentData, previousData));
    }

    /**
     * Whether this viewer sees per-person figures: yes unless one of the projects whose issues the report counts
     * shows them to its administrators only and the viewer does not administer it. A sprint can span projects; the
     * strictest of them decides, so no project's choice is overridden by another's.
     */
    private boolean maySeePerPersonFigures(Optional<String> actorKey, SprintData current, Optional<SprintData> previous) {
        Map<Long, IssueRef> oneIssuePerProject = new LinkedHashMap<>();
        current.issues().forEach(i -> oneIssuePerProject.putIfAbsent(i.issue().projectId(), i.issue()));
        previous.ifPresent(p -> p.issues().forEach(i -> oneIssuePerProject.putIfAbsent(i.issue().projectId(), i.issue())));
        for (Map.Entry<Long, IssueRef> project : oneIssuePerProject.entrySet()) {
            if (privacy.perPersonVisibility(project.getKey()) == PerPersonVisibility.PROJECT_ADMINS
                    && (actorKey.isEmpty() || !access.canAdministerProject(actorKey.get(), project.getValue()))) {
                return false;
            }
        }
        return true;
    }

    /**
     * The sprint's issues the actor may browse, the glue on them, and the unattached glue in the window of the people
     * who worked those issues (the sprint's team as this actor sees it).
     */
    private SprintData sprintData(Optional<String> actorKey, Sprint sprint, ReportSettings settings) {
        List<SprintIssue> visible = sprints.findSprintIssues(sprint.id()).stream()
                .filter(i -> access.canBrowse(actorKey, i.issue()))
                .toList();
        Set<String> team = SprintData.team(visible);
        List<Contribution> candidates = new ArrayList<>(
                contributions.findReportGlueByIssues(visible.stream().map(i -> i.issue().id()).toList()));
        Optional<SprintWindow> window = sprint.window(settings.zone());
        window.ifPresent(w -> contributions.findReportGlueUnattachedBetween(w.firstDay(), w.lastDay()).stream()
                .filter(c -> team.contains(c.contributorKey()))
                .forEach(candidates::add));
        return new SprintData(sprint, visible, candidates);
    }

    /** Everyone the report may name (both teams, contributors, corroborators), resolved in one directory call. */
    private Map<String, Person> namedPeople(SprintData current, Optional<SprintData> previous) {
        Set<String> keys = new LinkedHashSet<>(current.team());
        previous.ifPresent(p -> keys.addAll(p.team()));
        addContributorsAndCorroborators(current.contributions(), keys);
        previous.ifPresent(p -> addContributorsAndCorroborators(p.contributions(), keys));
        return keys.isEmpty() ? Map.of() : people.findPeople(keys);
    }

    private static void addContributorsAndCorroborators(List<Contribution> contributions, Set<String> keys) {
        for (Contribution c : contributions) {
            keys.add(c.contributorKey());
            for (var corroboration : c.corroborations()) {
                keys.add(corroboration.corroboratorKey());
            }
        }
    }

    /** Someone the directory no longer knows (deleted, anonymised) still worked the sprint: shown by key. */
    private static List<Person> resolve(Set<String> keys, Map<String, Person> named) {
        return keys.stream().map(k -> named.getOrDefault(k, Person.unknown(k))).toList();
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
