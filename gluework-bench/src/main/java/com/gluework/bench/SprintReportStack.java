package com.gluework.bench;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.gluework.ao.AoCategoryRepository;
import com.gluework.ao.AoContributionRepository;
import com.gluework.ao.testing.GlueWorkTableNameConverter;
import com.gluework.core.report.Sprint;
import com.gluework.core.report.SprintWindow;
import com.gluework.core.model.Contribution;
import com.gluework.core.port.SprintSource;
import com.gluework.core.service.SprintReportService;
import com.gluework.core.testing.FakeHost;
import com.gluework.web.report.BundleReportTexts;
import com.gluework.web.rest.SprintReportResource;
import com.gluework.web.rest.dto.SprintReportDto;
import com.gluework.web.testing.EscapingVelocityViewRenderer;
import com.gluework.web.view.SprintReportViewFactory;
import jakarta.ws.rs.core.Response;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The sprint report's JSON endpoint wired as the preview wires it, minus HTTP: {@link SprintReportResource#report} →
 * {@link SprintReportService} → {@link AoContributionRepository} (its glue read in plain SQL on the store's pooled
 * connections, as Jira's SAL lends the product's) and {@link AoCategoryRepository} on the store's real Active Objects,
 * then Jackson, which Jersey would run to write the response. The host's sprints come from the
 * {@link SprintWorkload} (Jira Software answers from its own tables and caches), people and permissions from
 * core's {@code FakeHost}; the team's clock zone is UTC.
 */
public final class SprintReportStack {
    /** The viewer: a signed-in teammate who may browse every issue, so every contribution of the sprint counts. */
    public static final String VIEWER = BenchDataset.PROJECT_ADMIN;

    private final PanelStack store;
    private final SprintSource sprints;
    private final AoContributionRepository contributions;
    private final SprintReportResource resource;
    /** Like the preview's Jersey mapper; the DTO carries its dates as ISO strings already. */
    private final ObjectMapper json = new ObjectMapper();

    private SprintReportStack(PanelStack store, SprintWorkload workload) {
        this.store = store;
        this.sprints = workload.sprintSource();
        this.contributions = new AoContributionRepository(store.activeObjects(), store.hostConnections());
        FakeHost people = workload.dataset().people();
        SprintReportService reports = new SprintReportService(sprints, contributions,
                new AoCategoryRepository(store.activeObjects()), people, people,
                Clock.fixed(BenchDataset.WRITES_FROM, ZoneOffset.UTC));
        this.resource = new SprintReportResource(reports, () -> Optional.of(VIEWER), new SprintReportViewFactory(reports),
                new EscapingVelocityViewRenderer(), new BundleReportTexts());
    }

    /**
     * Adds the workload's unattached team glue to a freshly opened store (see
     * {@link SprintWorkload#writeUnattachedGlue}) and wires the endpoint. Once per opened store.
     */
    public static SprintReportStack open(PanelStack store, SprintWorkload workload) {
        workload.writeUnattachedGlue(new AoContributionRepository(store.activeObjects()));
        return new SprintReportStack(store, workload);
    }

    /** GET {@code /rest/gluework/1.0/sprints/{sprintId}/report}: the report as JSON, the bytes Jersey would send. */
    public byte[] reportJson(long sprintId) {
        try {
            return json.writeValueAsBytes(report(sprintId));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("The report of sprint " + sprintId + " does not serialise", e);
        }
    }

    /** The entity of the endpoint's 200 answer; refused requests throw, as they do before the REST layer maps them. */
    public SprintReportDto report(long sprintId) {
        Response response = resource.report(Long.toString(sprintId));
        if (response.getStatus() != Response.Status.OK.getStatusCode()) {
            throw new IllegalStateException("Expected 200 OK, got " + response.getStatus());
        }
        return (SprintReportDto) response.getEntity();
    }

    /**
     * The largest part of a report, measured on its own: the glue on one sprint's issues as a report reads it, with
     * its corroborations ({@link AoContributionRepository#findReportGlueByIssues}; {@code findByIssues} with the
     * beneficiaries and every column until issue 13); a report reads it for both sprints.
     */
    public List<Contribution> sprintIssuesGlue(long sprintId) {
        return contributions.findReportGlueByIssues(sprints.findSprintIssues(sprintId).stream().map(i -> i.issue().id()).toList());
    }

