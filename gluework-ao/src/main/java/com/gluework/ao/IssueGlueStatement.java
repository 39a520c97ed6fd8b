package com.gluework.ao;

import com.gluework.ao.AoContributionRepository.StoredRow;
import com.gluework.ao.PlainSqlReads.SqlNames;
import com.gluework.ao.entity.BeneficiaryEntity;
import com.gluework.ao.entity.ContributionEntity;
import com.gluework.ao.entity.CorroborationEntity;
import com.gluework.ao.entity.SuggestionDismissalEntity;
import com.gluework.core.model.Contribution;
import com.gluework.core.model.Corroboration;
import com.gluework.core.port.ContributionRepository.IssueGlue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static com.gluework.ao.PlainSqlReads.nullableLong;

/**
 * An issue's glue — its contributions, their current beneficiaries and their standing corroborations — and the
 * suggestion traces dismissed on it, in one SQL statement, where Active Objects needs four (see {@link HostConnections}
 * for why; {@link PlainSqlReads} decides when it runs). One statement is also one snapshot: the reads through Active
 * Objects could each see a different committed state. The dismissals ride along because "Possible glue" needs them on
 * every panel where a rule finds unrecorded glue, and their own statement cost as much as this one (issue 13); an
 * issue has a handful at most, from the index on their issue id.
 * <p>
 * The statement is a {@code UNION ALL} of four selects whose rows share one shape; the first column says which
 * kind a row is. Where two kinds carry a value of the same SQL type they share a column (the person's key; the
 * contribution's summary and the corroboration's note, both unlimited text; the creation times; the row version and
 * the beneficiary's list position), so that no column ever mixes a text value with a {@code NULL} of another type in
 * a way some databases refuse (Oracle types a UNION's column by its first select). Columns are read by position.
 * <pre>
 *  #  contribution       beneficiary        corroboration      dismissal
 *  1  1                  2                  3                  4
 *  2  ID                 ID                 ID                 ID
 *  3  ID                 CONTRIBUTION_ID    CONTRIBUTION_ID    ID
 *  4  CATEGORY_KEY       BENEFICIARY_KEY    CORROBORATOR_KEY   TRACE_ID
 *  5…11 CONTRIBUTOR_KEY, RECORDED_BY_KEY, ISSUE_ID, ISSUE_KEY, PROJECT_ID, PROJECT_KEY, OCCURRED_ON (contributions only)
 * 12  SUMMARY            —                  NOTE               —
 * 13…16 IMPACT, EVIDENCE_LINKS, CONTRIB_STATE, CONTRIB_SOURCE (contributions only)
 * 17  CREATED_AT_MILLIS  —                  CREATED_AT_MILLIS  —
 * 18  UPDATED_AT_MILLIS  —                  —                  —
 * 19  ROW_VERSION        LIST_INDEX         —                  —
 * </pre>
 * Rows are put in order here rather than by the statement (a UNION's ORDER BY differs between databases): the
 * contributions oldest first, beneficiaries in the order they were entered, corroborations oldest first — exactly
 * the order of the Active Objects reads.
 */
final class IssueGlueStatement {
    private static final int CONTRIBUTION = 1;
    private static final int BENEFICIARY = 2;
    private static final int CORROBORATION = 3;
    private static final int DISMISSAL = 4;

    private IssueGlueStatement() {
    }

