package com.atlassian.jira.bc.user.search;

/**
 * Compile-only stand-in: which users a {@link UserSearchService} search includes (active, inactive) and whether an
 * empty query is allowed.
 * <p>
 * Mirrors: jira-api 11.3 (Platform 8). Source: the class page,
 * https://docs.atlassian.com/jira/server/com/atlassian/jira/bc/user/search/UserSearchParams.html — public constructor
 * {@code UserSearchParams(boolean allowEmptyQuery, boolean includeActive, boolean includeInactive)} and the constant
 * {@code ACTIVE_USERS_IGNORE_EMPTY_QUERY}. The real class has more constructors, a builder and accessors; only what
 * Glue Work uses is declared, and it holds no state (it is never executed outside Jira).
 */
public class UserSearchParams {
    /** Active users only; an empty query finds nobody. */
    public static final UserSearchParams ACTIVE_USERS_IGNORE_EMPTY_QUERY = new UserSearchParams(false, true, false);

    public UserSearchParams(boolean allowEmptyQuery, boolean includeActive, boolean includeInactive) {
        // compile-only stand-in: no state
    }
}
