package com.gluework.core.port;

import com.gluework.core.model.IssueRef;

import java.util.Optional;

/** The host's issues, looked up without any permission check (the {@link AccessPolicy} decides visibility). */
public interface IssueSource {

    /** The issue with this key; empty for an unknown, blank or {@code null} key ({@code IssueSourceContract}). */
    Optional<IssueRef> findIssue(String issueKey);

    /** The issue with this id; empty for an unknown one. */
    Optional<IssueRef> findIssueById(long issueId);
}
