package com.gluework.confluence.macro;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.gluework.web.rest.dto.BoardSprintsDto;
import com.gluework.web.rest.dto.SprintDto;
import com.gluework.web.rest.dto.SprintReportDto;

import java.io.IOException;
import java.util.List;
import java.util.Objects;

/**
 * Reads Jira's Glue Work JSON into the REST API's own DTOs, so the two sides cannot drift apart silently. Unknown
 * fields are ignored (a newer Jira may add some); what the macro shows must be there, else the answer is
 * {@link SummaryProblem.Kind#MALFORMED_ANSWER}.
 */
public final class ReportJson {
    private static final ObjectMapper JSON = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    private ReportJson() {
    }

    public static SprintReportDto report(String json) {
        SprintReportDto report = read(json, SprintReportDto.class);
        try {
            Objects.requireNonNull(report.sprint(), "sprint");
            Objects.requireNonNull(report.sprint().name(), "sprint.name");
            Objects.requireNonNull(report.headline(), "headline");
            Objects.requireNonNull(report.distribution(), "distribution");
            for (SprintReportDto.Win win : Objects.requireNonNull(report.wins(), "wins")) {
                Objects.requireNonNull(win.contributor(), "wins.contributor");
                Objects.requireNonNull(win.category(), "wins.category");
                Objects.requireNonNull(win.summary(), "wins.summary");
            }
            SprintReportDto.Matrix matrix = Objects.requireNonNull(report.matrix(), "matrix");
            Objects.requireNonNull(matrix.columns(), "matrix.columns");
            Objects.requireNonNull(matrix.columnTotals(), "matrix.columnTotals");
            for (SprintReportDto.MatrixRow row : Objects.requireNonNull(matrix.rows(), "matrix.rows")) {
                Objects.requireNonNull(row.person(), "matrix.rows.person");
                if (row.counts() == null || row.counts().size() != matrix.columns().size()) {
                    throw new IllegalArgumentException("matrix row does not match the columns");
                }
            }
        } catch (RuntimeException missing) {
            throw SummaryProblem.of(SummaryProblem.Kind.MALFORMED_ANSWER).exception(missing);
        }
        return report;
    }

    public static BoardSprintsDto boardSprints(String json) {
        BoardSprintsDto board = read(json, BoardSprintsDto.class);
        List<SprintDto> sprints = board.sprints();
        if (sprints == null || sprints.stream().anyMatch(s -> s == null || s.state() == null)) {
            throw SummaryProblem.of(SummaryProblem.Kind.MALFORMED_ANSWER).exception();
        }
        return board;
    }

    private static <T> T read(String json, Class<T> type) {
        try {
            T value = JSON.readValue(json, type);
            if (value == null) {
                throw SummaryProblem.of(SummaryProblem.Kind.MALFORMED_ANSWER).exception();
            }
            return value;
        } catch (IOException | RuntimeException malformed) {
            if (malformed instanceof SummaryProblemException problem) {
                throw problem;
            }
            throw SummaryProblem.of(SummaryProblem.Kind.MALFORMED_ANSWER).exception(malformed);
        }
    }
}
