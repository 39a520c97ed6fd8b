package com.gluework.jira.web;

import com.atlassian.jira.issue.Issue;
import com.atlassian.plugin.web.ContextProvider;
import com.gluework.core.error.InvalidInputException;
import com.gluework.core.error.NotFoundException;
import com.gluework.core.model.IssueContributions;
import com.gluework.core.model.IssueRef;
import com.gluework.core.port.CurrentUser;
import com.gluework.core.service.ContributionService;
import com.gluework.jira.adapter.JiraIssueSource;
import com.gluework.web.view.IssuePanelView;
import com.gluework.web.view.IssuePanelViewFactory;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Feeds the issue-view web panel: puts {@code panel} (an {@link IssuePanelView}) into the Velocity context, built from
 * the same service call and factory as the panel's REST fragment, so both render identically.
 * <p>
 * A web panel must never break the issue page: if the viewer may not see Glue Work on this issue, the panel renders
 * empty and read-only instead of throwing.
 */
public final class IssuePanelContextProvider implements ContextProvider {
    /** Jira puts the viewed issue under this key for {@code atl.jira.view.issue.*} panels. */
    static final String ISSUE_KEY = "issue";

    private final ContributionService contributions;
    private final IssuePanelViewFactory views;
    private final CurrentUser currentUser;

    public IssuePanelContextProvider(ContributionService contributions, IssuePanelViewFactory views, CurrentUser currentUser) {
        this.contributions = contributions;
        this.views = views;
        this.currentUser = currentUser;
    }

    @Override
    public void init(Map<String, String> params) {
        // The descriptor passes no parameters.
    }

    @Override
    public Map<String, Object> getContextMap(Map<String, Object> context) {
        Map<String, Object> result = new HashMap<>(context);
        if (!(context.get(ISSUE_KEY) instanceof Issue issue)) {
            return result; // not on an issue page: the template renders nothing without a panel
        }
        Optional<String> viewer = currentUser.key();
        IssuePanelView panel;
        try {
            // One read of the issue's glue serves the panel's list and its "Possible glue".
            panel = views.create(contributions.readForPanel(viewer, issue.getKey()), viewer);
        } catch (NotFoundException | InvalidInputException e) {
            IssueRef ref = JiraIssueSource.toRef(issue).orElseThrow();
            panel = views.create(new IssueContributions(ref, List.of()), Optional.empty());
        }
        result.put(IssuePanelView.CONTEXT_KEY, panel);
        return result;
    }
}
