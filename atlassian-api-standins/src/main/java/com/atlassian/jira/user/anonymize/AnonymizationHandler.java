package com.atlassian.jira.user.anonymize;

import com.atlassian.jira.bc.ServiceResult;

import java.util.Collection;

/**
 * Compile-only stand-in: the common shape of Jira's user anonymization extension points.
 * <p>
 * Mirrors: jira-api 11.3 (Platform 8), docs/atlassian-signatures.md §7.18. The three methods and their parameter and
 * return types are confirmed by Jira Software's handler javadoc
 * (https://docs.atlassian.com/jira-software/10.4.0/com/atlassian/greenhopper/anonymization/AuditEntryKeyChangeHandler.html:
 * {@code Collection<AffectedEntity> getAffectedEntities(P)}, {@code ServiceResult update(P)}, {@code int getNumberOfTasks(P)},
 * the inherited field {@code DEFAULT_NUMBER_OF_TASKS}) and by decompiled Atlassian plugin handlers that implement all
 * three (WhisperMessagesAnonymizationHandler, JiraStreamsUsernameChangeHandler, found with the code search). That the
 * type is an interface follows from "All Implemented Interfaces" there. The value of {@code DEFAULT_NUMBER_OF_TASKS}
 * is UNCONFIRMED and Glue Work does not use it, so it is not declared; whether {@code getNumberOfTasks} is a default
 * method is UNCONFIRMED, so it is declared abstract (Glue Work implements it either way).
 */
public interface AnonymizationHandler<T> {

    Collection<AffectedEntity> getAffectedEntities(T parameter);

    ServiceResult update(T parameter);

    int getNumberOfTasks(T parameter);
}
