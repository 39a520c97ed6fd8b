package com.gluework.core.service;

import com.gluework.core.error.AuthenticationRequiredException;
import com.gluework.core.error.InvalidInputException;
import com.gluework.core.model.Person;
import com.gluework.core.testing.FakeHost;
import org.junit.Test;

import java.util.List;
import java.util.Optional;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;

public class PeopleServiceTest {
    private final FakeHost host = new FakeHost()
            .withPerson("alice", "Alice Lead").withPerson("carol", "Carol Reviewer").withPerson("caroline", "Caroline Ops")
            .withInactivePerson("carl", "Carl Gone");
    private final PeopleService service = new PeopleService(host);

    @Test
    public void search_shouldAnswerActivePeopleWhoseNameContainsTheQuery() {
        // when
        List<Person> found = service.search(Optional.of("alice"), "  CAR ");

        // then
        assertEquals(List.of("carol", "caroline"), found.stream().map(Person::key).toList());
    }

    @Test
    public void search_shouldAnswerAtMostTwentyPeople() {
        // given
        for (int i = 0; i < 30; i++) {
            host.withPerson("member" + i, "Team member " + i);
        }

        // when
        List<Person> found = service.search(Optional.of("alice"), "member");

        // then
        assertEquals(PeopleService.MAX_RESULTS, found.size());
    }

    @Test
    public void search_shouldRefuseABlankOrOverlongQuery() {
        InvalidInputException blank = assertThrows(InvalidInputException.class, () -> service.search(Optional.of("alice"), " "));
        InvalidInputException missing = assertThrows(InvalidInputException.class, () -> service.search(Optional.of("alice"), null));
        InvalidInputException overlong = assertThrows(InvalidInputException.class,
                () -> service.search(Optional.of("alice"), "x".repeat(PeopleService.MAX_QUERY_LENGTH + 1)));

        assertEquals("query", blank.errors().get(0).field());
        assertEquals("query", missing.errors().get(0).field());
        assertEquals("query", overlong.errors().get(0).field());
    }

    @Test
    public void search_shouldRefuseAnonymousCallers() {
        assertThrows(AuthenticationRequiredException.class, () -> service.search(Optional.empty(), "car"));
    }
}
