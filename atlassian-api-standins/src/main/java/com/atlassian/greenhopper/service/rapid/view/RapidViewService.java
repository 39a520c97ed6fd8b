package com.atlassian.greenhopper.service.rapid.view;

import com.atlassian.greenhopper.model.rapid.RapidView;
import com.atlassian.greenhopper.service.ServiceOutcome;
import com.atlassian.jira.user.ApplicationUser;

/**
 * Compile-only stand-in: Jira Software's board service, which checks the user's permission to see a board (unlike
 * {@code RapidViewManager}).
 * <p>
 * Mirrors: Jira Software 11.x. https://docs.atlassian.com/jira-software/11.1.0-m0011/com/atlassian/greenhopper/service/rapid/view/RapidViewServiceImpl.html
 * ("All Implemented Interfaces: RapidViewService") lists {@code getRapidView(com.atlassian.jira.user.ApplicationUser user,
 * Long rapidViewId)}, "Get a rapid view given its id"; the return type {@code ServiceOutcome<RapidView>} is the one of
 * {@code getRapidView(User, Long)} in https://docs.atlassian.com/jira-software/6.3.2.1/com/atlassian/greenhopper/service/rapid/view/RapidViewService.html
 * (the user type became {@code ApplicationUser} with Jira 7), and 5.6 documents the lookup as returning nothing "if it
 * doesn't exist or the user doesn't have permission to see it"; that the 11.x return type is unchanged is UNCONFIRMED
 * (docs/atlassian-signatures.md §9.4). {@code getRapidViews(ApplicationUser)} also exists in 11.1, but its
 * return type could not be confirmed, so Glue Work does not call it. Only the member Glue Work calls.
 */
public interface RapidViewService {

    ServiceOutcome<RapidView> getRapidView(ApplicationUser user, Long rapidViewId);
}
