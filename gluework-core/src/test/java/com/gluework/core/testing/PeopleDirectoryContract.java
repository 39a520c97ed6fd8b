package com.gluework.core.testing;

import com.gluework.core.model.Person;
import com.gluework.core.port.PeopleDirectory;
import org.junit.Test;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

/**
 * What every {@link PeopleDirectory} answers alike, so that the issue panel behaves the same in Jira and in the
 * preview: run against the fake here and against the Jira adapter (over doubles shaped like Jira's API) in
 * gluework-jira. Queries are chosen to match both a "contains" search and Jira's "a word starts with" search.
 */
public abstract class PeopleDirectoryContract {
    protected static final Person CAROL = new Person("JIRAUSER10102", "carol", "Carol Chen", "", true);
    protected static final Person DAVE = new Person("JIRAUSER10103", "dave", "Dave Diaz", "", true);
    protected static final Person ERIN = new Person("JIRAUSER10104", "erin", "Erin Ek", "", true);

    /** A directory holding exactly these (active) people. */
    protected abstract PeopleDirectory directoryOf(List<Person> people);

    private PeopleDirectory directory() {
        return directoryOf(List.of(CAROL, DAVE, ERIN));
    }

    @Test
    public void findPerson_shouldFindAKnownKeyAndNothingForAnUnknownOne() {
        assertEquals(Optional.of(CAROL.key()), directory().findPerson(CAROL.key()).map(Person::key));
        assertTrue(directory().findPerson("JIRAUSER404").isEmpty());
    }

    @Test
    public void findPeople_shouldLeaveUnknownKeysOut() {
        Map<String, Person> found = directory().findPeople(List.of(DAVE.key(), "JIRAUSER404"));

        assertEquals(List.of(DAVE.key()), List.copyOf(found.keySet()));
    }

    @Test
    public void searchPeople_shouldMatchTheStartOfANameIgnoringCase() {
        assertEquals(List.of(CAROL.key()), keys(directory().searchPeople("CAR", 10)));
        assertEquals(List.of(DAVE.key()), keys(directory().searchPeople(" diaz ", 10)));
    }

    @Test
    public void searchPeople_withABlankQuery_shouldFindEveryoneUpToTheLimit() {
        assertEquals(3, directory().searchPeople("", 10).size());
        assertEquals(3, directory().searchPeople("  ", 10).size());
        assertEquals(3, directory().searchPeople(null, 10).size());
        assertEquals(2, directory().searchPeople("", 2).size());
    }

    @Test
    public void searchPeople_withNoRoom_shouldFindNobody() {
        assertEquals(List.of(), directory().searchPeople("carol", 0));
        assertEquals(List.of(), directory().searchPeople("", 0));
    }

    @Test
    public void searchPeople_withNoMatch_shouldFindNobody() {
        assertEquals(List.of(), directory().searchPeople("zed", 10));
    }

    private static List<String> keys(List<Person> people) {
        return people.stream().map(Person::key).toList();
    }
}
