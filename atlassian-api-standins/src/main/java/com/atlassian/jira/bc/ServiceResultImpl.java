package com.atlassian.jira.bc;

import com.atlassian.jira.util.ErrorCollection;

/**
 * Compile-only stand-in: the plain {@link ServiceResult}.
 * <p>
 * Mirrors: jira-api 11.3, https://docs.atlassian.com/jira/server/com/atlassian/jira/bc/ServiceResultImpl.html
 * ({@code @PublicApi public class ServiceResultImpl implements ServiceResult, Serializable}, constructor
 * {@code ServiceResultImpl(@Nonnull ErrorCollection)}; valid when the collection holds no errors). The
 * {@code (ErrorCollection, WarningCollection)} constructor and {@code Serializable} are left out: unused.
 */
public class ServiceResultImpl implements ServiceResult {
    private final ErrorCollection errorCollection;

    public ServiceResultImpl(ErrorCollection errorCollection) {
        this.errorCollection = errorCollection;
    }

    @Override
    public boolean isValid() {
        return !errorCollection.hasAnyErrors();
    }

    @Override
    public ErrorCollection getErrorCollection() {
        return errorCollection;
    }
}
