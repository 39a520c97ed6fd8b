package com.atlassian.jira.user.anonymize;

/**
 * Compile-only stand-in: what anonymization will do to an {@link AffectedEntity}.
 * <p>
 * Mirrors: jira-api 11.3, docs/atlassian-signatures.md §7.18. {@code REMOVE} is used by the decompiled
 * {@code WhisperMessagesAnonymizationHandler}, {@code ANONYMIZE} by the decompiled {@code JiraStreamsUsernameChangeHandler}
 * (both found with the code search). Other constants ({@code TRANSFER_OWNERSHIP}, {@code MANUAL}: seen as REST enum
 * values only) are UNCONFIRMED as Java constants and not declared.
 */
public enum AffectedEntityType {
    ANONYMIZE,
    REMOVE
}
