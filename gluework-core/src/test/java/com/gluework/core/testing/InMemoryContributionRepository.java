package com.gluework.core.testing;

import com.gluework.core.error.ConflictException;
import com.gluework.core.error.NotFoundException;
import com.gluework.core.model.Contribution;
import com.gluework.core.model.ContributionChange;
import com.gluework.core.model.ContributionState;
import com.gluework.core.model.Corroboration;
import com.gluework.core.model.NewContribution;
import com.gluework.core.model.NewContributionChange;
import com.gluework.core.port.ContributionRepository;

import java.time.Instant;
import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A {@link ContributionRepository} in maps, for unit tests. Each method is synchronized, which makes its read,
 * check and write one step the way the AO adapter's transaction does.
 */
public final class InMemoryContributionRepository implements ContributionRepository {
    /** Contributions without their corroborations; those are attached on every read. */
    private final Map<Long, Contribution> byId = new LinkedHashMap<>();
    /** Every corroboration ever made, withdrawn ones included, by contribution id. */
    private final Map<Long, List<StoredCorroboration>> corroborationsById = new LinkedHashMap<>();
    private final List<ContributionChange> history = new ArrayList<>();
    private long nextId = 1;
    private long nextCorroborationId = 1;
    private long nextChangeId = 1;

    private record StoredCorroboration(Corroboration corroboration, Instant withdrawnAt) {
        boolean active() {
            return withdrawnAt == null;
        }
    }

    @Override
    public synchronized Contribution create(NewContribution c, NewContributionChange created) {
        Contribution stored = new Contribution(nextId++, c.categoryKey(), c.contributorKey(), c.recordedByKey(), c.issue(),
                c.occurredOn(), c.summary(), c.impact(), c.beneficiaryKeys(), c.evidenceLinks(), ContributionState.ACTIVE,
                c.source(), c.createdAt(), c.createdAt(), 1, List.of());
        byId.put(stored.id(), stored);
        append(stored.id(), created);
        return stored;
    }

    @Override
    public synchronized Optional<Contribution> findById(long id) {
        return Optional.ofNullable(byId.get(id)).map(this::withActiveCorroborations);
    }

    @Override
    public synchronized List<Contribution> findByIssue(long issueId) {
        return findByIssues(Set.of(issueId));
    }

    @Override
    public synchronized List<Contribution> findByIssues(Collection<Long> issueIds) {
        Set<Long> wanted = Set.copyOf(issueIds);
        return byId.values().stream()
                .filter(c -> c.issue() != null && wanted.contains(c.issue().id()))
                .sorted(Comparator.comparing(Contribution::createdAt).thenComparing(Contribution::id))
                .map(this::withActiveCorroborations)
                .toList();
    }

    @Override
    public synchronized List<Contribution> findUnattachedBetween(LocalDate from, LocalDate to) {
        return byId.values().stream()
                .filter(c -> c.issue() == null && c.state() != ContributionState.RETIRED)
                .filter(c -> !c.occurredOn().isBefore(from) && !c.occurredOn().isAfter(to))
                .sorted(Comparator.comparing(Contribution::occurredOn).thenComparing(Contribution::id))
                .map(this::withActiveCorroborations)
                .toList();
    }

    @Override
    public synchronized List<Contribution> findByEvidenceLink(URI link, int limit) {
        return byId.values().stream()
                .filter(c -> c.state() != ContributionState.RETIRED && c.evidenceLinks().contains(link))
                .sorted(Comparator.comparing(Contribution::id))
                .limit(limit)
                .map(this::withActiveCorroborations)
                .toList();
    }

    @Override
    public synchronized List<Contribution> findByContributorBetween(String contributorKey, LocalDate from, LocalDate to) {
        return byId.values().stream()
                .filter(c -> c.contributorKey().equals(contributorKey) && c.state() != ContributionState.RETIRED)
                .filter(c -> !c.occurredOn().isBefore(from) && !c.occurredOn().isAfter(to))
                .sorted(Comparator.comparing(Contribution::occurredOn).thenComparing(Contribution::id))
                .map(this::withActiveCorroborations)
                .toList();
    }

    @Override
    public synchronized Corroboration addCorroboration(long contributionId, int expectedVersion, String corroboratorKey,
                                                       String note, Instant at, NewContributionChange corroborated) {
        Contribution stored = storedAt(contributionId, expectedVersion);
        List<StoredCorroboration> all = corroborationsById.computeIfAbsent(contributionId, k -> new ArrayList<>());
        Optional<StoredCorroboration> earlier = find(all, corroboratorKey);
        // Mirrors the AO adapter's unique (contribution, corroborator) column, so both behave the same.
        if (earlier.isPresent() && earlier.get().active()) {
            throw new ConflictException("contributionId", "You have already corroborated this contribution.");
        }
        long id = earlier.map(e -> e.corroboration().id()).orElseGet(() -> nextCorroborationId++);
        Corroboration corroboration = new Corroboration(id, contributionId, corroboratorKey, note, at);
        earlier.ifPresent(all::remove);
        all.add(new StoredCorroboration(corroboration, null));
        byId.put(contributionId, withVersion(stored, expectedVersion + 1));
        append(contributionId, corroborated);
        return corroboration;
    }