    /** The statement's text in the host database's {@code names}. */
    static String sql(SqlNames names) {
        String contributions = names.table(ContributionEntity.class);
        String ofIssue = " JOIN " + contributions + " c ON " + names.column("c", "ID") + " = "
                + names.column("x", "CONTRIBUTION_ID") + " WHERE " + names.column("c", "ISSUE_ID") + " = ?";
        return "SELECT " + CONTRIBUTION + ", " + names.columns("c", "ID", "ID", "CATEGORY_KEY", "CONTRIBUTOR_KEY",
                "RECORDED_BY_KEY", "ISSUE_ID", "ISSUE_KEY", "PROJECT_ID", "PROJECT_KEY", "OCCURRED_ON", "SUMMARY", "IMPACT",
                "EVIDENCE_LINKS", "CONTRIB_STATE", "CONTRIB_SOURCE", "CREATED_AT_MILLIS", "UPDATED_AT_MILLIS",
                "ROW_VERSION")
                + " FROM " + contributions + " c WHERE " + names.column("c", "ISSUE_ID") + " = ?"
                + " UNION ALL SELECT " + BENEFICIARY + ", " + names.columns("x", "ID", "CONTRIBUTION_ID",
                "BENEFICIARY_KEY", null, null, null, null, null, null, null, null, null, null, null, null, null, null,
                "LIST_INDEX")
                + " FROM " + names.table(BeneficiaryEntity.class) + " x" + ofIssue
                + " AND " + names.column("x", "REMOVED_AT_MILLIS") + " IS NULL"
                + " UNION ALL SELECT " + CORROBORATION + ", " + names.columns("x", "ID", "CONTRIBUTION_ID",
                "CORROBORATOR_KEY", null, null, null, null, null, null, null, "NOTE", null, null, null, null,
                "CREATED_AT_MILLIS", null, null)
                + " FROM " + names.table(CorroborationEntity.class) + " x" + ofIssue
                + " AND " + names.column("x", "WITHDRAWN_AT_MILLIS") + " IS NULL"
                + " UNION ALL SELECT " + DISMISSAL + ", " + names.columns("x", "ID", "ID", "TRACE_ID", null, null, null,
                null, null, null, null, null, null, null, null, null, null, null, null)
                + " FROM " + names.table(SuggestionDismissalEntity.class) + " x WHERE " + names.column("x", "ISSUE_ID")
                + " = ?";
    }

    /**
     * The glue on the issue, as {@code AoContributionRepository.findByIssue} reads it through Active Objects, with the
     * traces dismissed on it as {@code AoSuggestionDismissals.dismissedOn} reads them.
     */
    static IssueGlue read(Connection connection, String sql, long issueId) throws SQLException {
        List<StoredRow> contributions = new ArrayList<>();
        List<BeneficiaryRow> beneficiaries = new ArrayList<>();
        List<Corroboration> corroborations = new ArrayList<>();
        Set<String> dismissedTraces = new HashSet<>();
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setLong(1, issueId);
            statement.setLong(2, issueId);
            statement.setLong(3, issueId);
            statement.setLong(4, issueId);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    switch (rows.getInt(1)) {
                        case CONTRIBUTION -> contributions.add(new StoredRow(rows.getInt(2), rows.getString(4),
                                rows.getString(5), rows.getString(6), nullableLong(rows, 7), rows.getString(8),
                                nullableLong(rows, 9), rows.getString(10), rows.getString(11), rows.getString(12),
                                rows.getString(13), rows.getString(14), rows.getString(15), rows.getString(16),
                                rows.getLong(17), rows.getLong(18), rows.getInt(19)));
                        case BENEFICIARY -> beneficiaries.add(new BeneficiaryRow(rows.getInt(2), rows.getInt(3),
                                rows.getString(4), rows.getInt(19)));
                        case CORROBORATION -> corroborations.add(new Corroboration(rows.getInt(2), rows.getInt(3),
                                rows.getString(4), rows.getString(12), Instant.ofEpochMilli(rows.getLong(17))));
                        case DISMISSAL -> dismissedTraces.add(rows.getString(4));
                        default -> throw new SQLException("Unexpected row kind " + rows.getInt(1));
                    }
                }
            }
        }
        return new IssueGlue(assembled(contributions, beneficiaries, corroborations), Optional.of(dismissedTraces));
    }

    private static List<Contribution> assembled(List<StoredRow> contributions, List<BeneficiaryRow> beneficiaries,
                                                List<Corroboration> corroborations) {
        if (contributions.isEmpty()) {
            return List.of();
        }
        contributions.sort(Comparator.comparingLong(StoredRow::createdAtMillis).thenComparingInt(StoredRow::id));
        beneficiaries.sort(Comparator.comparingInt(BeneficiaryRow::listIndex).thenComparingInt(BeneficiaryRow::id));
        Map<Integer, List<String>> beneficiaryKeys = new HashMap<>();
        for (BeneficiaryRow b : beneficiaries) {
            beneficiaryKeys.computeIfAbsent(b.contributionId(), k -> new ArrayList<>()).add(b.key());
        }
        Map<Long, List<Corroboration>> corroborationsOf = PlainSqlReads.oldestFirstByContribution(corroborations);
        List<Contribution> glue = new ArrayList<>(contributions.size());
        for (StoredRow row : contributions) {
            glue.add(row.toContribution(beneficiaryKeys.getOrDefault(row.id(), List.of()),
                    corroborationsOf.getOrDefault((long) row.id(), List.of())));
        }
        return List.copyOf(glue);
    }

    private record BeneficiaryRow(int id, int contributionId, String key, int listIndex) {
    }
}
