package com.gluework.jira.sprint;

import com.atlassian.greenhopper.manager.rapidview.RapidViewManager;
import com.atlassian.greenhopper.model.rapid.RapidView;
import com.atlassian.greenhopper.service.ServiceOutcome;
import com.atlassian.greenhopper.service.rapid.view.RapidViewService;
import com.atlassian.greenhopper.service.sprint.SprintManager;
import com.atlassian.greenhopper.service.sprint.SprintService;
import com.atlassian.jira.user.ApplicationUser;
import com.gluework.core.report.Board;
import com.gluework.core.report.Sprint;
import com.gluework.core.report.SprintState;
import org.joda.time.DateTime;

import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The only class that names Jira Software (GreenHopper) types. {@link OptionalJiraSoftwareBoards} creates it only after
 * checking that those types resolve, so on plain Jira this class is never loaded.
 * <p>
 * What the viewer may see is Jira Software's decision, asked through its user-aware services:
 * <ul>
 *   <li>a board is visible when {@link RapidViewService#getRapidView} returns it for the viewer; the board list is
 *       every board ({@link RapidViewManager#getAll()}, which ignores security) kept only where that check passes;</li>
 *   <li>a sprint is visible when {@link SprintService#getSprint} returns it for the viewer (Jira Software: the viewer
 *       can see one of its issues), or when the viewer may see its board — as Jira's Agile REST API answers, so that
 *       every sprint the picker lists for a visible board also opens;</li>
 *   <li>a visible board's sprints come from {@link SprintManager}: the board check above has already been made.</li>
 * </ul>
 */
final class GreenHopperBoards implements JiraSoftwareBoards {
    private static final Comparator<Sprint> BOARD_ORDER = Comparator
            .comparing((Sprint s) -> switch (s.state()) {
                case CLOSED -> 0;
                case ACTIVE -> 1;
                case FUTURE -> 2;
            })
            .thenComparing(Sprint::startDate, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparingLong(Sprint::id);

    private final SprintManager sprintManager;
    private final RapidViewManager rapidViewManager;
    private final SprintService sprintService;
    private final RapidViewService rapidViewService;

    GreenHopperBoards(SprintManager sprintManager, RapidViewManager rapidViewManager, SprintService sprintService,
                      RapidViewService rapidViewService) {
        this.sprintManager = sprintManager;
        this.rapidViewManager = rapidViewManager;
        this.sprintService = sprintService;
        this.rapidViewService = rapidViewService;
    }

    /** Takes the services as {@code Object} so that callers need not name GreenHopper types. */
    static JiraSoftwareBoards fromServices(Object sprintManager, Object rapidViewManager, Object sprintService,
                                           Object rapidViewService) {
        return new GreenHopperBoards((SprintManager) sprintManager, (RapidViewManager) rapidViewManager,
                (SprintService) sprintService, (RapidViewService) rapidViewService);
    }

    @Override
    public boolean isAvailable() {
        return true;
    }

    @Override
    public List<Board> findBoards(ApplicationUser viewer) {
        ServiceOutcome<? extends Collection<RapidView>> all = rapidViewManager.getAll();
        if (!all.isValid() || all.get() == null) {
            return List.of();
        }
        return all.get().stream()
                .map(view -> visibleBoard(viewer, view.getId()))
                .flatMap(Optional::stream)
                .sorted(Comparator.comparing(Board::name, String.CASE_INSENSITIVE_ORDER).thenComparingLong(Board::id))
                .toList();
    }

    @Override
    public Optional<Board> findBoard(ApplicationUser viewer, long boardId) {
        return visibleBoard(viewer, boardId);
    }

    @Override
    public List<Sprint> findBoardSprints(ApplicationUser viewer, long boardId) {
        if (visibleBoard(viewer, boardId).isEmpty()) {
            return List.of();
        }
        ServiceOutcome<? extends Collection<com.atlassian.greenhopper.service.sprint.Sprint>> sprints =
                sprintManager.getSprintsForView(boardId, EnumSet.allOf(com.atlassian.greenhopper.service.sprint.Sprint.State.class));
        if (!sprints.isValid() || sprints.get() == null) {
            return List.of();
        }
        return sprints.get().stream().map(GreenHopperBoards::toSprint).sorted(BOARD_ORDER).toList();
    }

    @Override
    public Optional<Sprint> findSprint(ApplicationUser viewer, long sprintId) {
        Optional<Sprint> viaItsIssues = value(sprintService.getSprint(viewer, sprintId)).map(GreenHopperBoards::toSprint);
        if (viaItsIssues.isPresent()) {
            return viaItsIssues;
        }
        return value(sprintManager.getSprint(sprintId)).map(GreenHopperBoards::toSprint)
                .filter(s -> s.boardId() > 0 && visibleBoard(viewer, s.boardId()).isPresent());
    }

    private Optional<Board> visibleBoard(ApplicationUser viewer, Long boardId) {
        if (boardId == null) {
            return Optional.empty();
        }
        return value(rapidViewService.getRapidView(viewer, boardId))
                .map(view -> new Board(view.getId(), Objects.requireNonNullElse(view.getName(), "")));
    }

    private static <T> Optional<T> value(ServiceOutcome<T> outcome) {
        return outcome != null && outcome.isValid() ? Optional.ofNullable(outcome.get()) : Optional.empty();
    }

    static Sprint toSprint(com.atlassian.greenhopper.service.sprint.Sprint sprint) {
        Long boardId = sprint.getRapidViewId();
        return new Sprint(sprint.getId(), boardId == null ? 0 : boardId, Objects.requireNonNullElse(sprint.getName(), ""),
                SprintState.valueOf(sprint.getState().name()),
                instant(sprint.getStartDate()), instant(sprint.getEndDate()), instant(sprint.getCompleteDate()));
    }

    private static Instant instant(DateTime date) {
        return date == null ? null : Instant.ofEpochMilli(date.getMillis());
    }
}
