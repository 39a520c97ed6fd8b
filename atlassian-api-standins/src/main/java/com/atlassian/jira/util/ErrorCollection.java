package com.atlassian.jira.util;

import java.util.Collection;

/**
 * Compile-only stand-in: Jira's collection of human-readable errors.
 * <p>
 * Mirrors: jira-api 11.3. {@code addErrorMessage(String)} is called by the decompiled Atlassian anonymization handlers
 * (WhisperMessagesAnonymizationHandler, JiraStreamsUsernameChangeHandler; found with the code search).
 * {@code Collection<String> getErrorMessages()} and {@code boolean hasAnyErrors()} are long-standing members
 * (https://docs.atlassian.com/jira/latest/com/atlassian/jira/util/ErrorCollection.html) but UNCONFIRMED for 11.3;
 * Glue Work's main code calls only {@code addErrorMessage}. Only the members Glue Work uses.
 */
public interface ErrorCollection {

    void addErrorMessage(String message);

    Collection<String> getErrorMessages();

    boolean hasAnyErrors();
}
