package com.gluework.preview.demo;

import com.gluework.core.model.IssueRef;

import java.util.List;

/**
 * One issue of the demo backlog, as a story: who works on it, in which sprints, when work started and how long it
 * took, whether it bounced back after "Done", and whether bob rewrote it into acceptance criteria first.
 *
 * @param assignee   {@code null} for an unassigned issue
 * @param sprints    the sprints it was in, oldest first (more than one = carried over)
 * @param startDay   days after its first sprint's start when work began
 * @param cycleDays  days from "In Progress" to "Done"; 0 = not started yet
 * @param reviewer   who reviews it (moves it to Done)
 */
public record DemoIssue(String projectKey, int number, String type, String summary, String assignee, String reporter,
                        List<Integer> sprints, double startDay, double cycleDays, boolean reopened, boolean clarified,
                        String reviewer) {
    public static final long GW_PROJECT_ID = 10000;
    public static final long SEC_PROJECT_ID = 10100;

    public DemoIssue {
        sprints = List.copyOf(sprints);
    }

    public String key() {
        return projectKey + "-" + number;
    }

    /** Issue ids follow Jira's numbering, offset per project so ids never clash. */
    public long id() {
        return projectId() + number;
    }

    public long projectId() {
        return projectKey.equals("SEC") ? SEC_PROJECT_ID : GW_PROJECT_ID;
    }

    public String projectName() {
        return projectKey.equals("SEC") ? DemoDataset.SEC_PROJECT_NAME : DemoDataset.GW_PROJECT_NAME;
    }

    public int firstSprint() {
        return sprints.get(0);
    }

    public int lastSprint() {
        return sprints.get(sprints.size() - 1);
    }

    public boolean inSprint(int sprint) {
        return sprints.contains(sprint);
    }

    public IssueRef ref() {
        return new IssueRef(id(), key(), projectId(), projectKey, summary);
    }
}
