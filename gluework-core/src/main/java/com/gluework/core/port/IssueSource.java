package com.gluework.core.port;

import com.gluework.core.model.IssueRef;

import java.util.Optional;

/** The host's issues, looked up without any permission check (the {@link AccessPolicy} decides visibility). */
public interface IssueSource {

    Optional<IssueRef> findIssue(String issueKey);

    Optional<IssueRef> findIssueById(long issueId);
}
