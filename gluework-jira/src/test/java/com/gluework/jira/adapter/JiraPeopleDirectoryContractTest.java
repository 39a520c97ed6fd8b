package com.gluework.jira.adapter;

import com.atlassian.jira.bc.user.search.UserSearchParams;
import com.atlassian.jira.bc.user.search.UserSearchService;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.user.util.UserManager;
import com.gluework.core.model.Person;
import com.gluework.core.port.PeopleDirectory;
import com.gluework.core.testing.PeopleDirectoryContract;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import static com.gluework.jira.adapter.JiraMocks.user;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/**
 * The Jira adapter keeps the {@link PeopleDirectoryContract}, over doubles that answer as Jira does: users by key from
 * {@code UserManager}, and {@code UserSearchService.findUsers} matching the start of the username or of any word of
 * the display name, everyone for an empty query (Glue Work always allows it; see {@link JiraPeopleDirectory}).
 */
public class JiraPeopleDirectoryContractTest extends PeopleDirectoryContract {
    @Override
    protected PeopleDirectory directoryOf(List<Person> people) {
        UserManager userManager = mock(UserManager.class);
        UserSearchService userSearch = mock(UserSearchService.class);
        List<ApplicationUser> users = people.stream()
                .map(p -> user(p.key(), p.username(), p.displayName(), p.active())).toList();
        for (ApplicationUser jiraUser : users) {
            when(userManager.getUserByKey(jiraUser.getKey())).thenReturn(jiraUser);
        }
        when(userSearch.findUsers(anyString(), any(UserSearchParams.class))).thenAnswer(call -> {
            String query = call.<String>getArgument(0).toLowerCase(Locale.ROOT);
            return users.stream().filter(u -> query.isEmpty() || matches(u, query)).toList();
        });
        return new JiraPeopleDirectory(userManager, userSearch);
    }

    private static boolean matches(ApplicationUser user, String query) {
        return user.getUsername().toLowerCase(Locale.ROOT).startsWith(query)
                || Arrays.stream(user.getDisplayName().toLowerCase(Locale.ROOT).split("\\s+")).anyMatch(w -> w.startsWith(query));
    }
}
