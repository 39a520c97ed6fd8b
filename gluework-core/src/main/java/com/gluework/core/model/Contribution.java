package com.gluework.core.model;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * One piece of glue work: who did what, with what effect, backed by which evidence and which peers.
 *
 * @param issue          the issue it belongs to, or {@code null} for team glue not tied to an issue
 * @param impact         "problem avoided / teammates unblocked"; empty when not stated
 * @param version        optimistic-lock counter, raised by every change: edit, retire, restore, and a corroboration
 *                       given or withdrawn (each claims its version, so concurrent changes cannot both be stored);
 *                       a change based on an older version is refused
 * @param corroborations the active ones, oldest first; withdrawn corroborations live on only in the change history
 */
public record Contribution(long id, String categoryKey, String contributorKey, String recordedByKey,
                           IssueRef issue, LocalDate occurredOn, String summary, String impact,
                           List<String> beneficiaryKeys, List<URI> evidenceLinks,
                           ContributionState state, ContributionSource source,
                           Instant createdAt, Instant updatedAt, int version,
                           List<Corroboration> corroborations) {
    public Contribution {
        Objects.requireNonNull(categoryKey, "categoryKey");
        Objects.requireNonNull(contributorKey, "contributorKey");
        Objects.requireNonNull(recordedByKey, "recordedByKey");
        Objects.requireNonNull(occurredOn, "occurredOn");
        Objects.requireNonNull(summary, "summary");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(updatedAt, "updatedAt");
        impact = impact == null ? "" : impact;
        beneficiaryKeys = List.copyOf(beneficiaryKeys == null ? List.of() : beneficiaryKeys);
        evidenceLinks = List.copyOf(evidenceLinks == null ? List.of() : evidenceLinks);
        corroborations = List.copyOf(corroborations == null ? List.of() : corroborations);
    }

    /** Recorded by someone other than the person who did it: a peer observation, shown as such. */
    public boolean isPeerObservation() {
        return !contributorKey.equals(recordedByKey);
    }

    /**
     * Is this person its contributor or its recorder? Their word is already on it, so neither may corroborate it:
     * a corroboration must come from a third person.
     */
    public boolean isRecordedOrDoneBy(String userKey) {
        return contributorKey.equals(userKey) || recordedByKey.equals(userKey);
    }

    /** Everyone it names (contributor, recorder, beneficiaries, corroborators), for one batched name lookup. */
    public static Set<String> userKeys(Collection<Contribution> contributions) {
        Set<String> keys = new LinkedHashSet<>();
        for (Contribution c : contributions) {
            keys.add(c.contributorKey());
            keys.add(c.recordedByKey());
            keys.addAll(c.beneficiaryKeys());
            c.corroborations().forEach(k -> keys.add(k.corroboratorKey()));
        }
        return keys;
    }

    public Optional<IssueRef> issueRef() {
        return Optional.ofNullable(issue);
    }

    public boolean isCorroboratedBy(String userKey) {
        return corroborations.stream().anyMatch(c -> c.corroboratorKey().equals(userKey));
    }

    public Contribution withCorroborations(List<Corroboration> newCorroborations) {
        return new Contribution(id, categoryKey, contributorKey, recordedByKey, issue, occurredOn, summary, impact,
                beneficiaryKeys, evidenceLinks, state, source, createdAt, updatedAt, version, newCorroborations);
    }
}
