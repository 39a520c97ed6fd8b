package com.gluework.web.rest.dto;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.Test;

import java.util.List;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

/** The JSON the API promises, as a plain Jackson 2 mapper (which REST v2 uses) writes and reads it. */
public class DtoJsonTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    public void contributionDto_shouldSerializeWithTheDocumentedFieldNames() throws Exception {
        // given
        ContributionDto dto = new ContributionDto(7, new CategoryRefDto("review", "Code review"),
                new PersonDto("carol", "Carol"), new PersonDto("bob", "Bob"), "GW-1", "2026-11-24", "Caught a race",
                "Avoided a double charge", List.of(new PersonDto("dave", "Dave")), List.of("https://x.example/pr/1"),
                "ACTIVE", true, List.of(new CorroborationDto(new PersonDto("dave", "Dave"), "Saw it", "2026-11-25T10:00:00Z")),
                "2026-11-25T09:00:00Z", 1);

        // when
        JsonNode json = JSON.valueToTree(dto);

        // then
        assertEquals(List.of("id", "category", "contributor", "recordedBy", "issueKey", "occurredOn", "summary", "impact",
                "beneficiaries", "evidenceLinks", "state", "peerObservation", "corroborations", "createdAt", "version"),
                fieldNames(json));
        assertEquals("Code review", json.get("category").get("name").asText());
        assertEquals("Carol", json.get("contributor").get("displayName").asText());
        assertTrue(json.get("peerObservation").asBoolean());
        assertEquals("dave", json.get("corroborations").get(0).get("corroborator").get("key").asText());
    }

    @Test
    public void errorDto_shouldSerializeAsStatusAndFieldErrors() throws Exception {
        assertEquals("{\"status\":400,\"errors\":[{\"field\":\"summary\",\"message\":\"Say what was done.\"}]}",
                JSON.writeValueAsString(ErrorDto.of(400, "summary", "Say what was done.")));
    }

    @Test
    public void newContributionDto_shouldReadTheFormsJsonAndIgnoreFieldsItDoesNotKnow() throws Exception {
        // when
        NewContributionDto dto = JSON.readValue("{\"categoryKey\":\"review\",\"contributorKey\":null,\"summary\":\"s\","
                + "\"impact\":\"i\",\"evidenceLinks\":[\"https://a.example\"],\"occurredOn\":\"2026-11-24\",\"id\":3}",
                NewContributionDto.class);

        // then
        assertEquals(new NewContributionDto("review", null, "s", "i", null, List.of("https://a.example"), "2026-11-24"), dto);
    }

    private static List<String> fieldNames(JsonNode json) {
        List<String> names = new java.util.ArrayList<>();
        json.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
