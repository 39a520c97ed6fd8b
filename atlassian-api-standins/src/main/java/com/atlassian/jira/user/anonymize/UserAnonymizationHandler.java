package com.atlassian.jira.user.anonymize;

/**
 * Compile-only stand-in: called while Jira anonymizes a user, before it changes their key and name, to delete or
 * anonymize the user's personal data (https://confluence.atlassian.com/jiracore/dev-docs-anonymizing-users-983503081.html,
 * step 3).
 * <p>
 * Mirrors: jira-api 11.3, docs/atlassian-signatures.md §7.18 (C): the decompiled Atlassian handler
 * {@code com.atlassian.whisper.plugin.jira.anonymize.WhisperMessagesAnonymizationHandler implements UserAnonymizationHandler}
 * overrides the three methods with {@link UserAnonymizationParameter} (found with the code search).
 */
public interface UserAnonymizationHandler extends AnonymizationHandler<UserAnonymizationParameter> {
}
