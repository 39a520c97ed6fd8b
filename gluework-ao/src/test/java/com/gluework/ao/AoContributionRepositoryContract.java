package com.gluework.ao;

import com.gluework.ao.entity.BeneficiaryEntity;
import com.gluework.ao.entity.CategoryEntity;
import com.gluework.ao.entity.ChangeEntity;
import com.gluework.ao.entity.ChangeFieldEntity;
import com.gluework.ao.entity.ContributionEntity;
import com.gluework.ao.entity.CorroborationEntity;
import com.gluework.ao.entity.NoteRevisionEntity;
import com.gluework.ao.entity.PacketViewEntity;
import com.gluework.ao.entity.WeeklyNoteEntity;
import com.gluework.ao.testing.EntityManagerActiveObjects;
import com.gluework.ao.testing.EntityManagerHostConnections;
import com.gluework.ao.testing.GlueWorkTableNameConverter;
import com.gluework.core.model.Contribution;
import com.gluework.core.model.ContributionSource;
import com.gluework.core.model.NewContribution;
import com.gluework.core.model.NewContributionChange;
import com.gluework.core.port.ContributionRepository;
import net.java.ao.DatabaseProvider;
import net.java.ao.EntityManager;
import org.junit.Before;
import org.junit.Test;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

/**
 * The contribution contract on real Active Objects, plus what only a database adapter can get wrong: the number of
 * queries a read costs and the table names AO creates. Subclasses pick the database with the AO runner's annotations.
 */
public abstract class AoContributionRepositoryContract extends ContributionRepositoryContract {
    /** Injected by {@code ActiveObjectsJUnitRunner}, inside a transaction it rolls back after each test. */
    private EntityManager entityManager;
    private AoContributionRepository repository;

    /** Statements sent on the host's connections ({@link #host}), counted as the AO listener counts AO's. */
    private final List<String> plainStatements = new ArrayList<>();

    @Before
    public void createRepository() {
        repository = new AoContributionRepository(new EntityManagerActiveObjects(entityManager), host());
    }

    /**
     * Whether the repository under test reads the issue panel's glue and the sprint report's in plain SQL on the
     * host's connections ({@link IssueGlueStatement}, {@link ReportGlueReads}), or only through Active Objects.
     * Every test of the contract runs both ways on each database.
     */
    protected abstract boolean plainSqlReads();

    private HostConnections host() {
        if (!plainSqlReads()) {
            return null;
        }
        HostConnections connections = new EntityManagerHostConnections(entityManager);
        return new HostConnections() {
            @Override
            public <T> T read(ConnectionRead<T> read) throws SQLException {
                return connections.read(connection -> read.on(counting(connection)));
            }

            @Override
            public Optional<String> schema() {
                return connections.schema();
            }
        };
    }

