package com.gluework.jira.privacy;

import com.atlassian.jira.task.context.Context;

/** One finished unit of work reported to Jira's progress bar, the way Atlassian's own handlers do it. */
final class JiraTaskProgress implements Runnable {
    private final Context context;

    JiraTaskProgress(Context context) {
        this.context = context;
    }

    @Override
    public void run() {
        context.start(null).complete();
    }
}
