package com.atlassian.jira.user.anonymize;

import com.atlassian.jira.task.context.Context;

/**
 * Compile-only stand-in: what a {@link UserKeyChangeHandler} is told: the key before and after the change.
 * <p>
 * Mirrors: jira-api 11.3, docs/atlassian-signatures.md §7.18 (accessors were UNCONFIRMED there). Now confirmed by the
 * decompiled Atlassian Streams handler {@code com.atlassian.streams.thirdparty.jira.anonymization.JiraStreamsUsernameChangeHandler}
 * (found with the code search): it reads {@code String getOriginal()}, {@code String getTarget()} and
 * {@code Context getContext()}. Class vs interface is UNCONFIRMED (see {@link UserAnonymizationParameter}). Only the
 * members Glue Work uses.
 */
public interface UserPropertyChangeParameter {

    String getOriginal();

    String getTarget();

    Context getContext();
}
