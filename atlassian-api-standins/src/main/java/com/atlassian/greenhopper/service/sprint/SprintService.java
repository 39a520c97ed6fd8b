package com.atlassian.greenhopper.service.sprint;

import com.atlassian.greenhopper.service.ServiceOutcome;
import com.atlassian.jira.user.ApplicationUser;

/**
 * Compile-only stand-in: Jira Software's sprint service, which validates the user's permissions ("During validation,
 * parameters and user's permissions are checked. User param with null value is treated as non-logged user").
 * <p>
 * Mirrors: Jira Software 11.1, https://docs.atlassian.com/jira-software/11.1.0-m0011/com/atlassian/greenhopper/service/sprint/SprintService.html
 * ({@code ServiceOutcome<Sprint> getSprint(ApplicationUser user, long sprintId)}, docs/atlassian-signatures.md
 * §9.3 and atlassian-platform.md §3.11). The 6.x javadoc
 * (https://docs.atlassian.com/jira-software/6.3.9.2/com/atlassian/greenhopper/service/sprint/SprintServiceImpl.html) says
 * the sprint "is only returned if the user can see at least one of the issues assigned to the sprint". Only the member
 * Glue Work calls.
 */
public interface SprintService {

    ServiceOutcome<Sprint> getSprint(ApplicationUser user, long sprintId);
}
