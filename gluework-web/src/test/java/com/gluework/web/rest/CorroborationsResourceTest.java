package com.gluework.web.rest;

import com.gluework.core.error.AccessDeniedException;
import com.gluework.core.error.ConflictException;
import com.gluework.core.error.NotFoundException;
import com.gluework.web.rest.dto.ContributionDto;
import com.gluework.web.rest.dto.CorroborationDto;
import com.gluework.web.rest.dto.NewCorroborationDto;
import com.gluework.web.rest.dto.PersonDto;
import com.gluework.web.testing.InMemoryGlueWork;
import jakarta.ws.rs.core.Response;
import org.junit.Test;

import java.util.List;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;

public class CorroborationsResourceTest {
    private final InMemoryGlueWork glueWork = new InMemoryGlueWork();
    private final CorroborationsResource resource = glueWork.corroborationsResource();
    private final long carolsReview = glueWork.record("carol", "GW-1", "review", "Caught a data race");

    @Test
    public void corroborate_shouldAnswer201WithTheContributionAndItsNewCorroboration() {
        // given
        glueWork.currentUser.actAs("dave");

        // when
        Response response = resource.corroborate(String.valueOf(carolsReview), new NewCorroborationDto("I saw it in the PR"));

        // then
        assertEquals(201, response.getStatus());
        ContributionDto dto = (ContributionDto) response.getEntity();
        assertEquals(List.of(new CorroborationDto(new PersonDto("dave", "Dave Docs"), "I saw it in the PR",
                "2026-11-25T10:00:00Z")), dto.corroborations());
    }

    @Test
    public void corroborate_shouldAcceptAnEmptyBodyAsNoNote() {
        // given
        glueWork.currentUser.actAs("dave");

        // when
        ContributionDto dto = (ContributionDto) resource.corroborate(String.valueOf(carolsReview), null).getEntity();

        // then
        assertEquals("", dto.corroborations().get(0).note());
    }

    @Test
    public void corroborate_shouldRefuseTheContributorAndASecondCorroboration() {
        // given
        glueWork.currentUser.actAs("carol");
        assertThrows(AccessDeniedException.class, () -> resource.corroborate(String.valueOf(carolsReview), null));
        glueWork.currentUser.actAs("dave");
        resource.corroborate(String.valueOf(carolsReview), null);

        // then
        assertThrows(ConflictException.class, () -> resource.corroborate(String.valueOf(carolsReview), null));
        assertEquals(1, glueWork.store.findById(carolsReview).orElseThrow().corroborations().size());
    }

    @Test
    public void corroborate_shouldAnswerNotFoundForAnIdThatIsNotANumber() {
        // given
        glueWork.currentUser.actAs("dave");

        // when
        NotFoundException thrown = assertThrows(NotFoundException.class, () -> resource.corroborate("12abc", null));

        // then
        assertEquals("contributionId", thrown.errors().get(0).field());
    }

    @Test
    public void withdrawMine_shouldRemoveOnlyTheCallersCorroboration() {
        // given
        glueWork.currentUser.actAs("dave");
        resource.corroborate(String.valueOf(carolsReview), null);
        glueWork.currentUser.actAs("alice");
        resource.corroborate(String.valueOf(carolsReview), null);

        // when
        ContributionDto dto = resource.withdrawMine(String.valueOf(carolsReview));

        // then
        assertEquals(List.of("dave"), dto.corroborations().stream().map(c -> c.corroborator().key()).toList());
    }

    @Test
    public void withdrawMine_shouldAnswerConflictWhenTheCallerHasNotCorroborated() {
        // given
        glueWork.currentUser.actAs("dave");

        // then
        assertThrows(ConflictException.class, () -> resource.withdrawMine(String.valueOf(carolsReview)));
    }
}
