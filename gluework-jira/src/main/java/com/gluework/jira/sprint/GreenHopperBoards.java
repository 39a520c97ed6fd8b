package com.gluework.jira.sprint;

import com.atlassian.greenhopper.model.rapid.RapidView;
import com.atlassian.greenhopper.service.Page;
import com.atlassian.greenhopper.service.PageRequests;
import com.atlassian.greenhopper.service.ServiceOutcome;
import com.atlassian.greenhopper.service.rapid.view.RapidViewService;
import com.atlassian.greenhopper.service.sprint.SprintQuery;
import com.atlassian.greenhopper.service.sprint.SprintService;
import com.atlassian.jira.user.ApplicationUser;
import com.gluework.core.report.Board;
import com.gluework.core.report.Sprint;
import com.gluework.core.report.SprintState;
import org.joda.time.DateTime;

import java.time.Instant;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The only class that names Jira Software (GreenHopper) types. {@link OptionalJiraSoftwareBoards} creates it only after
 * checking that those types resolve, so on plain Jira this class is never loaded.
 * <p>
 * It uses only the two services public plugins import from Jira Software, {@link RapidViewService} and
 * {@link SprintService} (docs/host-fidelity.md), and both decide what the viewer may see:
 * <ul>
 *   <li>the board list is {@link RapidViewService#getRapidViews} ("all views the user is allowed to see"), and one board
 *       is {@link RapidViewService#getRapidView}, which answers nothing for a board the viewer may not see;</li>
 *   <li>a board's sprints are {@link SprintService#getSprints} for that board, in every state;</li>
 *   <li>one sprint is {@link SprintService#getSprint}, which Jira Software answers when the viewer can see one of its
 *       issues or its board.</li>
 * </ul>
 */
final class GreenHopperBoards implements JiraSoftwareBoards {
    private final SprintService sprintService;
    private final RapidViewService rapidViewService;

    GreenHopperBoards(SprintService sprintService, RapidViewService rapidViewService) {
        this.sprintService = sprintService;
        this.rapidViewService = rapidViewService;
    }

    /** Takes the services as {@code Object} so that callers need not name GreenHopper types. */
    static JiraSoftwareBoards fromServices(Object sprintService, Object rapidViewService) {
        return new GreenHopperBoards((SprintService) sprintService, (RapidViewService) rapidViewService);
    }

    @Override
    public boolean isAvailable() {
        return true;
    }

    @Override
    public List<Board> findBoards(ApplicationUser viewer) {
        return value(rapidViewService.getRapidViews(viewer)).stream()
                .flatMap(Collection::stream)
                .filter(Objects::nonNull)
                .map(GreenHopperBoards::toBoard)
                .sorted(Board.BY_NAME)
                .toList();
    }

    @Override
    public Optional<Board> findBoard(ApplicationUser viewer, long boardId) {
        return visibleBoard(viewer, boardId);
    }

    @Override
    public List<Sprint> findBoardSprints(ApplicationUser viewer, long boardId) {
        Optional<RapidView> board = value(rapidViewService.getRapidView(viewer, boardId));
        if (board.isEmpty()) {
            return List.of();
        }
        SprintQuery everyState = SprintQuery.builder().states(EnumSet.allOf(com.atlassian.greenhopper.service.sprint.Sprint.State.class)).build();
        return value(sprintService.getSprints(viewer, board.get(), PageRequests.all(), everyState))
                .map(Page::getValues).stream()
                .flatMap(Collection::stream)
                .map(GreenHopperBoards::toSprint)
                .sorted(Sprint.BOARD_ORDER)
                .toList();
    }

    @Override
    public Optional<Sprint> findSprint(ApplicationUser viewer, long sprintId) {
        return value(sprintService.getSprint(viewer, sprintId)).map(GreenHopperBoards::toSprint);
    }

    private Optional<Board> visibleBoard(ApplicationUser viewer, Long boardId) {
        if (boardId == null) {
            return Optional.empty();
        }
        return value(rapidViewService.getRapidView(viewer, boardId)).map(GreenHopperBoards::toBoard);
    }

    private static Board toBoard(RapidView view) {
        return new Board(view.getId(), Objects.requireNonNullElse(view.getName(), ""));
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
