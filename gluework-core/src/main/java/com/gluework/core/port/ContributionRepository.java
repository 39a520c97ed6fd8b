package com.gluework.core.port;

import com.gluework.core.model.Contribution;
import com.gluework.core.model.Corroboration;
import com.gluework.core.model.NewContribution;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Where contributions and their corroborations are kept. Implementations return fully loaded values
 * (corroborations included) and never let storage rows escape.
 */
public interface ContributionRepository {

    /** Stores a new contribution and returns it with its id, version 1 and no corroborations. */
    Contribution create(NewContribution contribution);

    Optional<Contribution> findById(long id);

    /** All contributions of one issue, oldest first, with their corroborations — in a constant number of queries. */
    List<Contribution> findByIssue(long issueId);

    /** Adds a corroboration; the caller has already checked the rules. */
    Corroboration addCorroboration(long contributionId, String corroboratorKey, String note, Instant at);
}
