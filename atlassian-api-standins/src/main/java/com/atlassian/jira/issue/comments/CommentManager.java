package com.atlassian.jira.issue.comments;

import com.atlassian.jira.issue.Issue;

import java.util.List;

/**
 * Compile-only stand-in: the comments of an issue, without permission checks.
 * <p>
 * Mirrors: jira-api 11.3 (Platform 8). {@code List<Comment> getComments(Issue issue)} ("Retrieves all Comments on the
 * given Issue", oldest first, no checked exceptions) is in every published CommentManager javadoc from
 * https://docs.atlassian.com/jira/4.0/com/atlassian/jira/issue/comments/CommentManager.html on; unchanged in Jira
 * 10/11: UNCONFIRMED (no newer javadoc was reachable). Only the member Glue Work calls. Jira's API has no read of the
 * comments of many issues at once, so the suggestions read them per issue (docs/suggestions.md).
 */
public interface CommentManager {

    List<Comment> getComments(Issue issue);
}
