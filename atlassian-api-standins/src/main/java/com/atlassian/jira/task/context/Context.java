package com.atlassian.jira.task.context;

/**
 * Compile-only stand-in: progress reporting of a long-running Jira task.
 * <p>
 * Mirrors: jira-api 11.3, docs/atlassian-signatures.md §7.18. Confirmed only as far as Atlassian's decompiled handlers
 * use it (found with the code search): {@code context.start(null)} returns a {@code Context.Task} on which
 * {@code complete()} is called once per unit of work ({@code JiraStreamsUsernameChangeHandler}). The parameter type of
 * {@code start}, Context's other members and whether {@code Task} is {@code AutoCloseable} (the Whisper handler uses
 * it in try-with-resources) are UNCONFIRMED; Glue Work calls only {@code start(null).complete()}.
 */
public interface Context {

    Task start(Object input);

    interface Task {
        void complete();
    }
}
