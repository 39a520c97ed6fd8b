package com.atlassian.jira.bc.user.search;

/**
 * Compile-only stand-in: which users a {@link UserSearchService} search includes (active, inactive), whether an empty
 * query is allowed, and how many users it answers at most.
 * <p>
 * Mirrors: jira-api 11.3 (Platform 8). Source: the class page,
 * https://docs.atlassian.com/jira/server/com/atlassian/jira/bc/user/search/UserSearchParams.html — public constructor
 * {@code UserSearchParams(boolean allowEmptyQuery, boolean includeActive, boolean includeInactive)}, the constants
 * {@code ACTIVE_USERS_IGNORE_EMPTY_QUERY} and {@code ACTIVE_USERS_ALLOW_EMPTY_QUERY}, and the nested
 * {@code static class UserSearchParams.Builder}. The builder's methods are as public plugin code calls them on Jira
 * 10/11: {@code UserSearchParams.builder()} or {@code new UserSearchParams.Builder()}, then
 * {@code allowEmptyQuery(boolean)}, {@code includeActive(boolean)}, {@code includeInactive(boolean)},
 * {@code maxResults(Integer)}, {@code build()} (e.g. {@code new UserSearchParams.Builder().includeActive(true)
 * .includeInactive(false).canMatchEmail(false).maxResults(Integer.valueOf(20)).sorted(true).build()} in a public Jira DC
 * chat app's user search; {@code UserSearchParams.builder().allowEmptyQuery(true).includeActive(true)} in a public
 * ScriptRunner script). The real class has more constructors, builder methods and accessors; only what Glue Work uses
 * is declared, and it holds no state (it is never executed outside Jira).
 */
public class UserSearchParams {
    /** Active users only; an empty query finds nobody. */
    public static final UserSearchParams ACTIVE_USERS_IGNORE_EMPTY_QUERY = new UserSearchParams(false, true, false);
    /** Active users only; an empty query finds every active user. */
    public static final UserSearchParams ACTIVE_USERS_ALLOW_EMPTY_QUERY = new UserSearchParams(true, true, false);

    public UserSearchParams(boolean allowEmptyQuery, boolean includeActive, boolean includeInactive) {
        // compile-only stand-in: no state
    }

    public static Builder builder() {
        return new Builder();
    }

    public static class Builder {

        public Builder() {
            // compile-only stand-in: no state
        }

        public Builder allowEmptyQuery(boolean allowEmptyQuery) {
            return this;
        }

        public Builder includeActive(boolean includeActive) {
            return this;
        }

        public Builder includeInactive(boolean includeInactive) {
            return this;
        }

        public Builder maxResults(Integer maxResults) {
            return this;
        }

        public UserSearchParams build() {
            return new UserSearchParams(true, true, false);
        }
    }
}
