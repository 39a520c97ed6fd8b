package com.gluework.preview.jirarest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.gluework.core.model.Person;
import org.junit.Test;

import java.net.URI;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

public class JiraRestTokenOwnerTest {
    private static final URI JIRA = URI.create("https://jira.example.test/jira");

    @Test
    public void require_shouldNameTheOwnerByKeyAndRememberThem() throws Exception {
        // given
        AtomicInteger calls = new AtomicInteger();
        JsonNode myself = new ObjectMapper().readTree("{\"key\":\"JIRAUSER10100\",\"name\":\"mhall\",\"displayName\":\"Morgan Hall\",\"active\":true}");
        JiraRestTokenOwner owner = new JiraRestTokenOwner(path -> {
            calls.incrementAndGet();
            assertEquals("/rest/api/2/myself", path);
            return Optional.of(myself);
        }, JIRA);

        // when
        Person first = owner.require();
        Person second = owner.require();

        // then
        assertEquals("JIRAUSER10100", first.key());
        assertEquals("mhall", first.username());
        assertEquals(first, second);
        assertEquals(1, calls.get());
        assertEquals(Optional.of(first), owner.known());
    }

    @Test
    public void require_shouldSayTheUrlIsNoJiraWhenMyselfIsMissingOrNamesNobody() throws Exception {
        for (Optional<JsonNode> answer : java.util.List.of(Optional.<JsonNode>empty(), Optional.of(new ObjectMapper().readTree("{}")))) {
            JiraRestTokenOwner owner = new JiraRestTokenOwner(path -> answer, JIRA);

            JiraRestException failure = assertThrows(JiraRestException.class, owner::require);

            assertEquals(JiraRestException.Failure.NOT_A_JIRA, failure.failure());
            assertTrue(failure.getMessage().contains(JIRA.toString()));
            assertEquals(Optional.empty(), owner.known());
        }
    }

    @Test
    public void require_shouldAskAgainAfterAFailure() {
        // given: Jira down first, then back
        AtomicInteger calls = new AtomicInteger();
        JiraRestTokenOwner owner = new JiraRestTokenOwner(path -> {
            if (calls.incrementAndGet() == 1) {
                throw new JiraRestException(JiraRestException.Failure.UNREACHABLE, "Could not reach Jira at " + JIRA, null);
            }
            try {
                return Optional.of(new ObjectMapper().readTree("{\"name\":\"admin\",\"displayName\":\"admin\"}"));
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }, JIRA);

        // when
        assertThrows(JiraRestException.class, owner::require);
        Person owner2 = owner.require();

        // then: a server without user keys names the user by name, as before Jira 6
        assertEquals("admin", owner2.key());
    }
}
