package com.gluework.core.port;

import com.gluework.core.error.ConflictException;
import com.gluework.core.error.NotFoundException;
import com.gluework.core.model.Contribution;
import com.gluework.core.model.ContributionChange;
import com.gluework.core.model.Corroboration;
import com.gluework.core.model.NewContribution;
import com.gluework.core.model.NewContributionChange;
import com.gluework.core.model.ReportGlue;

import java.time.Instant;
import java.net.URI;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Where contributions, their corroborations and their change history are kept. Implementations return fully loaded
 * values (active corroborations included, withdrawn ones left out) and never let storage rows escape.
 * <p>
 * Every write stores its history entry in the same transaction as the change itself: either both are kept or
 * neither. Nothing is ever deleted; retiring, withdrawing and editing keep the earlier state in the history.
 */
public interface ContributionRepository {

    /** Stores a new contribution with its {@link NewContributionChange#created CREATED} history entry. */
    default Contribution create(NewContribution contribution) {
        return create(contribution, NewContributionChange.created(contribution));
    }

    /**
     * Stores a new contribution and its CREATED history entry, atomically, and returns it with its id, version 1 and
     * no corroborations.
     */
    Contribution create(NewContribution contribution, NewContributionChange created);

    Optional<Contribution> findById(long id);

    /** All contributions of one issue, oldest first, with their corroborations — in a constant number of queries. */
    List<Contribution> findByIssue(long issueId);

    /**
     * The issue panel's read: {@link #findByIssue}, and the suggestion traces dismissed on the issue where the store
     * reads them in the same statement. WHY here and not only in {@link SuggestionDismissals}: the panel needs both on
     * every render where a rule finds unrecorded glue, and a second statement for the dismissals cost as much as the
     * first (issue 13); one statement is also one snapshot of both. This default reads no dismissals, and whoever needs
     * them asks {@link SuggestionDismissals}.
     */
    default IssueGlue findIssueGlue(long issueId) {
        return new IssueGlue(findByIssue(issueId), Optional.empty());
    }

    /**
     * @param contributions             as {@link #findByIssue} answers them
     * @param dismissedSuggestionTraces the issue's dismissed traces as {@link SuggestionDismissals#dismissedOn} answers
     *                                  them, when read with the contributions; empty when not read
     */
    record IssueGlue(List<Contribution> contributions, Optional<Set<String>> dismissedSuggestionTraces) {
        public IssueGlue {
            contributions = List.copyOf(contributions);
            dismissedSuggestionTraces = dismissedSuggestionTraces.map(Set::copyOf);
        }
    }

    /**
     * All contributions of these issues (for example a sprint's), oldest first, with their corroborations; the
     * number of queries grows only with the number of issues, in large steps, never with contributions.
     */
    List<Contribution> findByIssues(Collection<Long> issueIds);

    /**
     * Team glue not tied to an issue, dated from {@code from} to {@code to} (both inclusive), that is not retired —
     * what a sprint report adds to the glue on the sprint's issues. Ordered by date, then id, with corroborations.
     * Implementations read it from an index on the date, page by page, so the cost follows the number of matching
     * contributions and never the size of the store; empty when {@code to} is before {@code from}.
     */
    List<Contribution> findUnattachedBetween(LocalDate from, LocalDate to);

    /**
     * {@link #findByIssues} as a sprint report reads it: each contribution {@link ReportGlue#reduced reduced} to what a
     * report is computed from, ordered by id. Stores override it to read fewer columns and no beneficiaries (issue 13);
     * this default reduces the full read, which is what an override must return.
     */
    default List<Contribution> findReportGlueByIssues(Collection<Long> issueIds) {
        return findByIssues(issueIds).stream()
                .sorted(Comparator.comparingLong(Contribution::id))
                .map(ReportGlue::reduced)
                .toList();
    }

    /**
     * {@link #findUnattachedBetween} as a sprint report reads it: the same contributions in the same order (date, then
     * id), each {@link ReportGlue#reduced reduced}. Stores override it as {@link #findReportGlueByIssues}.
     */
    default List<Contribution> findReportGlueUnattachedBetween(LocalDate from, LocalDate to) {
        return findUnattachedBetween(from, to).stream().map(ReportGlue::reduced).toList();
    }

    /**
     * One person's glue, on issues and not, dated from {@code from} to {@code to} (both inclusive), that is not retired —
     * what an evidence packet rolls up. Ordered by date, then id, with corroborations; read page by page from the
     * contributor index, so the cost follows that person's glue, never the store; empty when {@code to} is before
     * {@code from}.
     */
    List<Contribution> findByContributorBetween(String contributorKey, LocalDate from, LocalDate to);

