package com.gluework.web.rest;

import com.gluework.core.error.AccessDeniedException;
import com.gluework.core.error.AuthenticationRequiredException;
import com.gluework.core.error.ConflictException;
import com.gluework.core.error.InvalidInputException;
import com.gluework.core.error.NotFoundException;
import com.gluework.core.model.ContributionDraft;
import com.gluework.web.rest.dto.ContributionChangeDto;
import com.gluework.web.rest.dto.ContributionDto;
import com.gluework.web.rest.dto.EditContributionDto;
import com.gluework.web.rest.dto.FieldChangeDto;
import com.gluework.web.rest.dto.PersonDto;
import com.gluework.web.rest.dto.VersionDto;
import com.gluework.web.testing.InMemoryGlueWork;
import jakarta.ws.rs.core.Response;
import org.junit.Test;

import java.util.List;
import java.util.Optional;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

public class ContributionResourceTest {
    private final InMemoryGlueWork glueWork = new InMemoryGlueWork();
    private final ContributionResource resource = glueWork.contributionResource();
    /** bob noticed carol's review on GW-1 and named dave as helped. */
    private final long carolsReview = glueWork.service.record(Optional.of("bob"), "GW-1", new ContributionDraft("review",
            "carol", "Caught a data race", "Avoided a double charge", List.of("dave"), List.of(), null)).id();

    private static EditContributionDto edit(String summary, Integer version) {
        return new EditContributionDto("review", "carol", summary, "Avoided a double charge", List.of("dave"), List.of(),
                "2026-11-25", version);
    }

    @Test
    public void read_shouldAnswerTheContributionWithItsVersion() {
        // given
        glueWork.currentUser.actAs("dave");

        // when
        ContributionDto dto = resource.read(String.valueOf(carolsReview));

        // then
        assertEquals("Caught a data race", dto.summary());
        assertEquals(List.of(new PersonDto("dave", "Dave Docs")), dto.beneficiaries());
        assertEquals(1, dto.version());
    }

    @Test
    public void read_shouldAnswerNotFoundForAHiddenIssueAndForAnIdThatIsNotANumber() {
        // given
        long secret = glueWork.record("alice", "SEC-1", "review", "Secret glue");
        glueWork.currentUser.actAs("bob");

        // then
        assertThrows(NotFoundException.class, () -> resource.read(String.valueOf(secret)));
        assertThrows(NotFoundException.class, () -> resource.read("abc"));
    }

    @Test
    public void edit_shouldStoreTheNewStateAndAnswerTheNextVersion() {
        // given
        glueWork.currentUser.actAs("carol");

        // when
        ContributionDto edited = resource.edit(String.valueOf(carolsReview), edit("Caught a data race in retries", 1));

        // then
        assertEquals("Caught a data race in retries", edited.summary());
        assertEquals(2, edited.version());
        assertEquals("Caught a data race in retries", glueWork.store.findById(carolsReview).orElseThrow().summary());
    }

    @Test
    public void edit_shouldRefuseAStaleVersionAndChangeNothing() {
        // given: bob's edit came first
        glueWork.currentUser.actAs("bob");
        resource.edit(String.valueOf(carolsReview), edit("bob's wording", 1));
        glueWork.currentUser.actAs("carol");

        // when
        ConflictException thrown = assertThrows(ConflictException.class,
                () -> resource.edit(String.valueOf(carolsReview), edit("carol's wording", 1)));

        // then
        assertEquals("version", thrown.errors().get(0).field());
        assertEquals("bob's wording", glueWork.store.findById(carolsReview).orElseThrow().summary());
    }

    @Test
    public void edit_shouldRefuseAMissingVersionOrBodyAsBadInput() {
        // given
        glueWork.currentUser.actAs("carol");

        // then
        InvalidInputException noVersion = assertThrows(InvalidInputException.class,
                () -> resource.edit(String.valueOf(carolsReview), edit("x", null)));
        InvalidInputException noBody = assertThrows(InvalidInputException.class,
                () -> resource.edit(String.valueOf(carolsReview), null));
        assertEquals("version", noVersion.errors().get(0).field());
        assertEquals("body", noBody.errors().get(0).field());
    }

