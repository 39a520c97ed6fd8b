package com.atlassian.greenhopper.service.sprint;

import com.atlassian.greenhopper.model.rapid.RapidView;
import com.atlassian.greenhopper.service.Page;
import com.atlassian.greenhopper.service.PageRequest;
import com.atlassian.greenhopper.service.ServiceOutcome;
import com.atlassian.jira.user.ApplicationUser;

/**
 * Compile-only stand-in: Jira Software's sprint service, which validates the user's permissions ("During validation,
 * parameters and user's permissions are checked. User param with null value is treated as non-logged user"). One of the
 * two Jira Software services public plugins import (docs/host-fidelity.md).
 * <p>
 * Mirrors: Jira Software 11.1, https://docs.atlassian.com/jira-software/11.1.0-m0011/com/atlassian/greenhopper/service/sprint/SprintService.html
 * (docs/atlassian-signatures.md §9.3), which lists both methods:
 * <ul>
 *   <li>{@code ServiceOutcome<Sprint> getSprint(ApplicationUser user, long sprintId)};</li>
 *   <li>{@code getSprints(ApplicationUser user, RapidView rapidView, PageRequest pageRequest, SprintQuery query)}, whose
 *       return type {@code ServiceOutcome<Page<Sprint>>} is the one public plugins compile against (repo
 *       atlascommunity/jira-plugins-groovy: src/main/java/ru/mail/jira/plugins/groovy/impl/jsw/JiraSoftwareHelperImpl.java,
 *       {@code sprintService.getSprints(user, rapidView, PageRequests.all(), SprintQuery.builder()…build()).get().getValues()}).</li>
 * </ul>
 * Who may see a sprint: "see at least one issue OR allowed to see board owning the sprint"
 * (https://docs.atlassian.com/jira-software/6.3.3/com/atlassian/greenhopper/service/sprint/package-summary.html,
 * {@code SprintPermissionService}). Only the members Glue Work calls.
 */
public interface SprintService {

    ServiceOutcome<Sprint> getSprint(ApplicationUser user, long sprintId);

    ServiceOutcome<Page<Sprint>> getSprints(ApplicationUser user, RapidView rapidView, PageRequest pageRequest, SprintQuery query);
}
