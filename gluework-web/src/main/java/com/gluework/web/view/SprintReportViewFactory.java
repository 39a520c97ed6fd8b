package com.gluework.web.view;

import com.gluework.core.report.Board;
import com.gluework.core.report.Sprint;
import com.gluework.core.report.SprintReport;
import com.gluework.core.report.SprintState;
import com.gluework.core.service.SprintReportService;
import jakarta.inject.Inject;

import java.util.List;
import java.util.Optional;

/**
 * Builds the report page's view: which board and sprint are chosen, their pickers, and the chosen sprint's report.
 * Used by Jira's report page, the preview's and the fragment endpoint, so all three show the same thing.
 *
 * <p>The choice: a given sprint wins (its board becomes the chosen board); otherwise the given board, or the first
 * board by name, opens on its active sprint, else its last closed one. A board with neither shows its pickers only.
 */
public final class SprintReportViewFactory {
    private final SprintReportService reports;

    @Inject
    public SprintReportViewFactory(SprintReportService reports) {
        this.reports = reports;
    }

    /**
     * @throws com.gluework.core.error.AuthenticationRequiredException anonymous viewer
     * @throws com.gluework.core.error.NotFoundException               unknown board or sprint
     * @throws com.gluework.core.error.UnavailableException            no Jira Software
     */
    public SprintReportView create(Optional<String> viewer, Optional<Long> boardId, Optional<Long> sprintId,
                                   ReportLinks links) {
        List<Board> boards = reports.boards(viewer);
        Optional<SprintReport> report = sprintId.map(id -> reports.report(viewer, id));
        Optional<Long> chosenBoard = report.map(r -> r.sprint().boardId()).filter(id -> id > 0)
                .or(() -> boardId.map(id -> reports.board(viewer, id).id()))
                .or(() -> boards.stream().findFirst().map(Board::id));
        if (chosenBoard.isEmpty()) {
            return new SprintReportView(links.pageUrl(), List.of(), List.of(), null);
        }
        long board = chosenBoard.get();
        List<Sprint> sprints = reports.sprintsOf(viewer, board);
        if (report.isEmpty()) {
            report = reports.defaultSprint(viewer, board).map(s -> reports.report(viewer, s.id()));
        }
        long chosenSprint = report.map(r -> r.sprint().id()).orElse(-1L);
        List<PickerOptionView> boardOptions = boards.stream()
                .map(b -> new PickerOptionView(b.id(), b.name(), b.id() == board, false)).toList();
        List<PickerOptionView> sprintOptions = sprints.stream()
                .map(s -> new PickerOptionView(s.id(), s.name(), s.id() == chosenSprint, s.state() == SprintState.ACTIVE))
                .toList();
        return new SprintReportView(links.pageUrl(), boardOptions, sprintOptions,
                report.map(r -> new SprintReportBodyView(r, links, reports.heroThresholdShare())).orElse(null));
    }
}