    @Test
    public void edit_shouldRefuseSomeoneWhoMayNotEditIt() {
        // given: dave is only a beneficiary
        glueWork.currentUser.actAs("dave");

        // then
        assertThrows(AccessDeniedException.class, () -> resource.edit(String.valueOf(carolsReview), edit("x", 1)));
        glueWork.currentUser.anonymous();
        assertThrows(AuthenticationRequiredException.class, () -> resource.edit(String.valueOf(carolsReview), edit("x", 1)));
    }

    @Test
    public void retireThenRestore_shouldEachAnswerTheContributionWithItsNewStateAndVersion() {
        // given
        glueWork.currentUser.actAs("bob");

        // when
        ContributionDto retired = resource.retire(String.valueOf(carolsReview), new VersionDto(1));
        ContributionDto restored = resource.restore(String.valueOf(carolsReview), new VersionDto(retired.version()));

        // then
        assertEquals("RETIRED", retired.state());
        assertEquals(2, retired.version());
        assertEquals("ACTIVE", restored.state());
        assertEquals(3, restored.version());
    }

    @Test
    public void retire_shouldRefuseAStaleVersionAndAMissingOne() {
        // given
        glueWork.currentUser.actAs("bob");

        // then
        assertThrows(ConflictException.class, () -> resource.retire(String.valueOf(carolsReview), new VersionDto(7)));
        assertThrows(InvalidInputException.class, () -> resource.retire(String.valueOf(carolsReview), new VersionDto(null)));
        assertThrows(InvalidInputException.class, () -> resource.restore(String.valueOf(carolsReview), null));
        assertEquals("ACTIVE", glueWork.store.findById(carolsReview).orElseThrow().state().name());
    }

    @Test
    public void history_shouldNameWhoChangedWhatWithPeopleAndCategoriesByName() {
        // given
        glueWork.currentUser.actAs("carol");
        resource.edit(String.valueOf(carolsReview), new EditContributionDto("mentoring", "carol", "Caught a data race",
                "Avoided a double charge", List.of("alice", "dave"), List.of(), null, 1));
        glueWork.service.corroborate(Optional.of("dave"), carolsReview, "Saw it");

        // when
        List<ContributionChangeDto> history = resource.history(String.valueOf(carolsReview));

        // then
        assertEquals(List.of("CREATED", "EDITED", "CORROBORATED"), history.stream().map(ContributionChangeDto::kind).toList());
        assertEquals(new PersonDto("bob", "Bob Builder"), history.get(0).actor());
        assertTrue(history.get(0).fieldChanges().contains(new FieldChangeDto("contributor", "", "Carol Reviewer")));
        assertEquals(List.of(new FieldChangeDto("category", "Code review", "Mentoring & pairing"),
                new FieldChangeDto("beneficiaries", "Dave Docs", "Alice Lead, Dave Docs")), history.get(1).fieldChanges());
        assertEquals("2026-11-25T10:00:00Z", history.get(1).at());
        assertEquals(List.of(new FieldChangeDto("note", "", "Saw it")), history.get(2).fieldChanges());
    }

    @Test
    public void historyFragment_shouldRenderTheHistoryEscapedAndUncacheable() {
        // given
        glueWork.currentUser.actAs("carol");
        resource.edit(String.valueOf(carolsReview), edit("<script>alert(1)</script>", 1));

        // when
        Response response = resource.historyFragment(String.valueOf(carolsReview));

        // then
        String html = (String) response.getEntity();
        assertEquals("no-store", response.getHeaderString("Cache-Control"));
        assertTrue(html.contains("data-contribution-id=\"" + carolsReview + "\""));
        assertTrue(html.contains("<span class=\"gluework-history-after\">&lt;script&gt;alert(1)&lt;/script&gt;</span>"));
        assertFalse(html.contains("<script>"));
    }

    @Test
    public void history_shouldAnswerNotFoundToSomeoneWhoMayNotBrowseTheIssue() {
        // given
        long secret = glueWork.record("alice", "SEC-1", "review", "Secret glue");
        glueWork.currentUser.actAs("bob");

        // then
        assertThrows(NotFoundException.class, () -> resource.history(String.valueOf(secret)));
        assertThrows(NotFoundException.class, () -> resource.historyFragment(String.valueOf(secret)));
    }
}
