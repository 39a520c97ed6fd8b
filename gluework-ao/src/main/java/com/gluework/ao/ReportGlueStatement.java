package com.gluework.ao;

import com.gluework.ao.AoContributionRepository.StoredRow;
import com.gluework.ao.PlainSqlReads.SqlNames;
import com.gluework.ao.entity.ContributionEntity;
import com.gluework.ao.entity.CorroborationEntity;
import com.gluework.core.model.Contribution;
import com.gluework.core.model.ContributionState;
import com.gluework.core.model.Corroboration;
import com.gluework.core.model.ReportGlue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The sprint report's glue ({@link ReportGlue}: the report's 13 contribution columns and the standing corroborations
 * without their notes) in plain SQL on the host's connections, one statement where Active Objects sends a contribution
 * statement and then a corroboration statement per {@value AoContributionRepository#IN_CHUNK} contributions — and,
 * WHY at all: Active Objects' stream costs about the same per value whatever its type (type lookups, boxing, a column
 * lookup by name), which was most of a report's time and allocation (docs/benchmarks.md, issue 13).
 * <ul>
 *   <li>{@link #ofIssues}: the glue on a chunk of at most {@value AoContributionRepository#IN_CHUNK} issues, by
 *       {@code ISSUE_ID IN (…)} (below Oracle's 1,000 items per list; the ids appear twice, below SQL Server's 2,100
 *       parameters), the corroborations by joining their contribution on the same condition.</li>
 *   <li>{@link #unattached}: the active unattached glue of a date range, whole: no pages, since the corroborations
 *       join their contribution instead of listing its id, and one statement is one snapshot, so no row written
 *       meanwhile can be skipped or repeated (what the Active Objects read's keyset pages guard against).</li>
 * </ul>
 * Each is a {@code UNION ALL} of two selects whose rows share one shape; the first column says which kind a row is,
 * and columns are read by position. Values of the same SQL type share a column, and the first select (which fixes a
 * column's type on Oracle) has a real column in every position, as in {@link IssueGlueStatement}:
 * <pre>
 *  #  contribution       corroboration
 *  1  1                  2
 *  2  ID                 ID
 *  3  ID                 CONTRIBUTION_ID
 *  4  CATEGORY_KEY       CORROBORATOR_KEY
 *  5…15 CONTRIBUTOR_KEY, RECORDED_BY_KEY, ISSUE_ID, ISSUE_KEY, PROJECT_ID, PROJECT_KEY, OCCURRED_ON, SUMMARY, IMPACT,
 *       EVIDENCE_LINKS, CONTRIB_STATE (contributions only; NULL for corroborations)
 * 16  CREATED_AT_MILLIS  CREATED_AT_MILLIS (only the corroboration's is read)
 * </pre>
 * Rows are put in order here, not by the statement (a UNION's ORDER BY differs between databases), exactly as the
 * Active Objects reads order them: contributions by id ({@link #ofIssues}) or by date then id ({@link #unattached}),
 * each one's corroborations oldest first.
 */
final class ReportGlueStatement {
    private static final int CONTRIBUTION = 1;
    private static final int CORROBORATION = 2;
    private static final String[] CONTRIBUTION_COLUMNS = {"ID", "ID", "CATEGORY_KEY", "CONTRIBUTOR_KEY",
            "RECORDED_BY_KEY", "ISSUE_ID", "ISSUE_KEY", "PROJECT_ID", "PROJECT_KEY", "OCCURRED_ON", "SUMMARY", "IMPACT",
            "EVIDENCE_LINKS", "CONTRIB_STATE", "CREATED_AT_MILLIS"};
    private static final String[] CORROBORATION_COLUMNS = {"ID", "CONTRIBUTION_ID", "CORROBORATOR_KEY", null, null,
            null, null, null, null, null, null, null, null, null, "CREATED_AT_MILLIS"};

    private ReportGlueStatement() {
    }

    /** The statement's text for {@code issues} issue ids, in the host database's {@code names}. */
    static String ofIssuesSql(SqlNames names, int issues) {
        return sql(names, names.column("c", "ISSUE_ID") + " IN (" + String.join(",", Collections.nCopies(issues, "?"))
                + ")");
    }

    /** The statement's text for the unattached glue of a date range, in the host database's {@code names}. */
    static String unattachedSql(SqlNames names) {
        return sql(names, names.column("c", "ISSUE_ID") + " IS NULL AND " + names.column("c", "CONTRIB_STATE")
                + " = ? AND " + names.column("c", "OCCURRED_ON") + " >= ? AND " + names.column("c", "OCCURRED_ON")
                + " <= ?");
    }

    /** Both selects filter their contributions by {@code condition}, so its parameters are bound twice. */
    private static String sql(SqlNames names, String condition) {
        String contributions = names.table(ContributionEntity.class);
        return "SELECT " + CONTRIBUTION + ", " + names.columns("c", CONTRIBUTION_COLUMNS)
                + " FROM " + contributions + " c WHERE " + condition
                + " UNION ALL SELECT " + CORROBORATION + ", " + names.columns("x", CORROBORATION_COLUMNS)
                + " FROM " + names.table(CorroborationEntity.class) + " x JOIN " + contributions + " c ON "
                + names.column("c", "ID") + " = " + names.column("x", "CONTRIBUTION_ID")
                + " WHERE " + condition + " AND " + names.column("x", "WITHDRAWN_AT_MILLIS") + " IS NULL";
    }

    /**
     * The report's glue on these issues (distinct ids), by id, as {@code AoContributionRepository
     * .findReportGlueByIssues} reads it through Active Objects: one statement per chunk of ids, on one connection.
     */
    static List<Contribution> ofIssues(Connection connection, SqlNames names, List<Long> issueIds) throws SQLException {
        Rows rows = new Rows();
        for (int from = 0; from < issueIds.size(); from += AoContributionRepository.IN_CHUNK) {
            List<Long> chunk = issueIds.subList(from, Math.min(issueIds.size(), from + AoContributionRepository.IN_CHUNK));
            try (PreparedStatement statement = connection.prepareStatement(ofIssuesSql(names, chunk.size()))) {
                for (int i = 0; i < chunk.size(); i++) {
                    statement.setLong(i + 1, chunk.get(i));
                    statement.setLong(chunk.size() + i + 1, chunk.get(i));
                }
                rows.read(statement);
            }
        }
        rows.contributions.sort(Comparator.comparingInt(StoredRow::id));
        return rows.assembled();
    }

    /**
     * The report's active unattached glue dated from {@code from} to {@code to}, by date then id, as
     * {@code AoContributionRepository.findReportGlueUnattachedBetween} reads it through Active Objects.
     */
    static List<Contribution> unattached(Connection connection, SqlNames names, LocalDate from, LocalDate to)
            throws SQLException {
        Rows rows = new Rows();
        try (PreparedStatement statement = connection.prepareStatement(unattachedSql(names))) {
            for (int offset : new int[] {0, 3}) {
                statement.setString(offset + 1, ContributionState.ACTIVE.name());
                statement.setString(offset + 2, from.toString());
                statement.setString(offset + 3, to.toString());
            }
            rows.read(statement);
        }
        // OCCURRED_ON is always yyyy-MM-dd (ASCII digits), so its text order is the database's and the date's
        rows.contributions.sort(Comparator.comparing(StoredRow::occurredOn).thenComparingInt(StoredRow::id));
        return rows.assembled();
    }

    /** What the statements returned, before it is put in order. */
    private static final class Rows {
        private final List<StoredRow> contributions = new ArrayList<>();
        private final List<Corroboration> corroborations = new ArrayList<>();

        void read(PreparedStatement statement) throws SQLException {
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    switch (rows.getInt(1)) {
                        case CONTRIBUTION -> contributions.add(new StoredRow(rows.getInt(2), rows.getString(4),
                                rows.getString(5), rows.getString(6), PlainSqlReads.nullableLong(rows, 7),
                                rows.getString(8), PlainSqlReads.nullableLong(rows, 9), rows.getString(10),
                                rows.getString(11), rows.getString(12), rows.getString(13), rows.getString(14),
                                rows.getString(15), null, 0, 0, 0));
                        case CORROBORATION -> corroborations.add(ReportGlue.reducedCorroboration(rows.getInt(2),
                                rows.getInt(3), rows.getString(4), Instant.ofEpochMilli(rows.getLong(16))));
                        default -> throw new SQLException("Unexpected row kind " + rows.getInt(1));
                    }
                }
            }
        }

        /** The contributions in their (already sorted) order, each with its corroborations oldest first. */
        List<Contribution> assembled() {
            if (contributions.isEmpty()) {
                return List.of();
            }
            corroborations.sort(Comparator.comparing(Corroboration::createdAt).thenComparingLong(Corroboration::id));
            Map<Long, List<Corroboration>> corroborationsOf = new HashMap<>();
            for (Corroboration c : corroborations) {
                corroborationsOf.computeIfAbsent(c.contributionId(), k -> new ArrayList<>()).add(c);
            }
            List<Contribution> glue = new ArrayList<>(contributions.size());
            for (StoredRow row : contributions) {
                glue.add(row.toReportGlue(corroborationsOf.getOrDefault((long) row.id(), List.of())));
            }
            return Collections.unmodifiableList(glue);
        }
    }
}
