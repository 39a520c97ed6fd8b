package com.gluework.web.view;

import com.gluework.core.report.Board;
import com.gluework.core.report.Sprint;
import com.gluework.core.report.SprintReportExport;
import com.gluework.core.report.SprintState;
import com.gluework.core.service.SprintReportService;
import jakarta.inject.Inject;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

/**
 * Builds the report page's view: which board and sprint are chosen, their pickers, and the chosen sprint's report.
 * Used by Jira's report page, the preview's and the fragment endpoint, so all three show the same thing.
 *
 * <p>One computation per view: the chosen sprint's report (with its export rows) is computed once, kept in
 * {@link ComputedReports} under a token the body's chart and download links carry, and {@link #reportOf} answers
 * those requests from it.
 *
 * <p>The choice: a given sprint wins (its board becomes the chosen board); otherwise the given board, or the first
 * board by name, opens on its active sprint, else its last closed one. A board with neither shows its pickers only.
 */
public final class SprintReportViewFactory {
    private final SprintReportService reports;
    private final ComputedReports computed;

    @Inject
    public SprintReportViewFactory(SprintReportService reports) {
        this(reports, new ComputedReports(Clock.systemUTC()));
    }

    /** @param computed where a rendered view's report waits for the view's charts and downloads */
    public SprintReportViewFactory(SprintReportService reports, ComputedReports computed) {
        this.reports = reports;
        this.computed = computed;
    }

    /**
     * The report of {@code sprintId} for {@code viewer}: the one a view of theirs computed, when {@code viewToken} is
     * that view's token (so a page's charts and downloads reuse the page's computation), else computed now.
     *
     * @see SprintReportService#export for the exceptions
     */
    public SprintReportExport reportOf(Optional<String> viewer, long sprintId, String viewToken) {
        return computed.find(viewToken, viewer, sprintId).orElseGet(() -> reports.export(viewer, sprintId));
    }

    /**
     * @throws com.gluework.core.error.AuthenticationRequiredException anonymous viewer
     * @throws com.gluework.core.error.NotFoundException               unknown board or sprint
     * @throws com.gluework.core.error.UnavailableException            no Jira Software
     */
    public SprintReportView create(Optional<String> viewer, Optional<Long> boardId, Optional<Long> sprintId,
                                   ReportLinks links) {
        List<Board> boards = reports.boards(viewer);
        Optional<SprintReportExport> report = sprintId.map(id -> reports.export(viewer, id));
        Optional<Long> chosenBoard = report.map(r -> r.report().sprint().boardId()).filter(id -> id > 0)
                .or(() -> boardId.map(id -> reports.board(viewer, id).id()))
                .or(() -> boards.stream().findFirst().map(Board::id));
        if (chosenBoard.isEmpty()) {
            return new SprintReportView(links.pageUrl(), List.of(), List.of(), null);
        }
        long board = chosenBoard.get();
        List<Sprint> sprints = reports.sprintsOf(viewer, board);
        if (report.isEmpty()) {
            report = reports.defaultSprint(viewer, board).map(s -> reports.export(viewer, s.id()));
        }
        long chosenSprint = report.map(r -> r.report().sprint().id()).orElse(-1L);
        List<PickerOptionView> boardOptions = boards.stream()
                .map(b -> new PickerOptionView(b.id(), b.name(), b.id() == board, false)).toList();
        List<PickerOptionView> sprintOptions = sprints.stream()
                .map(s -> new PickerOptionView(s.id(), s.name(), s.id() == chosenSprint, s.state() == SprintState.ACTIVE))
                .toList();
        return new SprintReportView(links.pageUrl(), boardOptions, sprintOptions,
                report.map(r -> new SprintReportBodyView(r.report(), links, reports.heroThresholdShare(),
                        computed.keep(viewer.orElseThrow(), r))).orElse(null));
    }
}