    @Override
    public synchronized void withdrawCorroboration(long contributionId, int expectedVersion, String corroboratorKey,
                                                   Instant at, NewContributionChange withdrawn) {
        Contribution stored = storedAt(contributionId, expectedVersion);
        List<StoredCorroboration> all = corroborationsById.getOrDefault(contributionId, new ArrayList<>());
        StoredCorroboration active = find(all, corroboratorKey).filter(StoredCorroboration::active)
                .orElseThrow(() -> new ConflictException("contributionId", "You have not corroborated this contribution."));
        all.set(all.indexOf(active), new StoredCorroboration(active.corroboration(), at));
        byId.put(contributionId, withVersion(stored, expectedVersion + 1));
        append(contributionId, withdrawn);
    }

    @Override
    public synchronized Contribution update(Contribution u, int expectedVersion, NewContributionChange change,
                                            List<String> withdrawnCorroboratorKeys) {
        Contribution stored = byId.get(u.id());
        if (stored == null) {
            throw new NotFoundException("contributionId", "Contribution " + u.id() + " does not exist.");
        }
        if (stored.version() != expectedVersion) {
            throw ConflictException.staleVersion();
        }
        Contribution updated = new Contribution(stored.id(), u.categoryKey(), u.contributorKey(), stored.recordedByKey(),
                stored.issue(), u.occurredOn(), u.summary(), u.impact(), u.beneficiaryKeys(), u.evidenceLinks(), u.state(),
                stored.source(), stored.createdAt(), u.updatedAt(), expectedVersion + 1, List.of());
        byId.put(stored.id(), updated);
        append(stored.id(), change);
        List<StoredCorroboration> all = corroborationsById.getOrDefault(stored.id(), new ArrayList<>());
        for (String corroboratorKey : withdrawnCorroboratorKeys) {
            Optional<StoredCorroboration> active = find(all, corroboratorKey).filter(StoredCorroboration::active);
            if (active.isPresent()) {
                all.set(all.indexOf(active.get()), new StoredCorroboration(active.get().corroboration(), change.at()));
                append(stored.id(), NewContributionChange.corroborationWithdrawnByEdit(change.actorKey(), change.at(),
                        corroboratorKey));
            }
        }
        return withActiveCorroborations(updated);
    }

    @Override
    public synchronized List<ContributionChange> findHistory(long contributionId) {
        return history.stream()
                .filter(c -> c.contributionId() == contributionId)
                .sorted(Comparator.comparing(ContributionChange::at).thenComparing(ContributionChange::id))
                .toList();
    }

    /** Mirrors the AO adapter's version claim: every change of a contribution is based on its current version. */
    private Contribution storedAt(long contributionId, int expectedVersion) {
        Contribution stored = byId.get(contributionId);
        if (stored == null) {
            throw new NotFoundException("contributionId", "Contribution " + contributionId + " does not exist.");
        }
        if (stored.version() != expectedVersion) {
            throw ConflictException.staleVersion();
        }
        return stored;
    }

    private static Contribution withVersion(Contribution c, int version) {
        return new Contribution(c.id(), c.categoryKey(), c.contributorKey(), c.recordedByKey(), c.issue(), c.occurredOn(),
                c.summary(), c.impact(), c.beneficiaryKeys(), c.evidenceLinks(), c.state(), c.source(), c.createdAt(),
                c.updatedAt(), version, c.corroborations());
    }

    private void append(long contributionId, NewContributionChange change) {
        history.add(change.stored(nextChangeId++, contributionId));
    }

    private Contribution withActiveCorroborations(Contribution c) {
        return c.withCorroborations(corroborationsById.getOrDefault(c.id(), List.of()).stream()
                .filter(StoredCorroboration::active)
                .map(StoredCorroboration::corroboration)
                .sorted(Comparator.comparing(Corroboration::createdAt).thenComparing(Corroboration::id))
                .toList());
    }

    private static Optional<StoredCorroboration> find(List<StoredCorroboration> all, String corroboratorKey) {
        return all.stream().filter(s -> s.corroboration().corroboratorKey().equals(corroboratorKey)).findFirst();
    }
}