    /** The connection, noting the text of every statement prepared on it. */
    private Connection counting(Connection connection) {
        return (Connection) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {Connection.class},
                (proxy, method, args) -> {
                    if (method.getName().equals("prepareStatement")) {
                        plainStatements.add((String) args[0]);
                    }
                    try {
                        return method.invoke(connection, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }

    @Override
    protected ContributionRepository repository() {
        return repository;
    }

    @Test
    public void findByIssue_shouldCostThreeQueriesHoweverManyContributionsAndCorroborationsOrChanges() {
        // given: one issue with a single contribution, another with forty, each with beneficiaries, corroborations
        // and history, some withdrawn or removed
        recordWithCorroborations(GW_1, 1);
        recordWithCorroborations(GW_2, 40);

        // when
        List<String> smallIssue = statementsDuring(() -> assertEquals(1, repository.findByIssue(GW_1.id()).size()));
        List<String> bigIssue = statementsDuring(() -> {
            List<Contribution> found = repository.findByIssue(GW_2.id());
            assertEquals(40, found.size());
            found.forEach(c -> assertEquals(2, c.corroborations().size()));
            found.forEach(c -> assertEquals(List.of("carol", "dave"), c.beneficiaryKeys()));
        });

        // then: contributions, beneficiaries, corroborations — and the getters trigger no lazy loading; or all three
        // in one plain statement
        if (plainSqlReads()) {
            assertEquals(smallIssue.toString(), List.of(), smallIssue);
            assertEquals(bigIssue.toString(), List.of(), bigIssue);
            assertEquals(plainStatements.toString(), 2, plainStatements.size());
            assertTrue(plainStatements.get(0).contains("UNION ALL"));
        } else {
            assertEquals(smallIssue.toString(), 3, smallIssue.size());
            assertEquals(bigIssue.toString(), 3, bigIssue.size());
            assertEquals(List.of(), plainStatements);
        }
    }

    @Test
    public void findByIssue_shouldReadWhatTheActiveObjectsReadsReadInTheSameOrder() {
        // given: removed beneficiaries, withdrawn and noted corroborations, an impact, links, and characters beyond
        // Latin-1 and SQL's quotes in the text; contributions created out of id order
        recordWithCorroborations(GW_1, 3);
        Contribution rich = repository.create(new NewContribution("docs", "carol", "bob", GW_1, LocalDate.of(2026, 10, 30),
                "Runbook \u2014 'quoted' \"twice\" \uD83D\uDE80", "On-call \u00BD time", List.of("dave"),
                List.of(java.net.URI.create("https://example.com/a"), java.net.URI.create("https://example.com/b?x=1&y=2")),
                ContributionSource.MANUAL, T0.minusSeconds(60)));
        repository.addCorroboration(rich.id(), "erin", "Saw it \u2014 \u00E9t\u00E9", T0.plusSeconds(30));
        repository.create(new NewContribution("review", "bob", "bob", GW_2, LocalDate.of(2026, 11, 1), "Elsewhere", "",
                List.of(), List.of(), ContributionSource.MANUAL, T0));

        // when
        List<Contribution> plain = repository.findByIssue(GW_1.id());
        List<Contribution> throughActiveObjects = repository.findByIssueThroughActiveObjects(GW_1.id());

        // then: equal records (every field, beneficiaries and corroborations in order), the oldest first
        assertEquals(4, plain.size());
        assertEquals(throughActiveObjects, plain);
        assertEquals(rich.id(), plain.get(0).id());
        assertEquals("Saw it \u2014 \u00E9t\u00E9", plain.get(0).corroborations().get(0).note());
        assertEquals(List.of(), repository.findByIssue(10003));
    }

    @Test
    public void findIssueGlue_shouldReadTheIssuesDismissedTracesInThePanelsOneStatementOrLeaveThemToTheDismissals() {
        // given: glue and dismissed suggestion traces on GW-1, a dismissed trace on GW-2, nothing dismissed on GW-3
        recordWithCorroborations(GW_1, 2);
        AoSuggestionDismissals dismissals = new AoSuggestionDismissals(new EntityManagerActiveObjects(entityManager),
                java.time.Clock.fixed(T0, java.time.ZoneOffset.UTC));
        dismissals.dismiss(GW_1.id(), List.of("0123456789abcdef0123456789abcdef", "fedcba9876543210fedcba9876543210"), "dave");
        dismissals.dismiss(GW_2.id(), List.of("00000000000000000000000000000002"), "erin");
        int plainBefore = plainStatements.size();

        // when
        List<ContributionRepository.IssueGlue> read = new ArrayList<>();
        List<String> statements = statementsDuring(() -> {
            read.add(repository.findIssueGlue(GW_1.id()));
            read.add(repository.findIssueGlue(10003));
        });

        // then: the same glue as findByIssue; in plain SQL the traces of that issue only, as the dismissals store reads
        // them, in the panel's one statement per read; through Active Objects none (the dismissals store is asked)
        assertEquals(repository.findByIssueThroughActiveObjects(GW_1.id()), read.get(0).contributions());
        if (plainSqlReads()) {
            assertEquals(Optional.of(dismissals.dismissedOn(List.of(GW_1.id()))), read.get(0).dismissedSuggestionTraces());
            assertEquals(Optional.of(java.util.Set.of("0123456789abcdef0123456789abcdef", "fedcba9876543210fedcba9876543210")),
                    read.get(0).dismissedSuggestionTraces());
            assertEquals(Optional.of(java.util.Set.of()), read.get(1).dismissedSuggestionTraces());
            assertEquals(List.of(), statements);
            assertEquals(plainStatements.toString(), plainBefore + 2, plainStatements.size());
        } else {
            assertEquals(Optional.empty(), read.get(0).dismissedSuggestionTraces());
            assertEquals(Optional.empty(), read.get(1).dismissedSuggestionTraces());
        }
    }

    @Test
    public void findByIssue_shouldReadThroughActiveObjectsFromNowOnWhenTheDatabaseRefusesTheStatementsText() {
        // given: a database that answers the plain statement with "undefined table" (SQL state class 42)
        recordWithCorroborations(GW_1, 2);
        List<Contribution> expected = repository.findByIssueThroughActiveObjects(GW_1.id());
        FailingHost refusing = new FailingHost("42P01");
        AoContributionRepository refused = new AoContributionRepository(new EntityManagerActiveObjects(entityManager),
                refusing, 3);

        // when: two panel reads
        List<Contribution> first = refused.findByIssue(GW_1.id());
        List<Contribution> second = refused.findByIssue(GW_1.id());

        // then: the same glue both times, and the statement was tried once only; no dismissed traces read with it
        assertEquals(expected, first);
        assertEquals(expected, second);
        assertEquals(1, refusing.reads);
        assertEquals(Optional.empty(), refused.findIssueGlue(GW_1.id()).dismissedSuggestionTraces());
    }

    @Test
    public void findByIssue_shouldFallBackForThatReadAloneWhenTheStatementFailsOtherwise() {
        // given: a connection failure (SQL state class 08), not a refusal of the text
        recordWithCorroborations(GW_1, 2);
        List<Contribution> expected = repository.findByIssueThroughActiveObjects(GW_1.id());
        FailingHost failing = new FailingHost("08006");
        AoContributionRepository flaky = new AoContributionRepository(new EntityManagerActiveObjects(entityManager),
                failing, 3);

        // when
        List<Contribution> first = flaky.findByIssue(GW_1.id());
        List<Contribution> second = flaky.findByIssue(GW_1.id());

        // then: read through Active Objects each time, and the statement tried again on the next read
        assertEquals(expected, first);
        assertEquals(expected, second);
        assertEquals(2, failing.reads);
    }

    /** Host connections whose every read fails with one SQL state. */
    private static final class FailingHost implements HostConnections {
        private final String sqlState;
        private int reads;

        FailingHost(String sqlState) {
            this.sqlState = sqlState;
        }

        @Override
        public <T> T read(ConnectionRead<T> read) throws SQLException {
            reads++;
            throw new SQLException("refused by the test", sqlState);
        }

        @Override
        public Optional<String> schema() {
            return Optional.empty();
        }
    }

    @Test
    public void findByIssues_shouldReadOnlyTheColumnsAContributionIsBuiltFromAndMatchTheSingleReads() {
        // given: forty contributions with active, withdrawn and removed children on two issues
        recordWithCorroborations(GW_1, 2);
        recordWithCorroborations(GW_2, 38);
        List<Contribution> oneByOne = new ArrayList<>(repository.findByIssue(GW_1.id()));
        oneByOne.addAll(repository.findByIssue(GW_2.id()));

        // when
        List<Contribution> found = new ArrayList<>();
        List<String> statements = statementsDuring(() -> found.addAll(repository.findByIssues(List.of(GW_1.id(), GW_2.id()))));

        // then: the same contributions, children and all, as the entity reads give
        assertEquals(oneByOne.stream().sorted(java.util.Comparator.comparingLong(Contribution::id)).toList(),
                found.stream().sorted(java.util.Comparator.comparingLong(Contribution::id)).toList());
        // ... from three statements that name their columns: no "*", none of the columns only writes use
        assertEquals(statements.toString(), 3, statements.size());
        for (String statement : statements) {
            String select = statement.substring(0, statement.toUpperCase(Locale.ROOT).indexOf(" FROM "));
            assertTrue(statement, !select.contains("*"));
            for (String writeOnly : List.of("CONTRIBUTION_CORROBORATOR", "WITHDRAWN_AT_MILLIS", "REMOVED_AT_MILLIS",
                    "LIST_INDEX")) {
                assertTrue(writeOnly + " read by " + statement, !select.toUpperCase(Locale.ROOT).contains(writeOnly));
            }
        }
    }

    @Test
    public void findUnattachedBetween_shouldReadPageAfterPageByDateThenIdWithoutLosingOrRepeatingRows() {
        // given: seven rows in the window over three days, pages of three, and rows outside the window
        AoContributionRepository paged = new AoContributionRepository(new EntityManagerActiveObjects(entityManager), host(), 3);
        List<Long> expected = new ArrayList<>();
        for (int day : new int[] {4, 2, 3, 2, 4, 2, 3}) {
            repository.create(unattached("frank", LocalDate.of(2026, 11, day), T0));
        }
        repository.create(unattached("frank", LocalDate.of(2026, 10, 31), T0));
        repository.create(unattached("frank", LocalDate.of(2026, 11, 30), T0));
        repository.findUnattachedBetween(LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 29))
                .forEach(c -> expected.add(c.id()));

        // when
        List<String> statements = new ArrayList<>();
        List<Contribution> found = new ArrayList<>();
        statements.addAll(statementsDuring(() -> found.addAll(
                paged.findUnattachedBetween(LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 29)))));

        // then: 3 + 3 + 1 rows, each page one query and its two child queries
        assertEquals(7, found.size());
        assertEquals(expected, found.stream().map(Contribution::id).toList());
        for (int i = 1; i < found.size(); i++) {
            assertTrue(!found.get(i).occurredOn().isBefore(found.get(i - 1).occurredOn()));
        }
        assertEquals(statements.toString(), 9, statements.size());
        assertEquals("one statement text per page", 1, statements.stream().filter(s -> s.contains("OCCURRED_ON"))
                .distinct().count());
    }

    @Test
    public void findReportGlueByIssues_shouldBeTheFullReadReducedFromTwoStatementsWithoutBeneficiariesOrNotes() {
        // given: contributions with beneficiaries, noted, withdrawn and active corroborations, links and an impact
        recordWithCorroborations(GW_1, 2);
        recordWithCorroborations(GW_2, 5);
        Contribution linked = repository.create(new NewContribution("documentation", "carol", "dave", GW_2,
                LocalDate.of(2026, 11, 30), "Wrote the runbook", "Cut on-call pages", List.of("bob"),
                List.of(java.net.URI.create("https://wiki.example/runbook"), java.net.URI.create("https://ci.example/2")),
                ContributionSource.SUGGESTED, T0.plusSeconds(99)));
        repository.addCorroboration(linked.id(), "erin", "Saw it used", T0.plusSeconds(100));
        List<Contribution> fullReadReduced = repository.findByIssues(List.of(GW_1.id(), GW_2.id())).stream()
                .sorted(java.util.Comparator.comparingLong(Contribution::id))
                .map(com.gluework.core.model.ReportGlue::reduced)
                .toList();

        // when
        List<Contribution> found = new ArrayList<>();
        List<String> statements = statementsDuring(() -> found.addAll(
                repository.findReportGlueByIssues(List.of(GW_1.id(), GW_2.id()))));

        // then: exactly the reduced full read, by id ...
        assertEquals(8, found.size());
        assertEquals(fullReadReduced, found);
        assertEquals(List.of(), found.get(7).beneficiaryKeys());
        assertEquals("", found.get(7).corroborations().get(0).note());
        // ... from the contributions and their corroborations (through Active Objects, or the same two in plain SQL):
        // no beneficiaries, no note, no write-only column
        if (plainSqlReads()) {
            assertEquals(statements.toString(), List.of(), statements);
            assertEquals(plainStatements.toString(), 2, plainStatements.size());
        } else {
            assertEquals(statements.toString(), 2, statements.size());
            assertEquals(List.of(), plainStatements);
        }
        assertReadsNoColumnAReportDoesNotNeed(plainSqlReads() ? plainStatements : statements);
    }

    /** Every statement names its columns, none that a report does not read. */
    private static void assertReadsNoColumnAReportDoesNotNeed(List<String> statements) {
        for (String statement : statements) {
            String select = statement.substring(0, statement.toUpperCase(Locale.ROOT).indexOf(" FROM ")).toUpperCase(Locale.ROOT);
            for (String unread : List.of("*", "NOTE", "BENEFICIARY", "CONTRIB_SOURCE", "UPDATED_AT_MILLIS",
                    "ROW_VERSION", "WITHDRAWN_AT_MILLIS", "LIST_INDEX")) {
                assertTrue(unread + " read by " + statement, !select.contains(unread));
            }
        }
    }

    @Test
    public void findReportGlueUnattachedBetween_shouldBeTheFullReadReducedPageAfterPage() {
        // given: seven rows in the window over three days, some corroborated, pages of three, rows outside the window
        AoContributionRepository paged = new AoContributionRepository(new EntityManagerActiveObjects(entityManager), host(), 3);
        int i = 0;
        for (int day : new int[] {4, 2, 3, 2, 4, 2, 3}) {
            Contribution c = repository.create(unattached("frank", LocalDate.of(2026, 11, day), T0.plusSeconds(i)));
            if (i++ % 2 == 0) {
                repository.addCorroboration(c.id(), "erin", "note " + i, T0.plusSeconds(50 + i));
            }
        }
        repository.create(unattached("frank", LocalDate.of(2026, 10, 31), T0));
        repository.create(unattached("frank", LocalDate.of(2026, 11, 30), T0));
        List<Contribution> fullReadReduced = paged.findUnattachedBetween(LocalDate.of(2026, 11, 1),
                LocalDate.of(2026, 11, 29)).stream().map(com.gluework.core.model.ReportGlue::reduced).toList();

        // when
        List<Contribution> found = new ArrayList<>();
        List<String> statements = statementsDuring(() -> found.addAll(
                paged.findReportGlueUnattachedBetween(LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 29))));

        // then: the same seven in the same order (date, then id), each page one query and one child query through
        // Active Objects; in plain SQL the contributions without pages, then their corroborations
        assertEquals(7, found.size());
        assertEquals(fullReadReduced, found);
        if (plainSqlReads()) {
            assertEquals(statements.toString(), List.of(), statements);
            assertEquals(plainStatements.toString(), 2, plainStatements.size());
        } else {
            assertEquals(statements.toString(), 6, statements.size());
        }
        assertReadsNoColumnAReportDoesNotNeed(plainSqlReads() ? plainStatements : statements);
    }

