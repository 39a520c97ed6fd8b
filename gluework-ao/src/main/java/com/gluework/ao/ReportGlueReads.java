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
import java.util.List;
import java.util.Map;

import static com.gluework.ao.PlainSqlReads.nullableLong;

/**
 * The sprint report's glue ({@link ReportGlue}: the report's 13 contribution columns and the standing corroborations
 * without their notes) in plain SQL on the host's connections, the same statements Active Objects sends for it but
 * read by position. WHY: Active Objects' stream costs about the same per value whatever its type (type lookups,
 * boxing, a column lookup by name), which was most of a report's time and allocation (docs/benchmarks.md, issue 13).
 * <ul>
 *   <li>{@link #ofIssues}: the contributions on at most {@value AoContributionRepository#IN_CHUNK} issues per
 *       statement, by {@code ISSUE_ID IN (…)};</li>
 *   <li>{@link #unattached}: the active unattached contributions of a date range, in one statement (no pages: they
 *       existed to keep the corroborations' IN lists short, which the chunks below do);</li>
 *   <li>then for both, their standing corroborations by {@code CONTRIBUTION_ID IN (…)}, at most
 *       {@value AoContributionRepository#IN_CHUNK} ids per statement (below Oracle's 1,000 items per list).</li>
 * </ul>
 * WHY not one {@code UNION ALL} statement per chunk, with the corroborations joined to their contributions on the
 * same condition, as the issue panel's {@link IssueGlueStatement}: measured at 1M contributions on PostgreSQL, the
 * planner answered the join for 200 issues with a parallel sequential scan of every corroboration (100 ms for the
 * statement, a report 5× slower than through Active Objects); an IN list of ids is an index lookup on every database.
 * <p>
 * No statement has an ORDER BY; rows are put in order here exactly as the Active Objects reads order them:
 * contributions by id ({@link #ofIssues}) or by date then id ({@link #unattached}), each one's corroborations oldest
 * first, then by id.
 */
final class ReportGlueReads {
    private static final String[] CONTRIBUTION_COLUMNS = {"ID", "CATEGORY_KEY", "CONTRIBUTOR_KEY", "RECORDED_BY_KEY",
            "ISSUE_ID", "ISSUE_KEY", "PROJECT_ID", "PROJECT_KEY", "OCCURRED_ON", "SUMMARY", "IMPACT", "EVIDENCE_LINKS",
            "CONTRIB_STATE"};
    private static final String[] CORROBORATION_COLUMNS = {"ID", "CONTRIBUTION_ID", "CORROBORATOR_KEY",
            "CREATED_AT_MILLIS"};

    private ReportGlueReads() {
    }

    /** The contributions' statement for {@code issues} issue ids, in the host database's {@code names}. */
    static String ofIssuesSql(SqlNames names, int issues) {
        return contributionsWhere(names, names.column("c", "ISSUE_ID") + " IN (" + AoContributionRepository.placeholders(issues) + ")");
    }

    /** The contributions' statement for the unattached glue of a date range, in the host database's {@code names}. */
    static String unattachedSql(SqlNames names) {
        return contributionsWhere(names, names.column("c", "ISSUE_ID") + " IS NULL AND "
                + names.column("c", "CONTRIB_STATE") + " = ? AND " + names.column("c", "OCCURRED_ON") + " >= ? AND "
                + names.column("c", "OCCURRED_ON") + " <= ?");
    }

    /** The corroborations' statement for {@code contributions} contribution ids, in the host database's {@code names}. */
    static String corroborationsSql(SqlNames names, int contributions) {
        return "SELECT " + names.columns("x", CORROBORATION_COLUMNS) + " FROM "
                + names.table(CorroborationEntity.class) + " x WHERE " + names.column("x", "CONTRIBUTION_ID")
                + " IN (" + AoContributionRepository.placeholders(contributions) + ") AND " + names.column("x", "WITHDRAWN_AT_MILLIS") + " IS NULL";
    }

