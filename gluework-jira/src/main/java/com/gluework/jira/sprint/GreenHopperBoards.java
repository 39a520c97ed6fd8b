package com.gluework.jira.sprint;

import com.atlassian.greenhopper.manager.rapidview.RapidViewManager;
import com.atlassian.greenhopper.model.rapid.RapidView;
import com.atlassian.greenhopper.service.ServiceOutcome;
import com.atlassian.greenhopper.service.sprint.SprintManager;
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
 * Uses the managers, not the services: the report filters issues through the viewer's permissions itself, and boards
 * and sprint names are what the viewer picks from.
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

    GreenHopperBoards(SprintManager sprintManager, RapidViewManager rapidViewManager) {
        this.sprintManager = sprintManager;
        this.rapidViewManager = rapidViewManager;
    }

    /** Takes the services as {@code Object} so that callers need not name GreenHopper types. */
    static JiraSoftwareBoards fromServices(Object sprintManager, Object rapidViewManager) {
        return new GreenHopperBoards((SprintManager) sprintManager, (RapidViewManager) rapidViewManager);
    }

    @Override
    public boolean isAvailable() {
        return true;
    }

    @Override
    public List<Board> findBoards() {
        ServiceOutcome<? extends Collection<RapidView>> all = rapidViewManager.getAll();
        if (!all.isValid() || all.get() == null) {
            return List.of();
        }
        return all.get().stream()
                .map(view -> new Board(view.getId(), Objects.requireNonNullElse(view.getName(), "")))
                .sorted(Comparator.comparing(Board::name, String.CASE_INSENSITIVE_ORDER).thenComparingLong(Board::id))
                .toList();
    }

    @Override
    public Optional<Board> findBoard(long boardId) {
        return findBoards().stream().filter(b -> b.id() == boardId).findFirst();
    }

    @Override
    public List<Sprint> findBoardSprints(long boardId) {
        ServiceOutcome<? extends Collection<com.atlassian.greenhopper.service.sprint.Sprint>> sprints =
                sprintManager.getSprintsForView(boardId, EnumSet.allOf(com.atlassian.greenhopper.service.sprint.Sprint.State.class));
        if (!sprints.isValid() || sprints.get() == null) {
            return List.of();
        }
        return sprints.get().stream().map(GreenHopperBoards::toSprint).sorted(BOARD_ORDER).toList();
    }

    @Override
    public Optional<Sprint> findSprint(long sprintId) {
        ServiceOutcome<com.atlassian.greenhopper.service.sprint.Sprint> sprint = sprintManager.getSprint(sprintId);
        return sprint.isValid() ? Optional.ofNullable(sprint.get()).map(GreenHopperBoards::toSprint) : Optional.empty();
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
