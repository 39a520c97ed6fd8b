package com.atlassian.jira.bc;

import com.atlassian.jira.util.ErrorCollection;

/**
 * Compile-only stand-in: a Jira service call's result with human-readable errors.
 * <p>
 * Mirrors: jira-api 11.3, https://docs.atlassian.com/jira/latest/com/atlassian/jira/bc/ServiceResult.html
 * ({@code @PublicApi public interface ServiceResult}: {@code boolean isValid()}, {@code ErrorCollection getErrorCollection()},
 * also {@code getWarningCollection()} and a default {@code hasWarnings()}, not declared: unused). Only the members
 * Glue Work uses.
 */
public interface ServiceResult {

    boolean isValid();

    ErrorCollection getErrorCollection();
}
