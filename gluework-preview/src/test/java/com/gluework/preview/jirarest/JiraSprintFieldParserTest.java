package com.gluework.preview.jirarest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.Test;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

/** Both forms of Jira's sprint field: Greenhopper's {@code Sprint.toString()} (Server/DC) and sprint JSON objects. */
public class JiraSprintFieldParserTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** Jira 7's field order, as Atlassian's knowledge base and REST examples print it: goal right after name. */
    private static final String JIRA_7 = "com.atlassian.greenhopper.service.sprint.Sprint@1a2b3c[id=7,rapidViewId=3,"
            + "state=CLOSED,name=Sample Sprint 2,goal=,startDate=2017-05-22T11:09:24.402+02:00,"
            + "endDate=2017-06-05T11:29:24.402+02:00,completeDate=2017-06-05T11:09:24.402+02:00,sequence=7]";
    /** Jira 8's order: activatedDate, goal after sequence, autoStartStop and synced at the end. */
    private static final String JIRA_8_ACTIVE = "com.atlassian.greenhopper.service.sprint.Sprint@5f3a1e[id=12,"
            + "rapidViewId=4,state=ACTIVE,name=Checkout 12,startDate=2026-01-05T09:00:00.000+01:00,"
            + "endDate=2026-01-19T09:00:00.000+01:00,completeDate=<null>,activatedDate=2026-01-05T09:02:11.000+01:00,"
            + "sequence=12,goal=Ship it, finally,autoStartStop=false,synced=false]";

    @Test
    public void parseLegacy_shouldReadEveryFieldOfJira7Text() {
        // when
        JiraSprint sprint = JiraSprintFieldParser.parseLegacy(JIRA_7).orElseThrow();

        // then
        assertEquals(new JiraSprint(7, "Sample Sprint 2", "closed", OffsetDateTime.parse("2017-05-22T11:09:24.402+02:00"),
                OffsetDateTime.parse("2017-06-05T11:29:24.402+02:00"), OffsetDateTime.parse("2017-06-05T11:09:24.402+02:00"),
                3L, ""), sprint);
    }

    @Test
    public void parseLegacy_shouldReadJira8TextWithNullsAndAGoalContainingACommaAfterSequence() {
        // when
        JiraSprint sprint = JiraSprintFieldParser.parseLegacy(JIRA_8_ACTIVE).orElseThrow();

        // then
        assertEquals(12, sprint.id());
        assertEquals("Checkout 12", sprint.name());
        assertTrue(sprint.isActive());
        assertNull(sprint.completeDate());
        assertEquals(OffsetDateTime.parse("2026-01-19T09:00:00.000+01:00"), sprint.endDate());
        assertEquals(Long.valueOf(4), sprint.originBoardId());
        assertEquals("Ship it, finally", sprint.goal());
    }

    @Test
    public void parseLegacy_shouldKeepCommasBracketsAndEqualsSignsInsideTheName() {
        // given
        String text = "com.atlassian.greenhopper.service.sprint.Sprint@ff[id=22,rapidViewId=12,state=ACTIVE,"
                + "name=Checkout 22 [PCI, hardening], id=9 a=b,c],startDate=2026-11-16T09:00:00.000+01:00,"
                + "endDate=2026-11-30T17:00:00.000+01:00,completeDate=<null>,sequence=22,goal=<null>]";

        // when
        JiraSprint sprint = JiraSprintFieldParser.parseLegacy(text).orElseThrow();

        // then
        assertEquals(22, sprint.id());
        assertEquals("Checkout 22 [PCI, hardening], id=9 a=b,c]", sprint.name());
        assertEquals(OffsetDateTime.parse("2026-11-16T09:00:00.000+01:00"), sprint.startDate());
        assertNull(sprint.goal());
    }

    @Test
    public void parseLegacy_shouldKeepANameThatLooksLikeAFieldWithAValueOfTheWrongForm() {
        // given: "state=" followed by text that is no state, "startDate=" followed by no date
        String text = "com.atlassian.greenhopper.service.sprint.Sprint@1[id=5,rapidViewId=<null>,name=Q3,state=of mind,"
                + "startDate=soon,state=FUTURE,startDate=<null>,endDate=<null>,completeDate=<null>,sequence=5]";

        // when
        JiraSprint sprint = JiraSprintFieldParser.parseLegacy(text).orElseThrow();

        // then
        assertEquals("Q3,state=of mind,startDate=soon", sprint.name());
        assertEquals("future", sprint.state());
        assertNull(sprint.startDate());
        assertNull(sprint.originBoardId());
    }

    @Test
    public void parseLegacy_shouldAnswerEmptyForTextThatIsNoSprint() {
        for (String text : List.of("", "Sprint 7", "com.atlassian.greenhopper.service.sprint.Sprint@1[name=No id]",
                "com.atlassian.greenhopper.service.sprint.Sprint@1[id=x,name=Bad id]",
                "com.atlassian.greenhopper.service.sprint.Sprint@1[id=1,name=Unclosed")) {
            assertEquals(text, Optional.empty(), JiraSprintFieldParser.parseLegacy(text));
        }
    }

    @Test
    public void parseField_shouldReadACarriedOverIssuesEverySprintInBothForms() throws Exception {
        // given: an issue carried from sprint 21 into 22 (text), and the same field as a newer Jira sends it (objects)
        JsonNode legacy = JSON.readTree("[\"com.atlassian.greenhopper.service.sprint.Sprint@a[id=21,rapidViewId=12,"
                + "state=CLOSED,name=Checkout 21,startDate=2026-11-02T09:00:00.000+01:00,endDate=2026-11-13T17:00:00.000+01:00,"
                + "completeDate=2026-11-13T16:40:00.000+01:00,sequence=21]\", \"" + JIRA_8_ACTIVE + "\"]");
        JsonNode objects = JSON.readTree("[{\"id\":21,\"name\":\"Checkout 21\",\"state\":\"closed\",\"boardId\":12,"
                + "\"startDate\":\"2026-11-02T08:00:00.000Z\",\"endDate\":\"2026-11-13T16:00:00.000Z\","
                + "\"completeDate\":\"2026-11-13T15:40:00.000Z\"},{\"id\":22,\"name\":\"Checkout 22\",\"state\":\"active\","
                + "\"boardId\":12,\"goal\":\"\",\"startDate\":\"2026-11-16T08:00:00.000Z\",\"endDate\":\"2026-11-30T16:00:00.000Z\"}]");

        // when
        List<JiraSprint> fromText = JiraSprintFieldParser.parseField(legacy);
        List<JiraSprint> fromObjects = JiraSprintFieldParser.parseField(objects);

        // then
        assertEquals(List.of(21L, 12L), fromText.stream().map(JiraSprint::id).toList());
        assertEquals(List.of(21L, 22L), fromObjects.stream().map(JiraSprint::id).toList());
        assertEquals(fromText.get(0).startDate().toInstant(), fromObjects.get(0).startDate().toInstant());
        assertEquals(fromText.get(0).completeDate().toInstant(), fromObjects.get(0).completeDate().toInstant());
        assertEquals(Long.valueOf(12), fromObjects.get(1).originBoardId());
        assertTrue(fromObjects.get(1).isActive());
    }

    @Test
    public void isSprintField_shouldTellASprintFieldFromOtherCustomFields() throws Exception {
        assertTrue(JiraSprintFieldParser.isSprintField(JSON.readTree("[\"" + JIRA_7 + "\"]")));
        assertTrue(JiraSprintFieldParser.isSprintField(JSON.readTree("[{\"id\":1,\"name\":\"S\",\"state\":\"future\"}]")));
        assertFalse(JiraSprintFieldParser.isSprintField(JSON.readTree("[\"label\"]")));
        assertFalse(JiraSprintFieldParser.isSprintField(JSON.readTree("[{\"id\":1,\"value\":\"Option\"}]")));
        assertFalse(JiraSprintFieldParser.isSprintField(JSON.readTree("\"" + JIRA_7 + "\"")));
        assertFalse(JiraSprintFieldParser.isSprintField(JSON.readTree("[]")));
    }
}