    /**
     * The report's floor (issue 13): the same rows a report reads — for the sprint and the previous one, the glue on
     * their issues by {@code ISSUE_ID IN (…)}, its active beneficiaries and corroborations by {@code CONTRIBUTION_ID IN
     * (…)} in chunks of 500, the unattached glue of the window — read with plain JDBC on a connection of the same pool
     * and merely summed (rows and characters): no Active Objects, no domain objects, no report, no JSON.
     */
    public long floorRowsSummed() {
        return floorRowsSummed(FLOOR_COLUMNS, true, "\"CONTRIBUTION_ID\", \"CORROBORATOR_KEY\", \"NOTE\"");
    }

    /**
     * {@link #floorRowsSummed} over exactly what a report reads since issue 13 ({@code ReportGlue}): the report's 13
     * contribution columns, the corroborations' id, contribution, corroborator and time, and no beneficiaries. The
     * original floor reads beneficiaries and notes the report no longer reads, and three contribution columns fewer.
     */
    public long floorOfReportReadsSummed() {
        return floorRowsSummed(REPORT_FLOOR_COLUMNS, false,
                "\"CONTRIBUTION_ID\", \"ID\", \"CORROBORATOR_KEY\", \"CREATED_AT_MILLIS\"");
    }

    /**
     * {@link #floorOfReportReadsSummed} in the shape of the report's plain SQL read (issue 13, wt-reportsql): per
     * sprint, one {@code UNION ALL} statement of the issues' contributions and their standing corroborations (joined
     * to their contribution on the same {@code ISSUE_ID IN (…)}), and one for the window's unattached glue — instead
     * of a contribution statement and a corroboration statement by {@code CONTRIBUTION_ID IN (…)}. Summed the same
     * way; it tells what the statement's shape costs or saves in the database and the driver, apart from the report.
     */
    public long floorOfReportReadsInOneStatementSummed() {
        long sum = 0;
        try (Connection connection = store.activeObjects().entityManager().getProvider().getConnection()) {
            for (Sprint sprint : List.of(SprintWorkload.CURRENT, SprintWorkload.PREVIOUS)) {
                List<Long> issueIds = sprints.findSprintIssues(sprint.id()).stream().map(i -> i.issue().id()).toList();
                List<Long> twice = new ArrayList<>(issueIds);
                twice.addAll(issueIds);
                sum += readSummed(connection, unionOfReportReads("c.\"ISSUE_ID\" IN (" + marks(issueIds.size()) + ")"),
                        twice, null);
                SprintWindow window = sprint.window(ZoneOffset.UTC).orElseThrow();
                List<String> range = List.of("ACTIVE", window.firstDay().toString(), window.lastDay().toString());
                List<String> rangeTwice = new ArrayList<>(range);
                rangeTwice.addAll(range);
                sum += readSummed(connection, unionOfReportReads("c.\"ISSUE_ID\" IS NULL AND c.\"CONTRIB_STATE\" = ?"
                        + " AND c.\"OCCURRED_ON\" >= ? AND c.\"OCCURRED_ON\" <= ?"), rangeTwice, null);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("The floor's plain JDBC read failed", e);
        }
        return sum;
    }

    /** The report's plain read's shape (gluework-ao's {@code ReportGlueReads}) for contributions meeting {@code condition}. */
    private static String unionOfReportReads(String condition) {
        String contributionColumns = java.util.stream.Stream.of("ID", "ID", "CATEGORY_KEY", "CONTRIBUTOR_KEY",
                        "RECORDED_BY_KEY", "ISSUE_ID", "ISSUE_KEY", "PROJECT_ID", "PROJECT_KEY", "OCCURRED_ON", "SUMMARY",
                        "IMPACT", "EVIDENCE_LINKS", "CONTRIB_STATE", "CREATED_AT_MILLIS")
                .map(name -> "c.\"" + name + "\"").collect(java.util.stream.Collectors.joining(", "));
        return "SELECT 1, " + contributionColumns + " FROM " + table("CONTRIB") + " c WHERE " + condition
                + " UNION ALL SELECT 2, x.\"ID\", x.\"CONTRIBUTION_ID\", x.\"CORROBORATOR_KEY\", "
                + "NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, x.\"CREATED_AT_MILLIS\" FROM "
                + table("CORROB") + " x JOIN " + table("CONTRIB") + " c ON c.\"ID\" = x.\"CONTRIBUTION_ID\" WHERE "
                + condition + " AND x.\"WITHDRAWN_AT_MILLIS\" IS NULL";
    }

    private long floorRowsSummed(String contributionColumns, boolean withBeneficiaries, String corroborationColumns) {
        long sum = 0;
        try (Connection connection = store.activeObjects().entityManager().getProvider().getConnection()) {
            for (Sprint sprint : List.of(SprintWorkload.CURRENT, SprintWorkload.PREVIOUS)) {
                List<Long> issueIds = sprints.findSprintIssues(sprint.id()).stream().map(i -> i.issue().id()).toList();
                List<Integer> contributionIds = new ArrayList<>();
                sum += readSummed(connection, "SELECT " + contributionColumns + " FROM " + table("CONTRIB")
                        + " WHERE \"ISSUE_ID\" IN (" + marks(issueIds.size()) + ")", issueIds, contributionIds);
                SprintWindow window = sprint.window(ZoneOffset.UTC).orElseThrow();
                sum += readSummed(connection, "SELECT " + contributionColumns + " FROM " + table("CONTRIB")
                        + " WHERE \"ISSUE_ID\" IS NULL AND \"CONTRIB_STATE\" = 'ACTIVE' AND \"OCCURRED_ON\" >= ?"
                        + " AND \"OCCURRED_ON\" <= ?", List.of(window.firstDay().toString(), window.lastDay().toString()),
                        contributionIds);
                for (int from = 0; from < contributionIds.size(); from += 500) {
                    List<Integer> chunk = contributionIds.subList(from, Math.min(contributionIds.size(), from + 500));
                    if (withBeneficiaries) {
                        sum += readSummed(connection, "SELECT \"CONTRIBUTION_ID\", \"BENEFICIARY_KEY\" FROM "
                                + table("BENEFICIARY") + " WHERE \"CONTRIBUTION_ID\" IN (" + marks(chunk.size())
                                + ") AND \"REMOVED_AT_MILLIS\" IS NULL", chunk, null);
                    }
                    sum += readSummed(connection, "SELECT " + corroborationColumns + " FROM "
                            + table("CORROB") + " WHERE \"CONTRIBUTION_ID\" IN (" + marks(chunk.size())
                            + ") AND \"WITHDRAWN_AT_MILLIS\" IS NULL", chunk, null);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("The floor's plain JDBC read failed", e);
        }
        return sum;
    }

    private static final String REPORT_FLOOR_COLUMNS = "\"ID\", \"CATEGORY_KEY\", \"CONTRIBUTOR_KEY\", "
            + "\"RECORDED_BY_KEY\", \"ISSUE_ID\", \"ISSUE_KEY\", \"PROJECT_ID\", \"PROJECT_KEY\", \"OCCURRED_ON\", "
            + "\"SUMMARY\", \"IMPACT\", \"EVIDENCE_LINKS\", \"CONTRIB_STATE\"";

    private static final String FLOOR_COLUMNS = "\"ID\", \"CATEGORY_KEY\", \"CONTRIBUTOR_KEY\", \"ISSUE_ID\", "
            + "\"ISSUE_KEY\", \"OCCURRED_ON\", \"SUMMARY\", \"IMPACT\", \"EVIDENCE_LINKS\", \"CONTRIB_STATE\"";

    /** Runs a query and sums its rows: one per row plus the length of every text column; collects column 1 if asked. */
    private static long readSummed(Connection connection, String sql, List<?> parameters, List<Integer> firstColumn)
            throws SQLException {
        long sum = 0;
        try (PreparedStatement select = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.size(); i++) {
                select.setObject(i + 1, parameters.get(i));
            }
            try (ResultSet rows = select.executeQuery()) {
                int columns = rows.getMetaData().getColumnCount();
                while (rows.next()) {
                    sum++;
                    if (firstColumn != null) {
                        firstColumn.add(rows.getInt(1));
                    }
                    for (int c = 2; c <= columns; c++) {
                        String value = rows.getString(c);
                        sum += value == null ? 0 : value.length();
                    }
                }
            }
        }
        return sum;
    }

    private static String table(String name) {
        return "\"" + GlueWorkTableNameConverter.PREFIX + name + "\"";
    }

    private static String marks(int count) {
        return String.join(",", java.util.Collections.nCopies(count, "?"));
    }

    /** Counts the SQL statements {@code work} sends on this thread, through Active Objects and in plain SQL. */
    public int statementsDuring(Runnable work) {
        return store.statementsDuring(work);
    }
}
