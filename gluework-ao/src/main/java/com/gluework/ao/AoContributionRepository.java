package com.gluework.ao;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.gluework.ao.entity.BeneficiaryEntity;
import com.gluework.ao.entity.ChangeEntity;
import com.gluework.ao.entity.ChangeFieldEntity;
import com.gluework.ao.entity.ContributionEntity;
import com.gluework.ao.entity.CorroborationEntity;
import com.gluework.core.error.ConflictException;
import com.gluework.core.error.NotFoundException;
import com.gluework.core.model.ChangeKind;
import com.gluework.core.model.Contribution;
import com.gluework.core.model.ContributionChange;
import com.gluework.core.model.ContributionSource;
import com.gluework.core.model.ContributionState;
import com.gluework.core.model.Corroboration;
import com.gluework.core.model.FieldChange;
import com.gluework.core.model.IssueRef;
import com.gluework.core.model.NewContribution;
import com.gluework.core.model.NewContributionChange;
import com.gluework.core.model.ReportGlue;
import com.gluework.core.port.ContributionRepository;
import jakarta.inject.Inject;
import net.java.ao.Query;
import net.java.ao.RawEntity;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Month;
import java.time.Year;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * Contributions in Active Objects. A read costs three queries (contributions, then their beneficiaries and their
 * active corroborations by {@code CONTRIBUTION_ID IN (...)}), whatever the number of rows; only an issue with more than
 * {@value #IN_CHUNK} contributions splits the IN lists, which keeps every statement under Oracle's 1,000-item limit.
 * <p>
 * Every write runs in one transaction with its history entry. Concurrent changes are refused by the history's unique
 * {@code CHANGE_KEY} (see {@link ChangeEntity}); nothing is deleted: withdrawn corroborations and removed beneficiaries
 * are marked with the time it happened.
 */
public final class AoContributionRepository implements ContributionRepository {
    static final int IN_CHUNK = 500;
    private static final String LINK_SEPARATOR = "\n";
    /** The columns a report reads: what {@link StoredRow} holds, nothing only the writes use. */
    private static final String CONTRIBUTION_COLUMNS = "ID,CATEGORY_KEY,CONTRIBUTOR_KEY,RECORDED_BY_KEY,ISSUE_ID,ISSUE_KEY,"
            + "PROJECT_ID,PROJECT_KEY,OCCURRED_ON,SUMMARY,IMPACT,EVIDENCE_LINKS,CONTRIB_STATE,CONTRIB_SOURCE,"
            + "CREATED_AT_MILLIS,UPDATED_AT_MILLIS,ROW_VERSION";
    /**
     * The columns a sprint report reads ({@link ReportGlue}): {@link #CONTRIBUTION_COLUMNS} without source, times and
     * version. WHY: Active Objects' stream costs about the same per value whatever its type, and a report reads
     * thousands of rows.
     */
    private static final String REPORT_COLUMNS = "ID,CATEGORY_KEY,CONTRIBUTOR_KEY,RECORDED_BY_KEY,ISSUE_ID,ISSUE_KEY,"
            + "PROJECT_ID,PROJECT_KEY,OCCURRED_ON,SUMMARY,IMPACT,EVIDENCE_LINKS,CONTRIB_STATE";
    /** A report's corroborations: without the note, which no report prints. */
    private static final String REPORT_CORROBORATION_COLUMNS = "ID,CONTRIBUTION_ID,CORROBORATOR_KEY,CREATED_AT_MILLIS";
    private static final String BENEFICIARY_COLUMNS = "ID,CONTRIBUTION_ID,BENEFICIARY_KEY";
    private static final String CORROBORATION_COLUMNS = "ID,CONTRIBUTION_ID,CORROBORATOR_KEY,NOTE,CREATED_AT_MILLIS";

    private final ActiveObjects ao;
    private final int pageSize;
    /**
     * The panel's and the report's reads in plain SQL on the host's connections ({@link IssueGlueStatement},
     * {@link ReportGlueReads}) where the host lends them, and when to read through Active Objects instead.
     */
    private final PlainSqlReads plainSql;
    /** The panel's statement text for the host's database, built on first use (it is the same for every issue). */
    private volatile String issueGlueSql;

    /** Every read through Active Objects. */
    public AoContributionRepository(ActiveObjects ao) {
        this(ao, null, IN_CHUNK);
    }

    /**
     * @param host the host's connections, for the issue panel's read in one plain SQL statement instead of three
     *             through Active Objects ({@link #findByIssue}) and the sprint report's in plain SQL
     *             ({@link #findReportGlueByIssues}, {@link #findReportGlueUnattachedBetween})
     */
    @Inject
    public AoContributionRepository(ActiveObjects ao, HostConnections host) {
        this(ao, host, IN_CHUNK);
    }

    /** @param pageSize rows per page of {@link #findUnattachedBetween}; small in tests, to cross page boundaries */
    AoContributionRepository(ActiveObjects ao, HostConnections host, int pageSize) {
        this.ao = ao;
        this.plainSql = new PlainSqlReads(host);
        this.pageSize = pageSize;
    }

    @Override
    public Contribution create(NewContribution c, NewContributionChange creation) {
        // Instants are stored in whole milliseconds; return exactly what a later read will return.
        long createdMillis = c.createdAt().toEpochMilli();
        int id = SerializationFailures.retried(() -> ao.executeInTransaction(() -> {
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
                addBeneficiary(contributionId, beneficiaries.get(i), i);
            }
            appendChange(contributionId, creation, versionKey(contributionId, 1));
            return contributionId;
        }));
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

    /**
     * The panel's read, on every render. Where the host lends its connections, one plain SQL statement
     * ({@link IssueGlueStatement}); otherwise, or if that statement fails, the three reads through Active Objects
     * ({@link #findByIssueThroughActiveObjects}), which give the same contributions in the same order (both are run
     * against the same data in the repository's contract tests, on H2 and PostgreSQL).
     * <p>
     * WHY two ways: the statement saves two round trips and Active Objects' cost per value (issue 13: the panel within
     * 2x of a plain-JDBC floor). WHY a fallback: the statement is tested on H2 and PostgreSQL only; when it fails,
     * {@link PlainSqlReads} decides whether this read or every later one goes through Active Objects.
     */
    @Override
    public List<Contribution> findByIssue(long issueId) {
        return findIssueGlue(issueId).contributions();
    }

    /**
     * {@link #findByIssue} with the suggestion traces dismissed on the issue, from the same plain statement
     * ({@link IssueGlueStatement}); through Active Objects, without them (the caller then asks
     * {@link AoSuggestionDismissals}, as before).
     */
    @Override
    public IssueGlue findIssueGlue(long issueId) {
        return plainSql.read(PlainSqlReads.Kind.ISSUE_PANEL,
                        (connection, names) -> IssueGlueStatement.read(connection, issueGlueSql(names), issueId))
                .orElseGet(() -> new IssueGlue(findByIssueThroughActiveObjects(issueId), Optional.empty()));
    }

    private String issueGlueSql(PlainSqlReads.SqlNames names) {
        String sql = issueGlueSql;
        if (sql == null) {
            sql = IssueGlueStatement.sql(names);
            issueGlueSql = sql;
        }
        return sql;
    }

    /**
     * {@link #findByIssue} through Active Objects: streamed with named columns, like the report's reads
     * ({@link #withStreamedChildren}), rather than found as entities. Each {@code find} of an entity without
     * {@code @Preload} costs the JVM more than the database here — Active Objects converts every accessor's name to a
     * column name and builds an entity proxy per row on every call. Oldest first; the order is applied here so that
     * the statement carries no ORDER BY for Active Objects to rewrite, and the columns are parsed once
     * ({@link NamedColumnsQuery}).
     */
    List<Contribution> findByIssueThroughActiveObjects(long issueId) {
        List<StoredRow> rows = new ArrayList<>();
        ao.stream(ContributionEntity.class, NamedColumnsQuery.selecting(CONTRIBUTION_COLUMNS).where("ISSUE_ID = ?", issueId),
                row -> rows.add(StoredRow.of(row)));
        rows.sort(Comparator.comparingLong(StoredRow::createdAtMillis).thenComparingInt(StoredRow::id));
        return withStreamedChildren(rows);
    }

    @Override
    public List<Contribution> findByIssues(Collection<Long> issueIds) {
        List<StoredRow> rows = streamRowsOfIssues(issueIds, CONTRIBUTION_COLUMNS, StoredRow::of);
        rows.sort(Comparator.comparingLong(StoredRow::createdAtMillis).thenComparingInt(StoredRow::id));
        return withStreamedChildren(rows);
    }

    /**
     * {@link #findByIssues} reduced to what a report reads ({@link ReportGlue}), by id. Where the host lends its
     * connections, the same statements in plain SQL, read by position ({@link ReportGlueReads#ofIssues});
     * otherwise, or if that fails ({@link PlainSqlReads}), {@link #findReportGlueByIssuesThroughActiveObjects}. Both
     * give equal lists (the repository's contract runs both on H2 and PostgreSQL).
     */
    @Override
    public List<Contribution> findReportGlueByIssues(Collection<Long> issueIds) {
        if (issueIds.isEmpty()) {
            return List.of();
        }
        List<Long> ids = List.copyOf(new HashSet<>(issueIds));
        return plainSql.read(PlainSqlReads.Kind.SPRINT_REPORT,
                        (connection, names) -> ReportGlueReads.ofIssues(connection, names, ids))
                .orElseGet(() -> findReportGlueByIssuesThroughActiveObjects(ids));
    }

    /**
     * {@link #findReportGlueByIssues} through Active Objects: the same contribution statement as {@link #findByIssues}
     * with {@link #REPORT_COLUMNS}, the corroborations without their notes, and no beneficiaries statement at all.
     */
    List<Contribution> findReportGlueByIssuesThroughActiveObjects(Collection<Long> issueIds) {
        List<StoredRow> rows = streamRowsOfIssues(issueIds, REPORT_COLUMNS, StoredRow::reported);
        rows.sort(Comparator.comparingInt(StoredRow::id));
        return withReportCorroborations(rows);
    }

    /** The contribution rows of these issues, {@code columns} only, in statements of at most {@link #IN_CHUNK} ids. */
    private List<StoredRow> streamRowsOfIssues(Collection<Long> issueIds, String columns,
                                               Function<ContributionEntity, StoredRow> toRow) {
        List<Long> ids = List.copyOf(new HashSet<>(issueIds));
        List<StoredRow> rows = new ArrayList<>();
        for (int from = 0; from < ids.size(); from += IN_CHUNK) {
            List<Long> chunk = ids.subList(from, Math.min(ids.size(), from + IN_CHUNK));
            ao.stream(ContributionEntity.class, NamedColumnsQuery.selecting(columns)
                            .where("ISSUE_ID IN (" + placeholders(chunk.size()) + ")", chunk.toArray()),
                    row -> rows.add(toRow.apply(row)));
        }
        return rows;
    }

    /**
     * {@link #findUnattachedBetween} reduced to what a report reads, as {@link #findReportGlueByIssues}: in plain SQL
     * where the host lends its connections, the contributions in one statement rather than pages
     * ({@link ReportGlueReads#unattached}), otherwise, or if that fails,
     * {@link #findReportGlueUnattachedThroughActiveObjects}.
     */
    @Override
    public List<Contribution> findReportGlueUnattachedBetween(LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            return List.of();
        }
        return plainSql.read(PlainSqlReads.Kind.SPRINT_REPORT,
                        (connection, names) -> ReportGlueReads.unattached(connection, names, from, to))
                .orElseGet(() -> findReportGlueUnattachedThroughActiveObjects(from, to));
    }

    /** {@link #findReportGlueUnattachedBetween} through Active Objects, in keyset pages as {@link #findUnattachedBetween}. */
    List<Contribution> findReportGlueUnattachedThroughActiveObjects(LocalDate from, LocalDate to) {
        return activeBetween("ISSUE_ID IS NULL", List.of(), from, to, true);
    }

    /**
     * Keyset pagination over the {@code OCCURRED_ON} index: each page of up to {@value #IN_CHUNK} rows is one query
     * that starts after the last row of the previous page (never an OFFSET, which would re-read the skipped rows),
     * plus the two child queries. The statements are constant, so databases reuse their plans.
     */
    @Override
    public List<Contribution> findUnattachedBetween(LocalDate from, LocalDate to) {
        return activeBetween("ISSUE_ID IS NULL", List.of(), from, to, false);
    }

    /**
     * Links are stored one per line in one column, so the database narrows by LIKE (its wildcards in a URL, {@code _}
     * and {@code %}, only widen the match) and the exact comparison happens here. Glue credited to one page is a
     * handful of rows; the scan of the column is the price of not having a link table, acceptable for a page view.
     */
    @Override
    public List<Contribution> findByEvidenceLink(URI link, int limit) {
        ContributionEntity[] rows = ao.find(ContributionEntity.class, Query.select()
                .where("CONTRIB_STATE = ? AND EVIDENCE_LINKS LIKE ?", ContributionState.ACTIVE.name(), "%" + link + "%")
                .order("ID ASC"));
        List<ContributionEntity> exact = new ArrayList<>();
        for (ContributionEntity row : rows) {
            if (exact.size() < limit && splitLinks(row.getEvidenceLinks()).contains(link)) {
                exact.add(row);
            }
        }
        return withChildren(exact.toArray(ContributionEntity[]::new));
    }

    @Override
    public List<Contribution> findByContributorBetween(String contributorKey, LocalDate from, LocalDate to) {
        return activeBetween("CONTRIBUTOR_KEY = ?", List.of(contributorKey), from, to, false);
    }

    /**
     * Active contributions matching {@code condition} dated from {@code from} to {@code to}, by date then id, read in
     * pages keyed on (date, id) rather than offsets, so a row written meanwhile can neither be skipped nor repeated.
     * {@code forReport}: reduced to what a report reads ({@link #findReportGlueByIssues}).
     */
    private List<Contribution> activeBetween(String condition, List<Object> conditionParameters, LocalDate from,
                                             LocalDate to, boolean forReport) {
        if (to.isBefore(from)) {
            return List.of();
        }
        List<Contribution> found = new ArrayList<>();
        String lastDay = "";
        int lastId = 0;
        while (true) {
            List<Object> parameters = new ArrayList<>(conditionParameters);
            parameters.addAll(List.of(ContributionState.ACTIVE.name(), from.toString(), to.toString(), lastDay, lastDay,
                    lastId));
            List<StoredRow> page = new ArrayList<>();
            ao.stream(ContributionEntity.class, NamedColumnsQuery.selecting(forReport ? REPORT_COLUMNS : CONTRIBUTION_COLUMNS)
                    .where(condition + " AND CONTRIB_STATE = ? AND OCCURRED_ON >= ? AND OCCURRED_ON <= ?"
                                    + " AND (OCCURRED_ON > ? OR (OCCURRED_ON = ? AND ID > ?))", parameters.toArray())
                    .order("OCCURRED_ON ASC, ID ASC")
                    .limit(pageSize), row -> page.add(forReport ? StoredRow.reported(row) : StoredRow.of(row)));
            found.addAll(forReport ? withReportCorroborations(page) : withStreamedChildren(page));
            if (page.size() < pageSize) {
                return found;
            }
            lastDay = page.get(page.size() - 1).occurredOn();
            lastId = page.get(page.size() - 1).id();
        }
    }

    @Override
    public Corroboration addCorroboration(long contributionId, int expectedVersion, String corroboratorKey, String note,
                                          Instant at, NewContributionChange corroborated) {
        int contribution = toStoredId(contributionId);
        long createdMillis = at.toEpochMilli();
        String storedNote = note == null ? "" : note;
        int id = refusingConcurrentDuplicates(ConflictException::staleVersion, () -> ao.executeInTransaction(() -> {
            ContributionEntity stored = rowAtVersion(contribution, expectedVersion);
            Optional<CorroborationEntity> earlier = findCorroboration(contribution, corroboratorKey);
            if (earlier.isPresent() && earlier.get().getWithdrawnAtMillis() == null) {
                throw new ConflictException("contributionId", "You have already corroborated this contribution.");
            }
            claimNextVersion(stored, corroborated);
            if (earlier.isPresent()) {
                // Reuse the withdrawn row: its unique CONTRIBUTION_CORROBORATOR value allows no second one.
                CorroborationEntity row = earlier.get();
                row.setNote(storedNote);
                row.setCreatedAtMillis(createdMillis);
                row.setWithdrawnAtMillis(null);
                row.save();
                return row.getID();
            }
            Map<String, Object> row = new HashMap<>();
            row.put("CONTRIBUTION_ID", contribution);
            row.put("CORROBORATOR_KEY", corroboratorKey);
            row.put("NOTE", storedNote);
            row.put("CREATED_AT_MILLIS", createdMillis);
            row.put("CONTRIBUTION_CORROBORATOR", corroborationKey(contribution, corroboratorKey));
            return ao.create(CorroborationEntity.class, row).getID();
        }));
        return new Corroboration(id, contributionId, corroboratorKey, storedNote, Instant.ofEpochMilli(createdMillis));
    }

    @Override
    public void withdrawCorroboration(long contributionId, int expectedVersion, String corroboratorKey, Instant at,
                                      NewContributionChange withdrawn) {
        int contribution = toStoredId(contributionId);
        refusingConcurrentDuplicates(ConflictException::staleVersion, () -> ao.executeInTransaction(() -> {
            ContributionEntity stored = rowAtVersion(contribution, expectedVersion);
            CorroborationEntity row = findCorroboration(contribution, corroboratorKey)
                    .filter(c -> c.getWithdrawnAtMillis() == null)
                    .orElseThrow(() -> new ConflictException("contributionId", "You have not corroborated this contribution."));
            claimNextVersion(stored, withdrawn);
            row.setWithdrawnAtMillis(at.toEpochMilli());
            row.save();
            return null;
        }));
    }

    @Override
    public Contribution update(Contribution updated, int expectedVersion, NewContributionChange change,
                               List<String> withdrawnCorroboratorKeys) {
        int id = toStoredId(updated.id());
        refusingConcurrentDuplicates(ConflictException::staleVersion, () -> ao.executeInTransaction(() -> {
            ContributionEntity row = claimNextVersion(rowAtVersion(id, expectedVersion), change);
            row.setCategoryKey(updated.categoryKey());
            row.setContributorKey(updated.contributorKey());
            row.setOccurredOn(updated.occurredOn().toString());
            row.setSummary(updated.summary());
            row.setImpact(updated.impact());
            row.setEvidenceLinks(joinLinks(updated.evidenceLinks()));
            row.setContribState(updated.state().name());
            row.setUpdatedAtMillis(updated.updatedAt().toEpochMilli());
            row.save();
            replaceBeneficiaries(id, updated.beneficiaryKeys(), updated.updatedAt().toEpochMilli());
            withdrawCorroborationsOnUpdate(id, expectedVersion + 1, change, withdrawnCorroboratorKeys);
            return null;
        }));
        return findById(id).orElseThrow();
    }

    @Override
    public List<ContributionChange> findHistory(long contributionId) {
        if (contributionId <= 0 || contributionId > Integer.MAX_VALUE) {
            return List.of();
        }
        int id = (int) contributionId;
        ChangeEntity[] changes = ao.find(ChangeEntity.class,
                Query.select().where("CONTRIBUTION_ID = ?", id).order("CHANGED_AT_MILLIS ASC, ID ASC"));
        if (changes.length == 0) {
            return List.of();
        }
        Map<Integer, List<FieldChange>> fieldsByChange = new HashMap<>();
        for (ChangeFieldEntity field : ao.find(ChangeFieldEntity.class,
                Query.select().where("CONTRIBUTION_ID = ?", id).order("CHANGE_ID ASC, LIST_INDEX ASC"))) {
            fieldsByChange.computeIfAbsent(field.getChangeId(), k -> new ArrayList<>()).add(new FieldChange(
                    field.getFieldName(), nullToEmpty(field.getBeforeText()), nullToEmpty(field.getAfterText())));
        }
        return Arrays.stream(changes)
                .map(change -> new ContributionChange(change.getID(), change.getContributionId(), change.getActorKey(),
                        Instant.ofEpochMilli(change.getChangedAtMillis()), ChangeKind.valueOf(change.getChangeKind()),
                        fieldsByChange.getOrDefault(change.getID(), List.of())))
                .toList();
    }

    /**
     * The contribution's row, inside a change's transaction, if it is still at {@code expectedVersion} — the version
     * the caller checked its rules against.
     */
    private ContributionEntity rowAtVersion(int contributionId, int expectedVersion) {
        ContributionEntity row = Arrays.stream(ao.find(ContributionEntity.class, Query.select().where("ID = ?", contributionId)))
                .findFirst()
                .orElseThrow(() -> new NotFoundException("contributionId", "Contribution " + contributionId + " does not exist."));
        if (row.getRowVersion() != expectedVersion) {
            throw ConflictException.staleVersion();
        }
        return row;
    }

    /**
     * The first write of every change to a stored contribution, after its checks and before its other writes: stores
     * the change's history entry under the unique key of the row's next version and moves the row to it. Two
     * transactions that read the same version both pass {@link #rowAtVersion}, but only one can store that key: on
     * PostgreSQL the second insert waits for the first transaction and fails once it commits (H2 refuses it too), so
     * whatever the second one read is refused as stale. Whatever a transaction read before its claim is therefore
     * what the version it claims was based on. The database, not a JVM lock, orders the changes, which is what makes
     * this hold across cluster nodes.
     *
     * @return the row, now at the next version (unsaved changes may follow)
     */
    private ContributionEntity claimNextVersion(ContributionEntity row, NewContributionChange change) {
        int next = row.getRowVersion() + 1;
        appendChange(row.getID(), change, versionKey(row.getID(), next));
        row.setRowVersion(next);
        row.save();
        return row;
    }

    private void appendChange(int contributionId, NewContributionChange change, String changeKey) {
        Map<String, Object> row = new HashMap<>();
        row.put("CONTRIBUTION_ID", contributionId);
        row.put("ACTOR_KEY", change.actorKey());
        row.put("CHANGED_AT_MILLIS", change.at().toEpochMilli());
        row.put("CHANGE_KIND", change.kind().name());
        row.put("CHANGE_KEY", changeKey);
        int changeId = ao.create(ChangeEntity.class, row).getID();
        List<FieldChange> fields = change.fieldChanges();
        for (int i = 0; i < fields.size(); i++) {
            Map<String, Object> field = new HashMap<>();
            field.put("CHANGE_ID", changeId);
            field.put("CONTRIBUTION_ID", contributionId);
            field.put("LIST_INDEX", i);
            field.put("FIELD_NAME", fields.get(i).field());
            field.put("BEFORE_TEXT", fields.get(i).before());
            field.put("AFTER_TEXT", fields.get(i).after());
            ao.create(ChangeFieldEntity.class, field);
        }
    }

    /**
     * Inside {@link #update}'s transaction. The entries' keys hang off the new version's key ({@code c:vn:w:userKey}),
     * which this transaction holds, rather than counting the corroborator's events: the entries are the editor's.
     */
    private void withdrawCorroborationsOnUpdate(int contributionId, int newVersion, NewContributionChange change,
                                                List<String> corroboratorKeys) {
        for (String corroboratorKey : new LinkedHashSet<>(corroboratorKeys)) {
            Optional<CorroborationEntity> active = findCorroboration(contributionId, corroboratorKey)
                    .filter(c -> c.getWithdrawnAtMillis() == null);
            if (active.isPresent()) {
                active.get().setWithdrawnAtMillis(change.at().toEpochMilli());
                active.get().save();
                appendChange(contributionId, NewContributionChange.corroborationWithdrawnByEdit(change.actorKey(),
                        change.at(), corroboratorKey), versionKey(contributionId, newVersion) + ":w:" + corroboratorKey);
            }
        }
    }

    /** Keeps the rows of people still named (moving them to their new position), marks the others removed. */
    private void replaceBeneficiaries(int contributionId, List<String> keys, long atMillis) {
        Set<String> kept = new HashSet<>();
        for (BeneficiaryEntity row : ao.find(BeneficiaryEntity.class, Query.select()
                .where("CONTRIBUTION_ID = ? AND REMOVED_AT_MILLIS IS NULL", contributionId).order("LIST_INDEX ASC, ID ASC"))) {
            int index = keys.indexOf(row.getBeneficiaryKey());
            if (index < 0 || !kept.add(row.getBeneficiaryKey())) {
                row.setRemovedAtMillis(atMillis);
                row.save();
            } else if (row.getListIndex() != index) {
                row.setListIndex(index);
                row.save();
            }
        }
        for (int i = 0; i < keys.size(); i++) {
            if (!kept.contains(keys.get(i))) {
                addBeneficiary(contributionId, keys.get(i), i);
            }
        }
    }

    private void addBeneficiary(int contributionId, String userKey, int listIndex) {
        Map<String, Object> beneficiary = new HashMap<>();
        beneficiary.put("CONTRIBUTION_ID", contributionId);
        beneficiary.put("BENEFICIARY_KEY", userKey);
        beneficiary.put("LIST_INDEX", listIndex);
        ao.create(BeneficiaryEntity.class, beneficiary);
    }

    private Optional<CorroborationEntity> findCorroboration(int contributionId, String corroboratorKey) {
        return Arrays.stream(ao.find(CorroborationEntity.class, Query.select()
                .where("CONTRIBUTION_CORROBORATOR = ?", corroborationKey(contributionId, corroboratorKey)))).findFirst();
    }

    private static String versionKey(int contributionId, int version) {
        return contributionId + ":v" + version;
    }

    private static String corroborationKey(int contributionId, String corroboratorKey) {
        return contributionId + ":" + corroboratorKey;
    }

    /**
     * Runs a write whose transaction the database may refuse because another one stored the same unique value first
     * (see {@link ChangeEntity#getChangeKey()}); that refusal becomes the given conflict. The transaction has rolled
     * back by then, so nothing of the refused write is kept. A transaction refused only for colliding with a concurrent
     * one is run again first ({@link SerializationFailures}).
     */
    private static <T> T refusingConcurrentDuplicates(Supplier<ConflictException> conflict, Supplier<T> write) {
        try {
            return SerializationFailures.retried(write);
        } catch (RuntimeException e) {
            if (UniqueViolations.isUniqueViolation(e)) {
                throw conflict.get();
            }
            throw e;
        }
    }

    private static int toStoredId(long id) {
        if (id <= 0 || id > Integer.MAX_VALUE) {
            throw new NotFoundException("contributionId", "Contribution " + id + " does not exist.");
        }
        return (int) id;
    }

    private List<Contribution> withChildren(ContributionEntity[] rows) {
        if (rows.length == 0) {
            return List.of();
        }
        List<Integer> ids = Arrays.stream(rows).map(ContributionEntity::getID).toList();
        Map<Integer, List<String>> beneficiaries = new HashMap<>();
        for (BeneficiaryEntity b : findByContributionIds(BeneficiaryEntity.class, ids, "REMOVED_AT_MILLIS IS NULL",
                "CONTRIBUTION_ID ASC, LIST_INDEX ASC")) {
            beneficiaries.computeIfAbsent(b.getContributionId(), k -> new ArrayList<>()).add(b.getBeneficiaryKey());
        }
        Map<Integer, List<Corroboration>> corroborations = new HashMap<>();
        for (CorroborationEntity row : findByContributionIds(CorroborationEntity.class, ids, "WITHDRAWN_AT_MILLIS IS NULL",
                "CREATED_AT_MILLIS ASC, ID ASC")) {
            corroborations.computeIfAbsent(row.getContributionId(), k -> new ArrayList<>()).add(toCorroboration(row));
        }
        return Arrays.stream(rows)
                .map(row -> toContribution(row,
                        beneficiaries.getOrDefault(row.getID(), List.of()),
                        corroborations.getOrDefault(row.getID(), List.of())))
                .toList();
    }

    /**
     * {@link #withChildren} for the bulk reads behind reports ({@link #findByIssues}, {@link #activeBetween}): the
     * same three kinds of statements, but read through {@link ActiveObjects#stream} with only the columns a
     * {@link Contribution} is built from. A streamed row is a read-only value holder, not a lazily-loading entity
     * proxy with its own cache, and the columns only the writes need (the unique corroborator key, list indexes,
     * withdrawal and removal times, which the WHERE clause already filters on) are never sent. The panel's
     * {@link #findByIssue} reads this way too; the preview's durable store retries a stream by handing the callback the
     * rows only once the whole statement has been read, so a retried read starts over cleanly.
     */
    private List<Contribution> withStreamedChildren(List<StoredRow> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        List<Integer> ids = rows.stream().map(StoredRow::id).toList();
        Map<Integer, List<String>> beneficiaries = new HashMap<>();
        streamByContributionIds(BeneficiaryEntity.class, BENEFICIARY_COLUMNS, ids, "REMOVED_AT_MILLIS IS NULL",
                "CONTRIBUTION_ID ASC, LIST_INDEX ASC", b -> beneficiaries
                        .computeIfAbsent(b.getContributionId(), k -> new ArrayList<>()).add(b.getBeneficiaryKey()));
        Map<Integer, List<Corroboration>> corroborations = new HashMap<>();
        streamByContributionIds(CorroborationEntity.class, CORROBORATION_COLUMNS, ids, "WITHDRAWN_AT_MILLIS IS NULL",
                "CREATED_AT_MILLIS ASC, ID ASC", row -> corroborations
                        .computeIfAbsent(row.getContributionId(), k -> new ArrayList<>()).add(toCorroboration(row)));
        return rows.stream()
                .map(row -> row.toContribution(beneficiaries.getOrDefault(row.id(), List.of()),
                        corroborations.getOrDefault(row.id(), List.of())))
                .toList();
    }

    /** {@link #withStreamedChildren} for {@link ReportGlue}: corroborations without notes, no beneficiaries. */
    private List<Contribution> withReportCorroborations(List<StoredRow> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        List<Integer> ids = new ArrayList<>(rows.size());
        rows.forEach(row -> ids.add(row.id()));
        Map<Integer, List<Corroboration>> corroborations = new HashMap<>();
        streamByContributionIds(CorroborationEntity.class, REPORT_CORROBORATION_COLUMNS, ids,
                "WITHDRAWN_AT_MILLIS IS NULL", "CREATED_AT_MILLIS ASC, ID ASC", row -> corroborations
                        .computeIfAbsent(row.getContributionId(), k -> new ArrayList<>())
                        .add(ReportGlue.reducedCorroboration(row.getID(), row.getContributionId(),
                                row.getCorroboratorKey(), Instant.ofEpochMilli(row.getCreatedAtMillis()))));
        List<Contribution> contributions = new ArrayList<>(rows.size());
        for (StoredRow row : rows) {
            contributions.add(row.toReportGlue(corroborations.getOrDefault(row.id(), List.of())));
        }
        return Collections.unmodifiableList(contributions);
    }

    private <T extends RawEntity<Integer>> void streamByContributionIds(Class<T> type, String columns, List<Integer> ids,
                                                                        String condition, String order,
                                                                        java.util.function.Consumer<T> each) {
        for (int from = 0; from < ids.size(); from += IN_CHUNK) {
            List<Integer> chunk = ids.subList(from, Math.min(ids.size(), from + IN_CHUNK));
            ao.stream(type, NamedColumnsQuery.selecting(columns)
                    .where("CONTRIBUTION_ID IN (" + placeholders(chunk.size()) + ") AND " + condition, chunk.toArray())
                    .order(order), each::accept);
        }
    }

    /** The rows of these contributions that meet {@code condition}, which takes no parameters. */
    private <T extends RawEntity<Integer>> List<T> findByContributionIds(Class<T> type, List<Integer> ids, String condition,
                                                                         String order) {
        List<T> found = new ArrayList<>();
        for (int from = 0; from < ids.size(); from += IN_CHUNK) {
            List<Integer> chunk = ids.subList(from, Math.min(ids.size(), from + IN_CHUNK));
            Collections.addAll(found, ao.find(type, Query.select()
                    .where("CONTRIBUTION_ID IN (" + placeholders(chunk.size()) + ") AND " + condition, chunk.toArray())
                    .order(order)));
        }
        return found;
    }

    /** {@code count} JDBC parameter marks for an IN list, {@code ?,?,…}; also the plain reads' ({@link ReportGlueReads}). */
    static String placeholders(int count) {
        return String.join(",", Collections.nCopies(count, "?"));
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

    /** What a {@link Contribution} is built from: a streamed row's values, copied before the stream moves on. */
    record StoredRow(int id, String categoryKey, String contributorKey, String recordedByKey, Long issueId,
                     String issueKey, Long projectId, String projectKey, String occurredOn, String summary,
                     String impact, String evidenceLinks, String state, String source, long createdAtMillis,
                     long updatedAtMillis, int rowVersion) {
        static StoredRow of(ContributionEntity row) {
            return new StoredRow(row.getID(), row.getCategoryKey(), row.getContributorKey(), row.getRecordedByKey(),
                    row.getIssueId(), row.getIssueKey(), row.getProjectId(), row.getProjectKey(), row.getOccurredOn(),
                    row.getSummary(), row.getImpact(), row.getEvidenceLinks(), row.getContribState(),
                    row.getContribSource(), row.getCreatedAtMillis(), row.getUpdatedAtMillis(), row.getRowVersion());
        }

        /** The values of {@link #REPORT_COLUMNS}; what those columns leave out stays unset and is never read. */
        static StoredRow reported(ContributionEntity row) {
            return new StoredRow(row.getID(), row.getCategoryKey(), row.getContributorKey(), row.getRecordedByKey(),
                    row.getIssueId(), row.getIssueKey(), row.getProjectId(), row.getProjectKey(), row.getOccurredOn(),
                    row.getSummary(), row.getImpact(), row.getEvidenceLinks(), row.getContribState(), null, 0, 0, 0);
        }

        Contribution toReportGlue(List<Corroboration> reducedCorroborations) {
            IssueRef issue = issueId == null ? null : new IssueRef(issueId, issueKey, orZero(projectId), projectKey, "");
            return ReportGlue.of(id, categoryKey, contributorKey, recordedByKey, issue, storedDate(occurredOn), summary,
                    nullToEmpty(impact), splitLinks(evidenceLinks), ContributionState.valueOf(state),
                    reducedCorroborations);
        }

        Contribution toContribution(List<String> beneficiaryKeys, List<Corroboration> corroborations) {
            IssueRef issue = issueId == null ? null : new IssueRef(issueId, issueKey, orZero(projectId), projectKey, "");
            return new Contribution(id, categoryKey, contributorKey, recordedByKey, issue, storedDate(occurredOn),
                    summary, nullToEmpty(impact), beneficiaryKeys, splitLinks(evidenceLinks),
                    ContributionState.valueOf(state), ContributionSource.valueOf(source),
                    Instant.ofEpochMilli(createdAtMillis), Instant.ofEpochMilli(updatedAtMillis), rowVersion,
                    corroborations);
        }
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

    /**
     * {@code LocalDate.parse} of a stored {@code OCCURRED_ON}, which this repository always writes as
     * {@link LocalDate#toString()}: the common {@code yyyy-MM-dd} form is read by hand (WHY: a report reads thousands
     * of rows, and the formatter's parse allocated a parse context and a map per row); anything else, or a date that
     * does not exist, goes to {@code LocalDate.parse}, so the result and the errors are exactly the same.
     */
    static LocalDate storedDate(String stored) {
        if (stored.length() == 10 && stored.charAt(4) == '-' && stored.charAt(7) == '-') {
            int year = digits(stored, 0, 4);
            int month = digits(stored, 5, 7);
            int day = digits(stored, 8, 10);
            if (year >= 0 && month >= 1 && month <= 12 && day >= 1
                    && day <= Month.of(month).length(Year.isLeap(year))) {
                return LocalDate.of(year, month, day);
            }
        }
        return LocalDate.parse(stored);
    }

    /** The number written by the ASCII digits from {@code from} to {@code to}, or -1 if any is not one. */
    private static int digits(String text, int from, int to) {
        int value = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }

    private static long orZero(Long value) {
        return value == null ? 0L : value;
    }
}