    @Test
    public void findReportGlue_shouldReadWhatTheActiveObjectsReadsReadInTheSameOrder() {
        // given: on two issues and unattached — noted, withdrawn and re-made corroborations at equal times, retired
        // glue, an impact, links, no project, characters beyond Latin-1 and SQL's quotes; created out of id order
        recordWithCorroborations(GW_1, 3);
        recordWithCorroborations(GW_2, 2);
        Contribution rich = repository.create(new NewContribution("docs", "carol", "bob", GW_2, LocalDate.of(2026, 11, 3),
                "Runbook \u2014 'quoted' \"twice\" \uD83D\uDE80", "On-call \u00BD time", List.of("dave"),
                List.of(java.net.URI.create("https://example.com/a"), java.net.URI.create("https://example.com/b?x=1&y=2")),
                ContributionSource.SUGGESTED, T0.minusSeconds(60)));
        repository.addCorroboration(rich.id(), "erin", "Saw it \u2014 \u00E9t\u00E9", T0.plusSeconds(30));
        repository.addCorroboration(rich.id(), "bob", "", T0.plusSeconds(30));
        repository.withdrawCorroboration(rich.id(), "erin", T0.plusSeconds(31),
                NewContributionChange.corroborationWithdrawn("erin", T0.plusSeconds(31)));
        repository.addCorroboration(rich.id(), "erin", "again", T0.plusSeconds(32));
        Contribution retired = repository.create(newContribution(GW_1, "dave", T0.plusSeconds(5)));
        repository.update(withState(retired, com.gluework.core.model.ContributionState.RETIRED, T0.plusSeconds(6)), 1,
                NewContributionChange.retired("bob", T0.plusSeconds(6)));
        int i = 0;
        for (LocalDate day : List.of(LocalDate.of(2026, 11, 4), LocalDate.of(2026, 11, 2), LocalDate.of(2026, 11, 3),
                LocalDate.of(2026, 11, 2), LocalDate.of(2026, 11, 4), LocalDate.of(2026, 11, 2),
                LocalDate.of(2026, 10, 31), LocalDate.of(2026, 10, 30), LocalDate.of(2026, 11, 30))) {
            Contribution c = repository.create(unattached(i % 2 == 0 ? "frank" : "gina", day, T0.plusSeconds(100 - i)));
            if (i++ % 3 == 0) {
                repository.addCorroboration(c.id(), "erin", "note \u00E9 " + i, T0.plusSeconds(50 + i));
                repository.addCorroboration(c.id(), "dave", "", T0.plusSeconds(50 + i));
            }
        }
        Contribution retiredUnattached = repository.create(unattached("frank", LocalDate.of(2026, 11, 2), T0));
        repository.update(withState(retiredUnattached, com.gluework.core.model.ContributionState.RETIRED, T0), 1,
                NewContributionChange.retired("bob", T0.plusSeconds(1)));
        // more issue ids than one IN list takes: three chunks, most of them issues without glue, one given twice;
        // and more contributions on them than one corroboration statement takes
        recordWithCorroborations(new com.gluework.core.model.IssueRef(20_001, "GW-20001", 10000, "GW", ""),
                AoContributionRepository.IN_CHUNK + 3);
        List<Long> issueIds = new ArrayList<>();
        for (long id = 20_000; id < 21_100; id++) {
            issueIds.add(id);
        }
        issueIds.add(700, GW_1.id());
        issueIds.add(GW_2.id());
        issueIds.add(GW_1.id());
        AoContributionRepository paged = new AoContributionRepository(new EntityManagerActiveObjects(entityManager), host(), 3);

        // when
        List<Contribution> byIssues = paged.findReportGlueByIssues(issueIds);
        List<Contribution> byIssuesThroughActiveObjects = paged.findReportGlueByIssuesThroughActiveObjects(issueIds);
        LocalDate from = LocalDate.of(2026, 10, 31);
        LocalDate to = LocalDate.of(2026, 11, 29);
        List<Contribution> unattached = paged.findReportGlueUnattachedBetween(from, to);
        List<Contribution> unattachedThroughActiveObjects = paged.findReportGlueUnattachedThroughActiveObjects(from, to);

        // then: equal lists (every field, corroborations in order), retired glue only where the AO read has it too
        assertEquals(7 + AoContributionRepository.IN_CHUNK + 3, byIssues.size());
        assertEquals(byIssuesThroughActiveObjects, byIssues);
        Contribution richRead = byIssues.stream().filter(c -> c.id() == rich.id()).findFirst().orElseThrow();
        assertEquals(List.of("bob", "erin"), richRead.corroborations().stream().map(c -> c.corroboratorKey()).toList());
        assertEquals("On-call \u00BD time", richRead.impact());
        assertEquals(7, unattached.size());
        assertEquals(unattachedThroughActiveObjects, unattached);
        assertEquals(List.of(), paged.findReportGlueByIssues(List.of(10003L)));
        assertEquals(List.of(), paged.findReportGlueByIssues(List.of()));
        assertEquals(List.of(), paged.findReportGlueUnattachedBetween(to, from));
    }

