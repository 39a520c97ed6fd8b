package com.gluework.jira.adapter;

import com.atlassian.jira.issue.MutableIssue;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.user.ApplicationUser;

import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/** Builders for mocked Jira values, so each test states only what matters to it. */
public final class JiraMocks {
    private JiraMocks() {
    }

    public static MutableIssue issue(long id, String key, long projectId, String summary) {
        Project project = mock(Project.class);
        when(project.getId()).thenReturn(projectId);
        when(project.getKey()).thenReturn(key.substring(0, key.indexOf('-')));
        MutableIssue issue = mock(MutableIssue.class);
        when(issue.getId()).thenReturn(id);
        when(issue.getKey()).thenReturn(key);
        when(issue.getSummary()).thenReturn(summary);
        when(issue.getProjectObject()).thenReturn(project);
        return issue;
    }

    public static ApplicationUser user(String key, String username, String displayName, boolean active) {
        ApplicationUser user = mock(ApplicationUser.class);
        when(user.getKey()).thenReturn(key);
        when(user.getUsername()).thenReturn(username);
        when(user.getDisplayName()).thenReturn(displayName);
        when(user.isActive()).thenReturn(active);
        return user;
    }
}
