package com.gluework.jira.adapter;

import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.user.util.UserManager;
import com.gluework.core.model.Person;
import org.junit.Before;
import org.junit.Test;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import static com.gluework.jira.adapter.JiraMocks.user;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

public class JiraPeopleDirectoryTest {
    private final UserManager userManager = mock(UserManager.class);
    private final JiraPeopleDirectory directory = new JiraPeopleDirectory(userManager);

    @Before
    public void users() {
        ApplicationUser carol = user("JIRAUSER10102", "carol", "Carol Chen", true);
        ApplicationUser frank = user("JIRAUSER10105", "frank", "Frank Old", false);
        when(userManager.getUserByKey("JIRAUSER10102")).thenReturn(carol);
        when(userManager.getUserByKey("JIRAUSER10105")).thenReturn(frank);
        when(userManager.getUserByName("carol")).thenReturn(carol);
    }

    @Test
    public void findPerson_shouldMapKeyUsernameDisplayNameAndActive() {
        // when
        Optional<Person> carol = directory.findPerson("JIRAUSER10102");
        Optional<Person> frank = directory.findPerson("JIRAUSER10105");

        // then
        assertEquals(Optional.of(new Person("JIRAUSER10102", "carol", "Carol Chen", "", true)), carol);
        assertEquals(false, frank.orElseThrow().active());
    }

    @Test
    public void findPerson_shouldBeEmptyForUnknownOrNullKeys() {
        // when / then
        assertEquals(Optional.empty(), directory.findPerson("JIRAUSER404"));
        assertEquals(Optional.empty(), directory.findPerson(null));
    }

    @Test
    public void findPeople_shouldReturnOnlyKnownKeysOnceEach() {
        // when
        Map<String, Person> found = directory.findPeople(List.of("JIRAUSER10102", "JIRAUSER404", "JIRAUSER10102", "JIRAUSER10105"));

        // then
        assertEquals(List.of("JIRAUSER10102", "JIRAUSER10105"), List.copyOf(found.keySet()));
    }

    @Test
    public void searchPeople_shouldFindAnExactUserNameOrKey() {
        // when / then
        assertEquals("JIRAUSER10102", directory.searchPeople(" carol ", 10).get(0).key());
        assertEquals("JIRAUSER10105", directory.searchPeople("JIRAUSER10105", 10).get(0).key());
    }

    @Test
    public void searchPeople_shouldBeEmptyForBlankQueriesAndZeroLimits() {
        // when / then
        assertTrue(directory.searchPeople("", 10).isEmpty());
        assertTrue(directory.searchPeople("carol", 0).isEmpty());
    }
}
