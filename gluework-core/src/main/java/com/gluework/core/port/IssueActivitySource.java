package com.gluework.core.port;

import com.gluework.core.model.IssueRef;
import com.gluework.core.suggest.IssueActivity;

import java.util.Optional;

/**
 * What happened on an issue (change history, comments, remote links), read from the host without any permission check
 * (the {@link AccessPolicy} decides). The suggestion rules read it; nothing else does.
 */
public interface IssueActivitySource {

    /** @return empty when the host no longer knows the issue */
    Optional<IssueActivity> findActivity(IssueRef issue);
}
