package com.atlassian.greenhopper.service.sprint;

import com.atlassian.greenhopper.service.ServiceOutcome;

import java.util.Collection;
import java.util.EnumSet;

/**
 * Compile-only stand-in: Jira Software's sprint store, without permission checks (unlike {@code SprintService}).
 * <p>
 * Mirrors: Jira Software 11.x, checked against https://docs.atlassian.com/jira-software/9.12.10/com/atlassian/greenhopper/service/sprint/SprintManager.html
 * ({@code @Nonnull ServiceOutcome<Sprint> getSprint(long id)} and
 * {@code @Nonnull ServiceOutcome<Collection<Sprint>> getSprintsForView(Long rapidViewId, EnumSet<Sprint.State> states)});
 * both methods are still listed in 11.1.0-m0011 (docs/atlassian-signatures.md §9.2). The real interface
 * extends {@code GreenHopperCache}, which Glue Work never uses. Only the members Glue Work calls.
 */
public interface SprintManager {

    ServiceOutcome<Sprint> getSprint(long id);

    ServiceOutcome<Collection<Sprint>> getSprintsForView(Long rapidViewId, EnumSet<Sprint.State> states);
}