    /**
     * Glue that is not retired and names {@code link} exactly among its evidence links — e.g. the glue credited to a
     * Confluence page. Oldest first, with corroborations, at most {@code limit}.
     */
    List<Contribution> findByEvidenceLink(URI link, int limit);

    /**
     * Adds a corroboration with its {@link NewContributionChange#corroborated CORROBORATED} history entry, on whatever
     * version is stored now: for seeding and tests, where nobody else writes meanwhile.
     */
    default Corroboration addCorroboration(long contributionId, String corroboratorKey, String note, Instant at) {
        return addCorroboration(contributionId, currentVersion(contributionId), corroboratorKey, note, at,
                NewContributionChange.corroborated(corroboratorKey, at, note));
    }

    /**
     * Adds a corroboration and its history entry and moves the contribution to {@code expectedVersion + 1},
     * atomically and only if the stored version is still {@code expectedVersion}; the caller has checked the rules
     * against that version. A corroboration the same person withdrew earlier is made active again (same id, new note
     * and time) rather than stored twice.
     * <p>
     * Why a corroboration takes a version: the rules it must keep (not the contributor's own, not on retired glue, not
     * kept across an edit of who or what) are facts about the version it was checked against. Every change of a
     * contribution, corroborations included, claims the next version in the database, so a corroboration and an edit
     * or retirement that race can never both be stored; the loser learns it from a stale-version conflict.
     *
     * @throws ConflictException the stored version is not {@code expectedVersion}
     *                           ({@link ConflictException#isStaleVersion()}), or the person already has an active
     *                           corroboration on it; nothing is changed
     * @throws NotFoundException there is no contribution with that id
     */
    Corroboration addCorroboration(long contributionId, int expectedVersion, String corroboratorKey, String note,
                                   Instant at, NewContributionChange corroborated);

    /** {@link #withdrawCorroboration(long, int, String, Instant, NewContributionChange) Withdraws} on the stored version. */
    default void withdrawCorroboration(long contributionId, String corroboratorKey, Instant at,
                                       NewContributionChange withdrawn) {
        withdrawCorroboration(contributionId, currentVersion(contributionId), corroboratorKey, at, withdrawn);
    }

    /**
     * Marks a person's corroboration withdrawn (kept for history, no longer loaded with the contribution), stores the
     * history entry and moves the contribution to {@code expectedVersion + 1}, atomically and only if the stored
     * version is still {@code expectedVersion}.
     *
     * @throws ConflictException the stored version is not {@code expectedVersion}, or the person has no active
     *                           corroboration on it; nothing is changed
     * @throws NotFoundException there is no contribution with that id
     */
    void withdrawCorroboration(long contributionId, int expectedVersion, String corroboratorKey, Instant at,
                               NewContributionChange withdrawn);

    /** {@link #update(Contribution, int, NewContributionChange, List) Updates} it, keeping every corroboration. */
    default Contribution update(Contribution updated, int expectedVersion, NewContributionChange change) {
        return update(updated, expectedVersion, change, List.of());
    }

    /**
     * Replaces a contribution's editable fields — category, contributor, date, summary, impact, beneficiaries,
     * evidence links, state and updated time — with those of {@code updated}, sets its version to
     * {@code expectedVersion + 1} and stores the history entry, atomically and only if the stored version is still
     * {@code expectedVersion}. Id, issue, recorder, source and creation time are never changed here.
     * <p>
     * In the same transaction it withdraws the active corroborations of {@code withdrawnCorroboratorKeys} (kept for
     * history, as {@link #withdrawCorroboration} does), each with a
     * {@link NewContributionChange#corroborationWithdrawnByEdit CORROBORATION_WITHDRAWN} entry by the change's actor at
     * the change's time, stored after {@code change}. A key with no active corroboration (withdrawn meanwhile) is
     * skipped.
     *
     * @return the contribution as stored now
     * @throws ConflictException the stored version is not {@code expectedVersion} (someone changed it meanwhile);
     *                           nothing is changed
     * @throws NotFoundException there is no contribution with that id
     */
    Contribution update(Contribution updated, int expectedVersion, NewContributionChange change,
                        List<String> withdrawnCorroboratorKeys);

    /** The change history of one contribution, oldest first (ties in recording order); empty if it is unknown. */
    List<ContributionChange> findHistory(long contributionId);

    private int currentVersion(long contributionId) {
        return findById(contributionId).map(Contribution::version).orElseThrow(
                () -> new NotFoundException("contributionId", "Contribution " + contributionId + " does not exist."));
    }
}
