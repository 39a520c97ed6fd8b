package com.gluework.bench;

import com.gluework.core.report.SprintReport;
import com.gluework.core.report.SprintReportAssembler;
import com.gluework.web.rest.SprintReportDtos;
import com.gluework.web.rest.dto.SprintReportDto;
import org.junit.Test;

import java.util.List;
import java.util.stream.IntStream;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

/** The sprint report benchmarks' wiring and input on small datasets in in-memory H2 (no benchmark runs here). */
public class SprintReportStackTest {
    private static final List<Integer> SPRINT_ISSUES = IntStream.rangeClosed(1, 10).boxed().toList();
    private static final List<Integer> PREVIOUS_ISSUES = IntStream.rangeClosed(11, 20).boxed().toList();

    @Test
    public void reportJson_shouldSendAsManyStatementsWhenTheStoreHoldsTenTimesMoreUnrelatedGlue() {
        // given: the same two sprints in a store of 200 contributions and in one with 1,800 more on other issues
        Measured small = measure("statements-small", new BenchDataset(20, 10));
        Measured large = measure("statements-large", new BenchDataset(200, 10));

        // then: the same report from the same statements
        assertTrue("a report sends statements", small.statements() > 0);
        assertEquals("statements per report at 200 and at 2,000 contributions in the store",
                small.statements(), large.statements());
        assertEquals(small.report().headline(), large.report().headline());
        assertEquals(small.report().matrix(), large.report().matrix());
    }

    @Test
    public void reportJson_shouldReadItsGlueInPlainSqlOnTheStoresLentConnections() {
        // given
        BenchDataset dataset = new BenchDataset(20, 10);
        SprintWorkload workload = SprintWorkload.of(dataset, SPRINT_ISSUES, PREVIOUS_ISSUES);
        try (PanelStack store = PanelStack.open(inMemoryH2("plain"), ConnectionPooling.DBCP, dataset)) {
            SprintReportStack reports = SprintReportStack.open(store, workload);
            reports.reportJson(SprintWorkload.SPRINT_ID);

            // when
            int plain = ((CountingHostConnections) store.hostConnections())
                    .counting(() -> reports.reportJson(SprintWorkload.SPRINT_ID));

            // then: for each of the two sprints, its issues' contributions (one chunk) and their corroborations, the
            // window's unattached contributions and theirs, as in production where the host lends its connections
            assertEquals(8, plain);
        }
    }

    @Test
    public void report_shouldCountTheSprintsGlueAndCompareWithThePreviousSprint() {
        // given
        BenchDataset dataset = new BenchDataset(20, 10);
        SprintWorkload workload = SprintWorkload.of(dataset, SPRINT_ISSUES, PREVIOUS_ISSUES);
        try (PanelStack store = PanelStack.open(inMemoryH2("counted"), ConnectionPooling.DBCP, dataset)) {

            // when
            SprintReportDto report = SprintReportStack.open(store, workload).report(SprintWorkload.SPRINT_ID);

            // then: every active contribution on the sprint's issues plus the team's unattached glue in its window
            assertEquals(workload.expectedCountedGlue(), report.headline().contributions());
            assertTrue("unattached glue is part of it",
                    report.headline().contributions() > dataset.contributionsPerIssue() * SPRINT_ISSUES.size() - 10);
            assertNotNull("compared with sprint " + SprintWorkload.PREVIOUS_SPRINT_ID, report.comparison());
            assertEquals(SprintWorkload.PREVIOUS_SPRINT_ID, report.comparison().previousSprint().id());
            assertEquals(SPRINT_ISSUES.size(), report.outcomes().clarified().issueCount()
                    + report.outcomes().others().issueCount());
            assertTrue("issues with a cycle time", report.outcomes().others().cycleTimeSampleSize()
                    + report.outcomes().clarified().cycleTimeSampleSize() > 0);
        }
    }

    @Test
    public void inMemoryInput_shouldGiveTheAssemblerBenchmarkTheReportTheStoreGives() {
        // given
        BenchDataset dataset = new BenchDataset(20, 10);
        SprintWorkload workload = SprintWorkload.of(dataset, SPRINT_ISSUES, PREVIOUS_ISSUES);
        try (PanelStack store = PanelStack.open(inMemoryH2("in-memory"), ConnectionPooling.DBCP, dataset)) {
            SprintReportDto fromStore = SprintReportStack.open(store, workload).report(SprintWorkload.SPRINT_ID);

            // when
            SprintReport inMemory = SprintReportAssembler.assemble(workload.inMemoryInput(), workload.viewerMaySee());

            // then: the same figures (ids of the unattached glue differ: the store numbers them itself)
            SprintReportDto expected = SprintReportDtos.toDto(inMemory);
            assertEquals(expected.headline(), fromStore.headline());
            assertEquals(expected.matrix(), fromStore.matrix());
            assertEquals(expected.distribution(), fromStore.distribution());
            assertEquals(expected.comparison(), fromStore.comparison());
            assertEquals(expected.outcomes(), fromStore.outcomes());
            assertEquals(expected.wins().size(), fromStore.wins().size());
        }
    }

    @Test
    public void spreadOver_shouldGiveEachSprintTwoHundredIssuesAcrossTheWholeStore() {
        // given
        BenchDataset dataset = BenchDataset.ofSize(BenchDataset.SIZE_100K);

        // when
        SprintWorkload workload = SprintWorkload.spreadOver(dataset);

        // then
        var sprints = workload.sprintSource();
        List<Long> current = ids(sprints.findSprintIssues(SprintWorkload.SPRINT_ID));
        List<Long> previous = ids(sprints.findSprintIssues(SprintWorkload.PREVIOUS_SPRINT_ID));
        assertEquals(SprintWorkload.ISSUES_PER_SPRINT, current.stream().distinct().count());
        assertEquals(SprintWorkload.ISSUES_PER_SPRINT, previous.stream().distinct().count());
        assertTrue("no issue in both sprints", current.stream().noneMatch(previous::contains));
        assertEquals(BenchDataset.issueId(1), (long) current.get(0));
        assertTrue("the last issue is near the end of the store",
                current.get(current.size() - 1) > BenchDataset.issueId(dataset.issues() * 9 / 10));
    }

    private static List<Long> ids(List<com.gluework.core.report.SprintIssue> issues) {
        return issues.stream().map(i -> i.issue().id()).toList();
    }

    private record Measured(int statements, SprintReportDto report) {
    }

    /** Statements of the second report (the first may seed the default categories) and the report itself. */
    private static Measured measure(String name, BenchDataset dataset) {
        SprintWorkload workload = SprintWorkload.of(dataset, SPRINT_ISSUES, PREVIOUS_ISSUES);
        try (PanelStack store = PanelStack.open(inMemoryH2(name), ConnectionPooling.DBCP, dataset)) {
            SprintReportStack reports = SprintReportStack.open(store, workload);
            reports.reportJson(SprintWorkload.SPRINT_ID);
            int statements = reports.statementsDuring(() -> reports.reportJson(SprintWorkload.SPRINT_ID));
            return new Measured(statements, reports.report(SprintWorkload.SPRINT_ID));
        }
    }

    private static BenchDatabase inMemoryH2(String name) {
        return new BenchDatabase(BenchDatabase.H2, "jdbc:h2:mem:sprint-" + name + ";DB_CLOSE_DELAY=-1", "sa", "");
    }
}
