package com.atlassian.jira.issue.comments;

import java.util.Date;

/**
 * Compile-only stand-in: one comment on an issue.
 * <p>
 * Mirrors: jira-api 11.3 (Platform 8), an interface; members as in the 7.x javadoc
 * (https://docs.atlassian.com/jira/7.3.4/com/atlassian/jira/issue/comments/Comment.html): {@code Long getId()},
 * {@code String getAuthorKey()} (the user key, since 6.0; null for an anonymous comment), {@code String getBody()},
 * {@code Date getCreated()}, {@code String getGroupLevel()} and {@code Long getRoleLevelId()} (the group or project
 * role a restricted comment is visible to; {@code null} when visible to all who see the issue; also declared so in the
 * public Jira 6.x original source of this interface). Unchanged in Jira 10/11: UNCONFIRMED. Only the members Glue Work
 * calls.
 */
public interface Comment {

    Long getId();

    String getAuthorKey();

    String getBody();

    Date getCreated();

    String getGroupLevel();

    Long getRoleLevelId();
}
