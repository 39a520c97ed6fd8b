package com.atlassian.greenhopper.manager.rapidview;

import com.atlassian.greenhopper.model.rapid.RapidView;
import com.atlassian.greenhopper.service.ServiceOutcome;

import java.util.List;

/**
 * Compile-only stand-in: Jira Software's board store.
 * <p>
 * Mirrors: Jira Software 11.x. https://docs.atlassian.com/jira-software/10.6.0/com/atlassian/greenhopper/manager/rapidview/RapidViewManager.html
 * lists {@code getAll()}: "Get a list of all RapidViews that exist, regardless of any security considerations", and a
 * public script calls {@code rapidViewManager.getAll(check).value} (a {@code ServiceOutcome} of a list). The exact
 * generic return type is UNCONFIRMED ({@code List} or {@code Collection}): Glue Work reads it as
 * {@code ServiceOutcome<? extends Collection<RapidView>>}, which compiles against either. Only the member Glue Work calls.
 */
public interface RapidViewManager {

    ServiceOutcome<List<RapidView>> getAll();
}
