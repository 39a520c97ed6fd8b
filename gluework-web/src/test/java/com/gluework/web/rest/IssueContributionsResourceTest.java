package com.gluework.web.rest;

import com.gluework.core.error.AuthenticationRequiredException;
import com.gluework.core.error.InvalidInputException;
import com.gluework.core.error.NotFoundException;
import com.gluework.core.model.FieldError;
import com.gluework.web.rest.dto.ContributionDto;
import com.gluework.web.rest.dto.NewContributionDto;
import com.gluework.web.rest.dto.PersonDto;
import com.gluework.web.testing.InMemoryGlueWork;
import jakarta.ws.rs.core.Response;
import org.junit.Test;

import java.util.List;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

public class IssueContributionsResourceTest {
    private final InMemoryGlueWork glueWork = new InMemoryGlueWork();
    private final IssueContributionsResource resource = glueWork.issueContributionsResource();

    @Test
    public void list_shouldReturnTheIssuesContributionsWithNamesAndIsoDates() {
        // given
        glueWork.record("carol", "GW-1", "review", "Caught a data race");
        glueWork.currentUser.actAs("alice");

        // when
        List<ContributionDto> listed = resource.list("GW-1");

        // then
        assertEquals(1, listed.size());
        ContributionDto dto = listed.get(0);
        assertEquals("Caught a data race", dto.summary());
        assertEquals(new PersonDto("carol", "Carol Reviewer"), dto.contributor());
        assertEquals("Code review", dto.category().name());
        assertEquals("GW-1", dto.issueKey());
        assertEquals("2026-11-25", dto.occurredOn());
        assertEquals("2026-11-25T10:00:00Z", dto.createdAt());
        assertEquals("ACTIVE", dto.state());
    }

    @Test
    public void list_shouldAnswerNotFoundForAnIssueTheCallerMayNotBrowse() {
        // given
        glueWork.record("alice", "SEC-1", "review", "Secret glue");
        glueWork.currentUser.actAs("bob");

        // when
        NotFoundException thrown = assertThrows(NotFoundException.class, () -> resource.list("SEC-1"));

        // then: the same answer as for an issue that does not exist
        NotFoundException unknown = assertThrows(NotFoundException.class, () -> resource.list("SEC-999"));
        assertEquals(unknown.errors().get(0).message().replace("SEC-999", "SEC-1"), thrown.errors().get(0).message());
    }

    @Test
    public void record_shouldAnswer201WithTheStoredContributionAndItsLocation() {
        // given
        glueWork.currentUser.actAs("alice");
        NewContributionDto body = new NewContributionDto("clarification", null, "Rewrote the story into 5 criteria",
                "Unblocked bob", List.of(), List.of("https://jira.example.com/browse/GW-1"), "2026-11-20");

        // when
        Response response = resource.record("GW-1", body);

        // then
        assertEquals(201, response.getStatus());
        ContributionDto dto = (ContributionDto) response.getEntity();
        assertEquals("contributions/" + dto.id(), response.getLocation().toString());
        assertEquals("2026-11-20", dto.occurredOn());
        assertEquals(new PersonDto("alice", "Alice Lead"), dto.recordedBy());
        assertEquals(List.of("https://jira.example.com/browse/GW-1"), dto.evidenceLinks());
        assertEquals(1, glueWork.store.findByIssue(10001).size());
    }

    @Test
    public void record_shouldRecordATeammatesGlueAsAPeerObservation() {
        // given
        glueWork.currentUser.actAs("alice");
        NewContributionDto body = new NewContributionDto("review", "carol", "Flagged a data race", null,
                List.of("bob"), null, null);

        // when
        ContributionDto dto = (ContributionDto) resource.record("GW-1", body).getEntity();

        // then
        assertTrue(dto.peerObservation());
        assertEquals("carol", dto.contributor().key());
        assertEquals(List.of(new PersonDto("bob", "Bob Builder")), dto.beneficiaries());
        assertEquals("2026-11-25", dto.occurredOn());
    }

    @Test
    public void record_shouldRefuseADateThatIsNotIsoNamingTheFieldAndStoreNothing() {
        // given
        glueWork.currentUser.actAs("alice");
        NewContributionDto body = new NewContributionDto("review", null, "Reviewed", null, null, null, "25/11/2026");

        // when
        InvalidInputException thrown = assertThrows(InvalidInputException.class, () -> resource.record("GW-1", body));

        // then
        assertEquals("occurredOn", thrown.errors().get(0).field());
        assertTrue(glueWork.store.findByIssue(10001).isEmpty());
    }

    @Test
    public void record_shouldRefuseAJavascriptEvidenceLinkAndStoreNothing() {
        // given
        glueWork.currentUser.actAs("alice");
        NewContributionDto body = new NewContributionDto("review", null, "Reviewed", null, null,
                List.of("https://ok.example.com", "javascript:alert(1)"), null);

        // when
        InvalidInputException thrown = assertThrows(InvalidInputException.class, () -> resource.record("GW-1", body));

        // then
        assertEquals(List.of("evidenceLinks[1]"), thrown.errors().stream().map(FieldError::field).toList());
        assertTrue(glueWork.store.findByIssue(10001).isEmpty());
    }

    @Test
    public void record_shouldRefuseAMissingBodyNamingTheBody() {
        // given
        glueWork.currentUser.actAs("alice");

        // when
        InvalidInputException thrown = assertThrows(InvalidInputException.class, () -> resource.record("GW-1", null));

        // then
        assertEquals("body", thrown.errors().get(0).field());
    }

    @Test
    public void record_shouldRequireALoggedInCaller() {
        // given
        glueWork.currentUser.anonymous();
        NewContributionDto body = new NewContributionDto("review", null, "Reviewed", null, null, null, null);

        // then
        assertThrows(AuthenticationRequiredException.class, () -> resource.record("GW-1", body));
        assertTrue(glueWork.store.findByIssue(10001).isEmpty());
    }
}