    @Test
    public void findReportGlue_shouldReadThroughActiveObjectsFromNowOnWhenTheDatabaseRefusesTheStatementsText() {
        // given: a database that answers every plain statement with "undefined table" (SQL state class 42)
        recordWithCorroborations(GW_1, 2);
        repository.create(unattached("frank", LocalDate.of(2026, 11, 2), T0));
        AoContributionRepository reference = new AoContributionRepository(new EntityManagerActiveObjects(entityManager));
        FailingHost refusing = new FailingHost("42P01");
        AoContributionRepository refused = new AoContributionRepository(new EntityManagerActiveObjects(entityManager),
                refusing, 3);

        // when: two reports' reads, then a panel read
        for (int report = 0; report < 2; report++) {
            assertEquals(reference.findReportGlueByIssues(List.of(GW_1.id())), refused.findReportGlueByIssues(List.of(GW_1.id())));
            assertEquals(reference.findReportGlueUnattachedBetween(LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 3)),
                    refused.findReportGlueUnattachedBetween(LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 3)));
        }
        int reportAttempts = refusing.reads;
        assertEquals(reference.findByIssue(GW_1.id()), refused.findByIssue(GW_1.id()));

        // then: the same glue as Active Objects reads; the report's statements were tried once only, and the refusal
        // of the report's text did not stop the panel's statement from being tried
        assertEquals(1, reportAttempts);
        assertEquals(2, refusing.reads);
    }

    @Test
    public void findReportGlue_shouldFallBackForThatReadAloneWhenTheStatementFailsOtherwise() {
        // given: a connection failure (SQL state class 08), not a refusal of the text
        recordWithCorroborations(GW_1, 2);
        AoContributionRepository reference = new AoContributionRepository(new EntityManagerActiveObjects(entityManager));
        FailingHost failing = new FailingHost("08006");
        AoContributionRepository flaky = new AoContributionRepository(new EntityManagerActiveObjects(entityManager),
                failing, 3);

        // when
        List<Contribution> first = flaky.findReportGlueByIssues(List.of(GW_1.id()));
        List<Contribution> second = flaky.findReportGlueByIssues(List.of(GW_1.id()));
        flaky.findReportGlueUnattachedBetween(LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 3));

        // then: read through Active Objects each time, and the statement tried again on every read
        assertEquals(reference.findReportGlueByIssues(List.of(GW_1.id())), first);
        assertEquals(first, second);
        assertEquals(2, first.size());
        assertEquals(3, failing.reads);
    }

    @Test
    public void findHistory_shouldCostTwoQueriesHoweverLongTheHistory() {
        // given
        Contribution c = repository.create(newContribution(GW_1, "bob", T0));
        for (int i = 0; i < 10; i++) {
            repository.addCorroboration(c.id(), "peer" + i, "note " + i, T0.plusSeconds(i + 1));
        }
        Contribution retired = repository.update(withState(c, com.gluework.core.model.ContributionState.RETIRED, T0),
                11, NewContributionChange.retired("bob", T0.plusSeconds(20)));
        repository.update(withState(retired, com.gluework.core.model.ContributionState.ACTIVE, T0), 12,
                NewContributionChange.restored("bob", T0.plusSeconds(21)));

        // when
        List<String> statements = statementsDuring(() -> assertEquals(13, repository.findHistory(c.id()).size()));

        // then: the changes, then all their fields
        assertEquals(statements.toString(), 2, statements.size());
    }

    @Test
    public void migrate_shouldCreateAtlassianStyleTableNames() throws Exception {
        // given
        List<String> expected = List.of("CONTRIB", "BENEFICIARY", "CORROB", "CATEGORY", "CONTRIB_CHANGE", "CHANGE_FIELD",
                        "PACKET_VIEW", "WEEKLY_NOTE", "NOTE_REVISION")
                .stream().map(name -> GlueWorkTableNameConverter.PREFIX + name).toList();

        // when
        List<String> names = List.of(ContributionEntity.class, BeneficiaryEntity.class, CorroborationEntity.class,
                CategoryEntity.class, ChangeEntity.class, ChangeFieldEntity.class, PacketViewEntity.class,
                WeeklyNoteEntity.class, NoteRevisionEntity.class).stream()
                .map(type -> entityManager.getTableNameConverter().getName(type)).toList();

        // then
        assertEquals(expected, names);
        DatabaseProvider provider = entityManager.getProvider();
        try (Connection connection = provider.getConnection()) {
            for (String name : names) {
                try (ResultSet tables = connection.getMetaData().getTables(null, null, name, null)) {
                    assertTrue(name + " exists", tables.next());
                }
            }
        }
        assertTrue(GlueWorkTableNameConverter.PREFIX.matches("AO_[0-9A-F]{6}_"));
        assertEquals(GlueWorkTableNameConverter.PREFIX.toUpperCase(Locale.ROOT), GlueWorkTableNameConverter.PREFIX);
    }

    /** Each with two active corroborations and a withdrawn one, two current beneficiaries and a removed one. */
    private void recordWithCorroborations(com.gluework.core.model.IssueRef issue, int contributions) {
        for (int i = 0; i < contributions; i++) {
            Contribution c = repository.create(new NewContribution("review", "bob", "bob", issue, LocalDate.of(2026, 11, 1),
                    "Review " + i, "", List.of("carol", "dave", "gina"), List.of(), ContributionSource.MANUAL, T0.plusSeconds(i)));
            repository.addCorroboration(c.id(), "erin", "", T0.plusSeconds(i + 1));
            repository.addCorroboration(c.id(), "frank", "", T0.plusSeconds(i + 2));
            repository.addCorroboration(c.id(), "harry", "", T0.plusSeconds(i + 3));
            repository.withdrawCorroboration(c.id(), "harry", T0.plusSeconds(i + 4),
                    NewContributionChange.corroborationWithdrawn("harry", T0.plusSeconds(i + 4)));
            repository.update(withBeneficiaryKeys(c, List.of("carol", "dave")), 5,
                    NewContributionChange.edited("bob", T0, c, withBeneficiaryKeys(c, List.of("carol", "dave"))));
        }
    }

    /** The SQL statements a piece of work sends; AO 3.x caches no values across queries, so lazy loads would show. */
    private List<String> statementsDuring(Runnable work) {
        List<String> statements = new ArrayList<>();
        DatabaseProvider.SqlListener listener = statements::add;
        entityManager.getProvider().addSqlListener(listener);
        try {
            work.run();
        } finally {
            entityManager.getProvider().removeSqlListener(listener);
        }
        return statements;
    }
}