    private static String contributionsWhere(SqlNames names, String condition) {
        return "SELECT " + names.columns("c", CONTRIBUTION_COLUMNS) + " FROM " + names.table(ContributionEntity.class)
                + " c WHERE " + condition;
    }

    /**
     * The report's glue on these issues (distinct ids), by id, as {@code AoContributionRepository
     * .findReportGlueByIssues} reads it through Active Objects.
     */
    static List<Contribution> ofIssues(Connection connection, SqlNames names, List<Long> issueIds) throws SQLException {
        List<StoredRow> contributions = new ArrayList<>();
        for (int from = 0; from < issueIds.size(); from += AoContributionRepository.IN_CHUNK) {
            List<Long> chunk = issueIds.subList(from, Math.min(issueIds.size(), from + AoContributionRepository.IN_CHUNK));
            try (PreparedStatement statement = connection.prepareStatement(ofIssuesSql(names, chunk.size()))) {
                for (int i = 0; i < chunk.size(); i++) {
                    statement.setLong(i + 1, chunk.get(i));
                }
                readContributions(statement, contributions);
            }
        }
        contributions.sort(Comparator.comparingInt(StoredRow::id));
        return withCorroborations(connection, names, contributions);
    }

    /**
     * The report's active unattached glue dated from {@code from} to {@code to}, by date then id, as
     * {@code AoContributionRepository.findReportGlueUnattachedBetween} reads it through Active Objects.
     */
    static List<Contribution> unattached(Connection connection, SqlNames names, LocalDate from, LocalDate to)
            throws SQLException {
        List<StoredRow> contributions = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement(unattachedSql(names))) {
            statement.setString(1, ContributionState.ACTIVE.name());
            statement.setString(2, from.toString());
            statement.setString(3, to.toString());
            readContributions(statement, contributions);
        }
        // OCCURRED_ON is always yyyy-MM-dd (ASCII digits), so its text order is the database's and the date's
        contributions.sort(Comparator.comparing(StoredRow::occurredOn).thenComparingInt(StoredRow::id));
        return withCorroborations(connection, names, contributions);
    }

    private static void readContributions(PreparedStatement statement, List<StoredRow> into) throws SQLException {
        try (ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                into.add(new StoredRow(rows.getInt(1), rows.getString(2), rows.getString(3), rows.getString(4),
                        nullableLong(rows, 5), rows.getString(6), nullableLong(rows, 7),
                        rows.getString(8), rows.getString(9), rows.getString(10), rows.getString(11),
                        rows.getString(12), rows.getString(13), null, 0, 0, 0));
            }
        }
    }

    /** The contributions in their (sorted) order, each with its standing corroborations oldest first. */
    private static List<Contribution> withCorroborations(Connection connection, SqlNames names,
                                                         List<StoredRow> contributions) throws SQLException {
        if (contributions.isEmpty()) {
            return List.of();
        }
        List<Corroboration> corroborations = new ArrayList<>();
        for (int from = 0; from < contributions.size(); from += AoContributionRepository.IN_CHUNK) {
            List<StoredRow> chunk = contributions.subList(from,
                    Math.min(contributions.size(), from + AoContributionRepository.IN_CHUNK));
            try (PreparedStatement statement = connection.prepareStatement(corroborationsSql(names, chunk.size()))) {
                for (int i = 0; i < chunk.size(); i++) {
                    statement.setInt(i + 1, chunk.get(i).id());
                }
                try (ResultSet rows = statement.executeQuery()) {
                    while (rows.next()) {
                        corroborations.add(ReportGlue.reducedCorroboration(rows.getInt(1), rows.getInt(2),
                                rows.getString(3), Instant.ofEpochMilli(rows.getLong(4))));
                    }
                }
            }
        }
        Map<Long, List<Corroboration>> corroborationsOf = PlainSqlReads.oldestFirstByContribution(corroborations);
        List<Contribution> glue = new ArrayList<>(contributions.size());
        for (StoredRow row : contributions) {
            glue.add(row.toReportGlue(corroborationsOf.getOrDefault((long) row.id(), List.of())));
        }
        return Collections.unmodifiableList(glue);
    }

}
