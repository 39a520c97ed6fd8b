package com.gluework.web.rest;

import com.gluework.core.error.AuthenticationRequiredException;
import com.gluework.core.error.InvalidInputException;
import com.gluework.web.rest.dto.PersonDto;
import com.gluework.web.testing.InMemoryGlueWork;
import org.junit.Test;

import java.util.List;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;

public class PeopleResourceTest {
    private final InMemoryGlueWork glueWork = new InMemoryGlueWork();
    private final PeopleResource resource = glueWork.peopleResource();

    @Test
    public void search_shouldAnswerMatchingPeopleByKeyAndDisplayName() {
        // given
        glueWork.currentUser.actAs("alice");

        // when
        List<PersonDto> found = resource.search("car");

        // then
        assertEquals(List.of(new PersonDto("carol", "Carol Reviewer")), found);
    }

    @Test
    public void search_shouldRefuseAnEmptyQueryAndAnonymousCallers() {
        // given
        glueWork.currentUser.actAs("alice");
        assertThrows(InvalidInputException.class, () -> resource.search(""));
        assertThrows(InvalidInputException.class, () -> resource.search(null));

        // when / then
        glueWork.currentUser.anonymous();
        assertThrows(AuthenticationRequiredException.class, () -> resource.search("car"));
    }
}
