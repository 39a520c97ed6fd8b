package com.gluework.core.testing;

import com.gluework.core.error.ConflictException;
import com.gluework.core.model.Contribution;
import com.gluework.core.model.ContributionState;
import com.gluework.core.model.Corroboration;
import com.gluework.core.model.NewContribution;
import com.gluework.core.port.ContributionRepository;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A {@link ContributionRepository} in a map, for unit tests. */
public final class InMemoryContributionRepository implements ContributionRepository {
    private final Map<Long, Contribution> byId = new LinkedHashMap<>();
    private long nextId = 1;
    private long nextCorroborationId = 1;

    @Override
    public synchronized Contribution create(NewContribution c) {
        Contribution stored = new Contribution(nextId++, c.categoryKey(), c.contributorKey(), c.recordedByKey(), c.issue(),
                c.occurredOn(), c.summary(), c.impact(), c.beneficiaryKeys(), c.evidenceLinks(), ContributionState.ACTIVE,
                c.source(), c.createdAt(), c.createdAt(), 1, List.of());
        byId.put(stored.id(), stored);
        return stored;
    }

    @Override
    public synchronized Optional<Contribution> findById(long id) {
        return Optional.ofNullable(byId.get(id));
    }

    @Override
    public synchronized List<Contribution> findByIssue(long issueId) {
        return byId.values().stream()
                .filter(c -> c.issue() != null && c.issue().id() == issueId)
                .sorted(Comparator.comparing(Contribution::createdAt).thenComparing(Contribution::id))
                .toList();
    }

    @Override
    public synchronized Corroboration addCorroboration(long contributionId, String corroboratorKey, String note, Instant at) {
        Contribution c = byId.get(contributionId);
        // Mirrors the AO adapter's unique (contribution, corroborator) column, so both behave the same.
        if (c.isCorroboratedBy(corroboratorKey)) {
            throw new ConflictException("contributionId", "You have already corroborated this contribution.");
        }
        Corroboration corroboration = new Corroboration(nextCorroborationId++, contributionId, corroboratorKey, note, at);
        List<Corroboration> all = new ArrayList<>(c.corroborations());
        all.add(corroboration);
        byId.put(contributionId, c.withCorroborations(all));
        return corroboration;
    }
}
