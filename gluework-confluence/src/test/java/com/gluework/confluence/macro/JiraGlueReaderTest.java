package com.gluework.confluence.macro;

import org.junit.Test;

import java.util.Optional;

import static com.gluework.confluence.macro.ReportFixtures.board;
import static com.gluework.confluence.macro.ReportFixtures.sprint;
import static org.junit.Assert.assertEquals;

public class JiraGlueReaderTest {

    @Test
    public void lastClosed_shouldBeTheMostRecentlyCompletedSprintWhateverTheBoardOrder() {
        var sprints = board(1, sprint(5, "CLOSED", "2026-11-14T10:00:00Z"), sprint(4, "CLOSED", "2026-10-31T10:00:00Z"),
                sprint(6, "ACTIVE", null), sprint(7, "FUTURE", null));

        assertEquals(Optional.of(5L), JiraGlueReader.chosenSprint(sprints, SprintChoice.Kind.LAST_CLOSED));
        assertEquals(Optional.of(6L), JiraGlueReader.chosenSprint(sprints, SprintChoice.Kind.ACTIVE));
    }

    @Test
    public void aBoardWithOnlyFutureSprints_shouldHaveNeither() {
        var sprints = board(1, sprint(7, "FUTURE", null));

        assertEquals(Optional.empty(), JiraGlueReader.chosenSprint(sprints, SprintChoice.Kind.LAST_CLOSED));
        assertEquals(Optional.empty(), JiraGlueReader.chosenSprint(sprints, SprintChoice.Kind.ACTIVE));
    }
}
