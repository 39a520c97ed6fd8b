package com.atlassian.jira.issue.changehistory;

import com.atlassian.jira.issue.history.ChangeItemBean;

import java.sql.Timestamp;
import java.util.List;

/**
 * Compile-only stand-in: one change group of an issue (who changed what, when).
 * <p>
 * Mirrors: jira-api 11.3 (Platform 8), checked against https://docs.atlassian.com/jira/7.3.4/com/atlassian/jira/issue/changehistory/ChangeHistory.html
 * ({@code @PublicApi public class ChangeHistory implements WithId}): {@code String getAuthorKey()} (the user key, null
 * when Jira recorded no author), {@code Timestamp getTimePerformed()}, {@code List<ChangeItemBean> getChangeItemBeans()},
 * {@code Long getIssueId()} (the same page; which issue the group belongs to, needed to split
 * {@code ChangeHistoryManager}'s batch read of several issues).
 * Unchanged in Jira 10/11: UNCONFIRMED (no newer javadoc was reachable), but these are the members Jira Software's own
 * {@code SafeChangeHistory} wraps in 9.12 (https://docs.atlassian.com/jira-software/9.12.10/ …/ChangeHistoryService.html).
 * <p>
 * A class, not an interface. Its real constructors take an OfBiz {@code GenericValue}; Glue Work never builds one, so
 * the stand-in's only constructor is private (nothing can compile against a constructor that might not exist) and
 * tests mock it.
 */
public class ChangeHistory {

    private ChangeHistory() {
    }

    public String getAuthorKey() {
        throw new UnsupportedOperationException("compile-only stand-in");
    }

    public Timestamp getTimePerformed() {
        throw new UnsupportedOperationException("compile-only stand-in");
    }

    public List<ChangeItemBean> getChangeItemBeans() {
        throw new UnsupportedOperationException("compile-only stand-in");
    }

    public Long getIssueId() {
        throw new UnsupportedOperationException("compile-only stand-in");
    }
}
