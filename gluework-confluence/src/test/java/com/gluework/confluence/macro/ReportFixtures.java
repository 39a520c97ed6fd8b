package com.gluework.confluence.macro;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.gluework.web.rest.dto.BoardDto;
import com.gluework.web.rest.dto.BoardSprintsDto;
import com.gluework.web.rest.dto.CategoryRefDto;
import com.gluework.web.rest.dto.PersonDto;
import com.gluework.web.rest.dto.SprintDto;
import com.gluework.web.rest.dto.SprintReportDto;

import java.util.ArrayList;
import java.util.List;

/** Glue Work REST answers as Jira sends them, written with the REST API's own DTOs. */
final class ReportFixtures {
    static final PersonDto DAVE = new PersonDto("dave", "Dave Kowalski");
    static final PersonDto ERIN = new PersonDto("erin", "Erin <b>Li</b>");
    static final CategoryRefDto DOCS = new CategoryRefDto("docs", "Docs & runbooks");
    static final CategoryRefDto REVIEW = new CategoryRefDto("review", "Deep review");

    private ReportFixtures() {
    }

    static SprintReportDto.Win win(long id, PersonDto who, CategoryRefDto category, String issueKey, String summary,
                                   PersonDto... corroborators) {
        return new SprintReportDto.Win(id, who, category, issueKey, "2026-11-20", summary, "Saved an outage",
                List.of(), List.of(corroborators), false);
    }

    /** Sprint {@code sprintId} "Sprint {sprintId}" on board 1 with {@code winCount} wins (Dave's runbook first). */
    static SprintReportDto report(long sprintId, int winCount) {
        List<SprintReportDto.Win> wins = new ArrayList<>();
        wins.add(win(1, DAVE, DOCS, "GW-12", "Wrote the <script>alert(1)</script> payments runbook", ERIN, ERIN));
        for (int i = 2; i <= winCount; i++) {
            wins.add(win(i, ERIN, REVIEW, null, "Review number " + i));
        }
        SprintReportDto.Matrix matrix = new SprintReportDto.Matrix(List.of(DOCS, REVIEW),
                List.of(new SprintReportDto.MatrixRow(DAVE, List.of(1, 0), 1),
                        new SprintReportDto.MatrixRow(ERIN, List.of(0, winCount - 1), winCount - 1)),
                List.of(1, winCount - 1), winCount);
        SprintReportDto.Distribution distribution = new SprintReportDto.Distribution(
                List.of(new SprintReportDto.PersonShare(ERIN, winCount - 1, 0.8)), winCount, ERIN, 0.8, 0.41, List.of());
        SprintReportDto.HeroAlert hero = new SprintReportDto.HeroAlert(ERIN, winCount - 1, winCount, 0.8, 0.5,
                List.of(REVIEW), List.of(), "Erin carried 80% of the glue; rotate deep reviews.");
        return new SprintReportDto(new SprintDto(sprintId, 1, "Sprint " + sprintId, "ACTIVE", "2026-11-17T09:00:00Z",
                "2026-11-28T17:00:00Z", null), "2026-11-17", "2026-11-28",
                new SprintReportDto.Headline(winCount, 2, 1, winCount), wins, matrix, distribution, List.of(), hero,
                null, null, false);
    }

    static BoardSprintsDto board(long boardId, SprintDto... sprints) {
        return new BoardSprintsDto(new BoardDto(boardId, "Payments board"), List.of(sprints), null);
    }

    static SprintDto sprint(long id, String state, String completeDate) {
        return new SprintDto(id, 1, "Sprint " + id, state, "2026-11-01T09:00:00Z", "2026-11-14T17:00:00Z", completeDate);
    }

    static String json(Object dto) {
        try {
            return new ObjectMapper().writeValueAsString(dto);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
