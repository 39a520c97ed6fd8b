package com.gluework.jira.adapter;

import com.atlassian.jira.bc.user.search.UserSearchParams;
import com.atlassian.jira.bc.user.search.UserSearchService;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.user.util.UserManager;
import com.gluework.core.model.Person;
import org.junit.Before;
import org.junit.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static com.gluework.jira.adapter.JiraMocks.user;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

public class JiraPeopleDirectoryTest {
    private final UserManager userManager = mock(UserManager.class);
    private final UserSearchService userSearch = mock(UserSearchService.class);
    private final JiraPeopleDirectory directory = new JiraPeopleDirectory(userManager, userSearch);

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
    public void searchPeople_shouldAskJirasUserSearchForActiveUsersAndMapThem() {
        // given
        ApplicationUser carol = user("JIRAUSER10102", "carol", "Carol Chen", true);
        ApplicationUser caroline = user("JIRAUSER10109", "caroline", "Caroline Ops", true);
        when(userSearch.findUsers(eq("car"), any(UserSearchParams.class))).thenReturn(List.of(carol, caroline));

        // when
        List<Person> found = directory.searchPeople(" car ", 10);

        // then
        assertEquals(List.of(new Person("JIRAUSER10102", "carol", "Carol Chen", "", true),
                new Person("JIRAUSER10109", "caroline", "Caroline Ops", "", true)), found);
        verify(userSearch).findUsers(eq("car"), any(UserSearchParams.class));
    }

    @Test
    public void searchPeople_shouldAnswerAtMostTheLimit() {
        // given: Jira is asked for at most the limit (maxResults), and the adapter still cuts what comes back
        List<ApplicationUser> many = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            many.add(user("JIRAUSER" + i, "user" + i, "User " + i, true));
        }
        when(userSearch.findUsers(eq("user"), any(UserSearchParams.class))).thenReturn(many);

        // when / then
        assertEquals(20, directory.searchPeople("user", 20).size());
    }

    @Test
    public void searchPeople_withABlankQuery_shouldAskJiraForEveryoneAsThePickerOpensWithIt() {
        // given
        ApplicationUser carol = user("JIRAUSER10102", "carol", "Carol Chen", true);
        when(userSearch.findUsers(eq(""), any(UserSearchParams.class))).thenReturn(List.of(carol));

        // when / then
        assertEquals(1, directory.searchPeople("", 10).size());
        assertEquals(1, directory.searchPeople(null, 10).size());
        assertEquals(1, directory.searchPeople("   ", 10).size());
    }

    @Test
    public void searchPeople_withNoRoom_shouldNotAskJira() {
        // when / then
        assertTrue(directory.searchPeople("carol", 0).isEmpty());
        assertTrue(directory.searchPeople("", 0).isEmpty());
        verifyNoInteractions(userSearch);
    }
}
