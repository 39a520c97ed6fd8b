package com.gluework.confluence.macro;

import org.junit.Test;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.fail;

public class SummaryParametersTest {

    @Test
    public void defaults_shouldBeTheActiveSprintTheWinsViewAndTenWins() {
        SummaryParameters parameters = SummaryParameters.parse(Map.of("board", "7"));

        assertEquals(new SummaryParameters(Optional.empty(), Optional.of(7L), SprintChoice.ACTIVE, SummaryView.WINS, 10),
                parameters);
        assertEquals("7/active", parameters.reportKey());
    }

    @Test
    public void everyParameter_shouldBeRead() {
        SummaryParameters parameters = SummaryParameters.parse(Map.of("applicationLink", " abc ", "board", "2",
                "sprint", "last-closed", "view", "full", "maxWins", "50"));

        assertEquals(new SummaryParameters(Optional.of("abc"), Optional.of(2L), SprintChoice.LAST_CLOSED, SummaryView.FULL, 50),
                parameters);
    }

    @Test
    public void aSprintId_shouldNeedNoBoard() {
        SummaryParameters parameters = SummaryParameters.parse(Map.of("sprint", "3", "view", "matrix", "board", " "));

        assertEquals(SprintChoice.id(3), parameters.sprint());
        assertEquals(Optional.empty(), parameters.boardId());
        assertEquals("-/3", parameters.reportKey());
    }

    @Test
    public void nonsense_shouldNameTheParameter() {
        assertBad(Map.of(), "board"); // active needs a board
        assertBad(Map.of("sprint", "last-closed"), "board");
        assertBad(Map.of("board", "x1"), "board");
        assertBad(Map.of("board", "0"), "board");
        assertBad(Map.of("sprint", "03"), "sprint");
        assertBad(Map.of("sprint", "-3"), "sprint");
        assertBad(Map.of("sprint", "Active"), "sprint");
        assertBad(Map.of("sprint", "3", "view", "FULL"), "view");
        assertBad(Map.of("sprint", "3", "maxWins", "0"), "maxWins");
        assertBad(Map.of("sprint", "3", "maxWins", "51"), "maxWins");
        assertBad(Map.of("sprint", "99999999999999999999"), "sprint");
    }

    private static void assertBad(Map<String, String> parameters, String name) {
        try {
            SummaryParameters.parse(new HashMap<>(parameters));
            fail("accepted " + parameters);
        } catch (SummaryProblemException e) {
            assertEquals(SummaryProblem.badParameter(name), e.problem());
        }
    }
}
