package com.atlassian.jira.issue.status.category;

/**
 * Compile-only stand-in: the category every workflow status belongs to; its key is {@code new},
 * {@code indeterminate}, {@code done} (or {@code undefined}).
 * <p>
 * Mirrors: jira-api 11.3 (Platform 8). Seen only through callers: public Jira server plugins call
 * {@code status.getStatusCategory().getKey()} and compare it with {@code "done"} (code index, e.g. a Jira notifier
 * plugin's {@code AdminPageData}); the package name and the interface kind are UNCONFIRMED from javadoc. Only the member
 * Glue Work calls; callers never implement it, so interface vs class does not matter for them.
 */
public interface StatusCategory {

    String getKey();
}
