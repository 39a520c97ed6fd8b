package com.gluework.preview.jirarest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.Test;

import java.util.Optional;

import static org.junit.Assert.assertEquals;

/** The snapshot's look-ups by key, id and name, which it answers from an index of its documents (issue 13). */
public class SnapshotJiraRestTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    public void get_shouldFindAnIssueByKeyOrByIdAndAUserByKeyOrByName_firstInOrderWinning() throws Exception {
        // given: an issue whose id is another issue's key, and two users sharing a name
        JsonNode first = JSON.readTree("{\"id\":\"GW-2\",\"key\":\"GW-1\"}");
        JsonNode second = JSON.readTree("{\"id\":\"10002\",\"key\":\"GW-2\"}");
        JsonNode alice = JSON.readTree("{\"key\":\"alice\",\"name\":\"al\"}");
        JsonNode alias = JSON.readTree("{\"key\":\"alias\",\"name\":\"al\"}");
        JsonNode legacy = JSON.readTree("{\"name\":\"bob\"}"); // no key: Jira answers its name as its key
        SnapshotJiraRest jira = SnapshotJiraRest.builder().issue(first).issue(second)
                .users(JSON.createArrayNode().add(alice).add(alias).add(legacy)).build();

        // then: the same answers as a scan of the documents in order
        assertEquals(Optional.of(first), jira.get("/rest/api/2/issue/GW-1"));
        assertEquals(Optional.of(first), jira.get("/rest/api/2/issue/GW-2"));
        assertEquals(Optional.of(second), jira.get("/rest/api/2/issue/10002"));
        assertEquals(Optional.empty(), jira.get("/rest/api/2/issue/GW-3"));
        assertEquals(Optional.of(alice), jira.get("/rest/api/2/user?key=alice"));
        assertEquals(Optional.of(alias), jira.get("/rest/api/2/user?key=alias"));
        assertEquals(Optional.of(alice), jira.get("/rest/api/2/user?username=al"));
        assertEquals(Optional.of(legacy), jira.get("/rest/api/2/user?key=bob"));
        assertEquals(Optional.of(legacy), jira.get("/rest/api/2/user?username=bob"));
        assertEquals(Optional.empty(), jira.get("/rest/api/2/user?key=al"));
        assertEquals(Optional.empty(), jira.get("/rest/api/2/user"));
    }
}
