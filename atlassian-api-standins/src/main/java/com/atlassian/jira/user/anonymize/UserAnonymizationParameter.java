package com.atlassian.jira.user.anonymize;

import com.atlassian.jira.task.context.Context;

/**
 * Compile-only stand-in: what a {@link UserAnonymizationHandler} is told.
 * <p>
 * Mirrors: jira-api 11.3, docs/atlassian-signatures.md §7.18. {@code String getUserKey()} and {@code Context getContext()}
 * are confirmed by the decompiled {@code WhisperMessagesAnonymizationHandler} (it passes {@code getUserKey()} to
 * {@code UserKeyService.getUsernameForKey(String)} and calls {@code getContext().start(null)}). Whether Jira declares
 * it as a class or an interface is UNCONFIRMED; plugins only call its getters, and an interface lets tests create
 * one without Jira. Only the members Glue Work uses.
 */
public interface UserAnonymizationParameter {

    String getUserKey();

    Context getContext();
}
