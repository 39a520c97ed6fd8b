package com.gluework.core.port;

import com.gluework.core.model.IssueRef;
import com.gluework.core.suggest.IssueActivity;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * What happened on an issue (change history, comments, remote links), read from the host without any permission check
 * (the {@link AccessPolicy} decides). The suggestion rules read it; nothing else does.
 */
public interface IssueActivitySource {

    /** @return empty when the host no longer knows the issue */
    Optional<IssueActivity> findActivity(IssueRef issue);

    /**
     * The issues changed or commented on since {@code since}, most recently updated first, at most {@code limit}, with
     * their activity read in batch: a constant number of host reads for the whole list, never one (or three) per issue.
     * This is what a person's page of open suggestions across projects is built from.
     */
    List<IssueActivity> recentActivity(Instant since, int limit);
}
