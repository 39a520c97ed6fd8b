package com.gluework.jira.sprint;

import com.atlassian.greenhopper.model.rapid.RapidView;
import com.atlassian.greenhopper.service.Page;
import com.atlassian.greenhopper.service.ServiceOutcome;
import com.atlassian.greenhopper.service.rapid.view.RapidViewService;
import com.atlassian.greenhopper.service.sprint.SprintService;
import com.atlassian.jira.bc.issue.search.SearchService;
import com.atlassian.jira.config.StatusManager;
import com.atlassian.jira.issue.changehistory.ChangeHistoryManager;
import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.user.util.UserManager;
import com.gluework.core.port.SprintSource;
import com.gluework.core.report.Board;
import com.gluework.core.report.Sprint;
import com.gluework.core.testing.SprintSourceContract;
import org.joda.time.DateTime;

import java.util.List;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/**
 * The Jira adapter keeps the {@link SprintSourceContract}, over doubles of Jira Software's two services answering as
 * Jira Software does: {@code RapidViewService} lists and finds only boards the user may see (in its own order),
 * {@code SprintService} lists a board's sprints (newest first here) and finds only sprints the user may see.
 */
public class JiraSprintSourceContractTest extends SprintSourceContract {
    private final ApplicationUser viewer = mock(ApplicationUser.class);

    @Override
    protected SprintSource source() {
        RapidViewService rapidViewService = mock(RapidViewService.class);
        SprintService sprintService = mock(SprintService.class);
        RapidView payments = board(PAYMENTS);
        RapidView alpha = board(ALPHA);
        ServiceOutcome<List<RapidView>> visibleBoards = outcome(List.of(payments, alpha));
        when(rapidViewService.getRapidViews(viewer)).thenReturn(visibleBoards);
        ServiceOutcome<RapidView> paymentsOutcome = outcome(payments);
        ServiceOutcome<RapidView> alphaOutcome = outcome(alpha);
        when(rapidViewService.getRapidView(viewer, PAYMENTS.id())).thenReturn(paymentsOutcome);
        when(rapidViewService.getRapidView(viewer, ALPHA.id())).thenReturn(alphaOutcome);
        ServiceOutcome<Page<com.atlassian.greenhopper.service.sprint.Sprint>> paymentsSprints = page(List.of(S12, S11));
        ServiceOutcome<Page<com.atlassian.greenhopper.service.sprint.Sprint>> alphaSprints = page(List.of(S21));
        when(sprintService.getSprints(eq(viewer), eq(payments), any(), any())).thenReturn(paymentsSprints);
        when(sprintService.getSprints(eq(viewer), eq(alpha), any(), any())).thenReturn(alphaSprints);
        for (Sprint visible : List.of(S11, S12, S21)) {
            ServiceOutcome<com.atlassian.greenhopper.service.sprint.Sprint> found = outcome(sprint(visible));
            when(sprintService.getSprint(viewer, visible.id())).thenReturn(found);
        }
        return jira(new GreenHopperBoards(sprintService, rapidViewService));
    }

    @Override
    protected SprintSource unavailableSource() {
        return jira(new OptionalJiraSoftwareBoards(mock(org.osgi.framework.BundleContext.class)));
    }

    private SprintSource jira(JiraSoftwareBoards boards) {
        UserManager userManager = mock(UserManager.class);
        when(userManager.getUserByKey(VIEWER)).thenReturn(viewer);
        return new JiraSprintSource(mock(SearchService.class), mock(ChangeHistoryManager.class), mock(StatusManager.class),
                mock(JiraAuthenticationContext.class), userManager, boards);
    }

    private static RapidView board(Board board) {
        RapidView view = mock(RapidView.class);
        when(view.getId()).thenReturn(board.id());
        when(view.getName()).thenReturn(board.name());
        return view;
    }

    private static com.atlassian.greenhopper.service.sprint.Sprint sprint(Sprint sprint) {
        com.atlassian.greenhopper.service.sprint.Sprint jiraSprint = mock(com.atlassian.greenhopper.service.sprint.Sprint.class);
        when(jiraSprint.getId()).thenReturn(sprint.id());
        when(jiraSprint.getRapidViewId()).thenReturn(sprint.boardId());
        when(jiraSprint.getName()).thenReturn(sprint.name());
        when(jiraSprint.getState()).thenReturn(com.atlassian.greenhopper.service.sprint.Sprint.State.valueOf(sprint.state().name()));
        when(jiraSprint.getStartDate()).thenReturn(date(sprint.startDate()));
        when(jiraSprint.getEndDate()).thenReturn(date(sprint.endDate()));
        when(jiraSprint.getCompleteDate()).thenReturn(date(sprint.completeDate()));
        return jiraSprint;
    }

    private static DateTime date(java.time.Instant instant) {
        return instant == null ? null : new DateTime(instant.toEpochMilli());
    }

    private static ServiceOutcome<Page<com.atlassian.greenhopper.service.sprint.Sprint>> page(List<Sprint> sprints) {
        List<com.atlassian.greenhopper.service.sprint.Sprint> jiraSprints = sprints.stream().map(JiraSprintSourceContractTest::sprint).toList();
        @SuppressWarnings("unchecked") Page<com.atlassian.greenhopper.service.sprint.Sprint> page = mock(Page.class);
        when(page.getValues()).thenReturn(jiraSprints);
        return outcome(page);
    }

    @SuppressWarnings("unchecked")
    private static <T> ServiceOutcome<T> outcome(T value) {
        ServiceOutcome<T> outcome = mock(ServiceOutcome.class);
        when(outcome.isValid()).thenReturn(true);
        when(outcome.get()).thenReturn(value);
        return outcome;
    }
}
