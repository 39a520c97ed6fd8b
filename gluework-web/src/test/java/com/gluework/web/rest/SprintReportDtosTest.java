package com.gluework.web.rest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.gluework.core.report.Sprint;
import com.gluework.core.report.SprintState;
import com.gluework.web.rest.dto.SprintReportDto;
import com.gluework.web.testing.InMemorySprintReports;
import org.junit.Test;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

public class SprintReportDtosTest {
    @Test
    public void toDto_shouldCarryEveryPartOfTheReport() {
        // given
        InMemorySprintReports reports = new InMemorySprintReports().withHeroSprint();

        // when
        SprintReportDto dto = SprintReportDtos.toDto(reports.service.report(Optional.of("alice"), 2));

        // then
        assertEquals("2026-03-16T09:00:00Z", dto.sprint().startDate());
        assertEquals("2026-03-27", dto.lastDay());
        assertEquals(List.of("Alice Lead", "Carol Reviewer", "Erin New", "Frank Hero"),
                dto.matrix().rows().stream().map(r -> r.person().displayName()).toList());
        assertEquals(dto.matrix().columns().size(), dto.matrix().rows().get(0).counts().size());
        assertEquals(0.6, dto.heroAlert().share(), 1e-9);
        assertEquals(List.of("ROTATE", "PAIR_WITH_HERO"), dto.heroAlert().suggestions().stream().map(s -> s.kind()).toList());
        assertEquals("https://git.example.com/pr/482", dto.wins().get(0).evidenceLinks().get(0));
        assertEquals("carol", dto.wins().get(0).corroborators().get(0).key());
        assertEquals("frank", dto.opportunities().get(0).pairWith().key());
        assertEquals(1, dto.comparison().previousTotal());
        assertEquals(5, dto.comparison().currentTotal());
        assertEquals(4, dto.outcomes().others().issueCount());
    }

    @Test
    public void toDto_ofAFutureSprintWithoutGlue_shouldWriteNullForEverythingAbsent() throws Exception {
        // given
        InMemorySprintReports reports = new InMemorySprintReports();
        reports.sprints.withSprint(new Sprint(3, 1, "Sprint 3", SprintState.FUTURE, null, null, null), List.of());

        // when
        SprintReportDto dto = SprintReportDtos.toDto(reports.service.report(Optional.of("alice"), 3));
        JsonNode json = new ObjectMapper().valueToTree(dto);

        // then
        assertNull(dto.firstDay());
        assertNull(dto.heroAlert());
        assertNull(dto.comparison());
        assertNull(dto.distribution().topContributor());
        assertTrue(json.has("heroAlert") && json.get("heroAlert").isNull());
        assertTrue(json.path("sprint").path("startDate").isNull());
        assertTrue(json.path("outcomes").path("clarified").path("medianCycleTimeDays").isNull());
        assertEquals(0, json.path("headline").path("contributions").asInt());
    }

    @Test
    public void outcomeMedian_shouldBeAJsonNumber() throws Exception {
        SprintReportDto.OutcomeGroup group = new SprintReportDto.OutcomeGroup(6, 0, 0, 5, new BigDecimal("3.1"));
        assertEquals("3.1", new ObjectMapper().valueToTree(group).path("medianCycleTimeDays").asText());
        assertTrue(new ObjectMapper().valueToTree(group).path("medianCycleTimeDays").isNumber());
    }
}
