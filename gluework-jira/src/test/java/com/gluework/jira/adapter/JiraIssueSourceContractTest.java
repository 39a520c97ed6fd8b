package com.gluework.jira.adapter;

import com.atlassian.jira.issue.IssueManager;
import com.atlassian.jira.issue.MutableIssue;
import com.gluework.core.model.IssueRef;
import com.gluework.core.port.IssueSource;
import com.gluework.core.testing.IssueSourceContract;

import java.util.List;

import static com.gluework.jira.adapter.JiraMocks.issue;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/** The Jira adapter keeps the {@link IssueSourceContract}, over an {@code IssueManager} that answers null for unknown issues, as Jira's does. */
public class JiraIssueSourceContractTest extends IssueSourceContract {
    @Override
    protected IssueSource sourceOf(List<IssueRef> issues) {
        IssueManager issueManager = mock(IssueManager.class);
        for (IssueRef ref : issues) {
            MutableIssue jiraIssue = issue(ref.id(), ref.key(), ref.projectId(), ref.summary());
            when(issueManager.getIssueObject(ref.key())).thenReturn(jiraIssue);
            when(issueManager.getIssueObject(ref.id())).thenReturn(jiraIssue);
        }
        return new JiraIssueSource(issueManager);
    }
}
