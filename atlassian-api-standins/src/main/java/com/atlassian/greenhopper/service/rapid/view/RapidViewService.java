package com.atlassian.greenhopper.service.rapid.view;

import com.atlassian.greenhopper.model.rapid.RapidView;
import com.atlassian.greenhopper.service.ServiceOutcome;
import com.atlassian.jira.user.ApplicationUser;

import java.util.List;

/**
 * Compile-only stand-in: Jira Software's board service, which answers only with boards the user may see. One of the two
 * Jira Software services public plugins import (docs/host-fidelity.md).
 * <p>
 * Mirrors: Jira Software 11.x. https://docs.atlassian.com/jira-software/11.1.0-m0011/com/atlassian/greenhopper/service/rapid/view/RapidViewServiceImpl.html
 * ("All Implemented Interfaces: RapidViewService") lists both methods:
 * <ul>
 *   <li>{@code getRapidView(ApplicationUser user, Long rapidViewId)}, "Get a rapid view given its id", returning
 *       {@code ServiceOutcome<RapidView>} (6.3.2.1: https://docs.atlassian.com/jira-software/6.3.2.1/com/atlassian/greenhopper/service/rapid/view/RapidViewService.html;
 *       5.6 documents it as returning nothing "if it doesn't exist or the user doesn't have permission to see it");</li>
 *   <li>{@code getRapidViews(ApplicationUser user)}, "all views the user is allowed to see" (5.6 javadoc), returning
 *       {@code ServiceOutcome<List<RapidView>>} as public plugin code compiled against Jira Software 10/11 declares it
 *       ({@code ServiceOutcome<List<RapidView>> outcome = rapidViewService.getRapidViews(viewer)} in a public Jira DC app's
 *       {@code JimMobileBoards}; ScriptRunner scripts call {@code rapidViewService.getRapidViews(user).get()}).</li>
 * </ul>
 * Only the members Glue Work calls.
 */
public interface RapidViewService {

    ServiceOutcome<RapidView> getRapidView(ApplicationUser user, Long rapidViewId);

    ServiceOutcome<List<RapidView>> getRapidViews(ApplicationUser user);
}
