package com.gluework.ao;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.gluework.ao.entity.BeneficiaryEntity;
import com.gluework.ao.entity.ContributionEntity;
import com.gluework.ao.entity.CorroborationEntity;
import com.gluework.core.error.ConflictException;
import com.gluework.core.model.Contribution;
import com.gluework.core.model.ContributionSource;
import com.gluework.core.model.ContributionState;
import com.gluework.core.model.Corroboration;
import com.gluework.core.model.IssueRef;
import com.gluework.core.model.NewContribution;
import com.gluework.core.port.ContributionRepository;
import jakarta.inject.Inject;
import net.java.ao.Query;
import net.java.ao.RawEntity;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Contributions in Active Objects. A read costs three queries (contributions, then their beneficiaries and their
 * corroborations by {@code CONTRIBUTION_ID IN (...)}), whatever the number of rows; only an issue with more than
 * {@value #IN_CHUNK} contributions splits the IN lists, which keeps every statement under Oracle's 1,000-item limit.
 */
public final class AoContributionRepository implements ContributionRepository {
    static final int IN_CHUNK = 500;
    private static final String LINK_SEPARATOR = "\n";

    private final ActiveObjects ao;

    @Inject
    public AoContributionRepository(ActiveObjects ao) {
        this.ao = ao;
    }

    @Override
    public Contribution create(NewContribution c) {
        // Instants are stored in whole milliseconds; return exactly what a later read will return.
        long createdMillis = c.createdAt().toEpochMilli();
        int id = ao.executeInTransaction(() -> {
            Map<String, Object> row = new HashMap<>();
            row.put("CATEGORY_KEY", c.categoryKey());
            row.put("CONTRIBUTOR_KEY", c.contributorKey());
            row.put("RECORDED_BY_KEY", c.recordedByKey());
            if (c.issue() != null) {
                row.put("ISSUE_ID", c.issue().id());
                row.put("ISSUE_KEY", c.issue().key());
                row.put("PROJECT_ID", c.issue().projectId());
                row.put("PROJECT_KEY", c.issue().projectKey());
            }
            row.put("OCCURRED_ON", c.occurredOn().toString());
            row.put("SUMMARY", c.summary());
            row.put("IMPACT", c.impact());
            row.put("EVIDENCE_LINKS", joinLinks(c.evidenceLinks()));
            row.put("CONTRIB_STATE", ContributionState.ACTIVE.name());
            row.put("CONTRIB_SOURCE", c.source().name());
            row.put("CREATED_AT_MILLIS", createdMillis);
            row.put("UPDATED_AT_MILLIS", createdMillis);
            row.put("ROW_VERSION", 1);
            int contributionId = ao.create(ContributionEntity.class, row).getID();
            List<String> beneficiaries = c.beneficiaryKeys();
            for (int i = 0; i < beneficiaries.size(); i++) {
                Map<String, Object> beneficiary = new HashMap<>();
                beneficiary.put("CONTRIBUTION_ID", contributionId);
                beneficiary.put("BENEFICIARY_KEY", beneficiaries.get(i));
                beneficiary.put("LIST_INDEX", i);
                ao.create(BeneficiaryEntity.class, beneficiary);
            }
            return contributionId;
        });
        Instant created = Instant.ofEpochMilli(createdMillis);
        return new Contribution(id, c.categoryKey(), c.contributorKey(), c.recordedByKey(), storedIssue(c.issue()),
                c.occurredOn(), c.summary(), c.impact(), c.beneficiaryKeys(), c.evidenceLinks(), ContributionState.ACTIVE,
                c.source(), created, created, 1, List.of());
    }

    @Override
    public Optional<Contribution> findById(long id) {
        if (id <= 0 || id > Integer.MAX_VALUE) {
            return Optional.empty();
        }
        ContributionEntity[] rows = ao.find(ContributionEntity.class, Query.select().where("ID = ?", (int) id));
        return withChildren(rows).stream().findFirst();
    }

    @Override
    public List<Contribution> findByIssue(long issueId) {
        ContributionEntity[] rows = ao.find(ContributionEntity.class,
                Query.select().where("ISSUE_ID = ?", issueId).order("CREATED_AT_MILLIS ASC, ID ASC"));
        return withChildren(rows);
    }

    @Override
    public Corroboration addCorroboration(long contributionId, String corroboratorKey, String note, Instant at) {
        long createdMillis = at.toEpochMilli();
        String storedNote = note == null ? "" : note;
        Map<String, Object> row = new HashMap<>();
        row.put("CONTRIBUTION_ID", Math.toIntExact(contributionId));
        row.put("CORROBORATOR_KEY", corroboratorKey);
        row.put("NOTE", storedNote);
        row.put("CREATED_AT_MILLIS", createdMillis);
        row.put("CONTRIBUTION_CORROBORATOR", contributionId + ":" + corroboratorKey);
        int id;
        try {
            id = ao.executeInTransaction(() -> ao.create(CorroborationEntity.class, row).getID());
        } catch (RuntimeException e) {
            if (UniqueViolations.isUniqueViolation(e)) {
                throw new ConflictException("contributionId", "You have already corroborated this contribution.");
            }
            throw e;
        }
        return new Corroboration(id, contributionId, corroboratorKey, storedNote, Instant.ofEpochMilli(createdMillis));
    }

    private List<Contribution> withChildren(ContributionEntity[] rows) {
        if (rows.length == 0) {
            return List.of();
        }
        List<Integer> ids = Arrays.stream(rows).map(ContributionEntity::getID).toList();
        Map<Integer, List<String>> beneficiaries = new HashMap<>();
        for (BeneficiaryEntity b : findByContributionIds(BeneficiaryEntity.class, ids, "CONTRIBUTION_ID ASC, LIST_INDEX ASC")) {
            beneficiaries.computeIfAbsent(b.getContributionId(), k -> new ArrayList<>()).add(b.getBeneficiaryKey());
        }
        Map<Integer, List<Corroboration>> corroborations = new HashMap<>();
        for (CorroborationEntity row : findByContributionIds(CorroborationEntity.class, ids, "CREATED_AT_MILLIS ASC, ID ASC")) {
            corroborations.computeIfAbsent(row.getContributionId(), k -> new ArrayList<>()).add(toCorroboration(row));
        }
        return Arrays.stream(rows)
                .map(row -> toContribution(row,
                        beneficiaries.getOrDefault(row.getID(), List.of()),
                        corroborations.getOrDefault(row.getID(), List.of())))
                .toList();
    }

    private <T extends RawEntity<Integer>> List<T> findByContributionIds(Class<T> type, List<Integer> ids, String order) {
        List<T> found = new ArrayList<>();
        for (int from = 0; from < ids.size(); from += IN_CHUNK) {
            List<Integer> chunk = ids.subList(from, Math.min(ids.size(), from + IN_CHUNK));
            String placeholders = String.join(",", Collections.nCopies(chunk.size(), "?"));
            Collections.addAll(found, ao.find(type,
                    Query.select().where("CONTRIBUTION_ID IN (" + placeholders + ")", chunk.toArray()).order(order)));
        }
        return found;
    }

    private static Contribution toContribution(ContributionEntity row, List<String> beneficiaryKeys,
                                               List<Corroboration> corroborations) {
        IssueRef issue = row.getIssueId() == null ? null
                : new IssueRef(row.getIssueId(), row.getIssueKey(), orZero(row.getProjectId()), row.getProjectKey(), "");
        return new Contribution(row.getID(), row.getCategoryKey(), row.getContributorKey(), row.getRecordedByKey(), issue,
                LocalDate.parse(row.getOccurredOn()), row.getSummary(), nullToEmpty(row.getImpact()),
                beneficiaryKeys, splitLinks(row.getEvidenceLinks()),
                ContributionState.valueOf(row.getContribState()), ContributionSource.valueOf(row.getContribSource()),
                Instant.ofEpochMilli(row.getCreatedAtMillis()), Instant.ofEpochMilli(row.getUpdatedAtMillis()),
                row.getRowVersion(), corroborations);
    }

    private static Corroboration toCorroboration(CorroborationEntity row) {
        return new Corroboration(row.getID(), row.getContributionId(), row.getCorroboratorKey(), nullToEmpty(row.getNote()),
                Instant.ofEpochMilli(row.getCreatedAtMillis()));
    }

    /** The issue as it will read back: the host's issue summary is not stored. */
    private static IssueRef storedIssue(IssueRef issue) {
        return issue == null ? null : new IssueRef(issue.id(), issue.key(), issue.projectId(), issue.projectKey(), "");
    }

    private static String joinLinks(List<URI> links) {
        return links.stream().map(URI::toString).collect(Collectors.joining(LINK_SEPARATOR));
    }

    private static List<URI> splitLinks(String stored) {
        if (stored == null || stored.isEmpty()) {
            return List.of();
        }
        return Arrays.stream(stored.split(LINK_SEPARATOR)).map(URI::create).toList();
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }

    private static long orZero(Long value) {
        return value == null ? 0L : value;
    }
}
