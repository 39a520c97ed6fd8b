package com.atlassian.jira.bc.user.search;

import com.atlassian.jira.user.ApplicationUser;

import java.util.List;

/**
 * Compile-only stand-in: Jira's user search behind its user pickers (a {@code @PublicApi} interface since Jira 7.0,
 * replacing the deprecated {@code UserPickerSearchService}).
 * <p>
 * Mirrors: jira-api 11.3 (Platform 8). Source: the interface's method list,
 * https://docs.atlassian.com/jira/7.0.4/com/atlassian/jira/bc/user/search/UserSearchService.html, and the identical
 * {@code List<ApplicationUser> findUsers(String query, UserSearchParams userSearchParams)} ("Get Users based on a query
 * string") listed on https://docs.atlassian.com/jira/server/com/atlassian/jira/bc/user/search/UserPickerSearchService.html.
 * Only the member Glue Work calls.
 */
public interface UserSearchService {

    /** Users whose name, display name (or, if allowed, e-mail) match {@code query}, filtered by {@code userSearchParams}. */
    List<ApplicationUser> findUsers(String query, UserSearchParams userSearchParams);
}
