package com.atlassian.jira.config;

import com.atlassian.jira.issue.status.Status;

import java.util.Collection;

/**
 * Compile-only stand-in: every workflow status of the instance.
 * <p>
 * Mirrors: jira-api 11.3 (Platform 8). {@code Collection<Status> getStatuses()} is seen in public Jira server plugin
 * code ({@code StatusManager statusManager = …getComponent(StatusManager.class); Collection<Status> existingStatuses =
 * statusManager.getStatuses();}, code index); the javadoc page itself was not reachable, so the package name is
 * UNCONFIRMED (its implementation {@code DefaultStatusManager} lives in this package in every Jira source seen).
 * Only the member Glue Work calls.
 */
public interface StatusManager {

    Collection<Status> getStatuses();
}
