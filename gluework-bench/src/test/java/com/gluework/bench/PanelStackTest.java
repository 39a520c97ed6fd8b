package com.gluework.bench;

import com.gluework.ao.AoContributionRepository;
import com.gluework.ao.entity.BeneficiaryEntity;
import com.gluework.ao.entity.ChangeEntity;
import com.gluework.ao.entity.ChangeFieldEntity;
import com.gluework.ao.entity.ContributionEntity;
import com.gluework.ao.entity.CorroborationEntity;
import com.gluework.bench.BenchDataset.GeneratedContribution;
import com.gluework.core.model.ChangeKind;
import com.gluework.core.model.Contribution;
import com.gluework.core.model.ContributionChange;
import com.gluework.core.model.ContributionState;
import com.gluework.core.model.Corroboration;
import com.gluework.core.model.NewContribution;
import com.gluework.web.rest.dto.ContributionDto;
import com.gluework.web.rest.dto.NewContributionDto;
import org.junit.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.IntStream;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

/** The benchmark's store and wiring on small datasets in in-memory H2 (no benchmark runs here). */
public class PanelStackTest {

    @Test
    public void open_onEmptyStore_shouldLoadEveryRowOfTheDatasetIncludingItsHistory() {
        // given
        BenchDataset dataset = new BenchDataset(3, 10);
        List<GeneratedContribution> generated = IntStream.rangeClosed(1, 3)
                .mapToObj(dataset::generateIssue).flatMap(List::stream).toList();

        // when
        try (PanelStack stack = PanelStack.open(inMemoryH2("load"), ConnectionPooling.NONE, dataset)) {

            // then
            var ao = stack.activeObjects();
            assertEquals(30, ao.count(ContributionEntity.class));
            assertEquals(generated.stream().mapToInt(c -> c.contribution().beneficiaryKeys().size()).sum(),
                    ao.count(BeneficiaryEntity.class));
            assertEquals(generated.stream().mapToInt(c -> c.corroborations().size()).sum(),
                    ao.count(CorroborationEntity.class));
            assertEquals(generated.stream().mapToInt(c -> c.history().size()).sum(), ao.count(ChangeEntity.class));
            assertEquals(generated.stream().flatMap(c -> c.history().stream()).mapToInt(h -> h.fieldChanges().size()).sum(),
                    ao.count(ChangeFieldEntity.class));
            String panel = stack.renderPanel(BenchDataset.issueKey(1));
            dataset.generateIssue(1).stream().filter(c -> !c.retired())
                    .forEach(c -> assertTrue(c.contribution().summary(), panel.contains(c.contribution().summary())));
        }
    }

    @Test
    public void open_shouldStoreEachContributionAsTheRepositoryReadsItBack() {
        // given: the first issue with a retired contribution and a corroborated one, so both kinds of history are loaded
        BenchDataset dataset = new BenchDataset(200, 10);
        GeneratedContribution retired = firstMatching(dataset, GeneratedContribution::retired);
        GeneratedContribution corroborated = firstMatching(dataset, c -> !c.corroborations().isEmpty());

        // when
        try (PanelStack stack = PanelStack.open(inMemoryH2("read-back"), ConnectionPooling.DBCP, dataset)) {

            // then
            AoContributionRepository repository = new AoContributionRepository(stack.activeObjects());
            for (GeneratedContribution expected : List.of(retired, corroborated)) {
                Contribution stored = repository.findById(expected.id()).orElseThrow();
                NewContribution c = expected.contribution();
                assertEquals(c.summary(), stored.summary());
                assertEquals(c.contributorKey(), stored.contributorKey());
                assertEquals(c.beneficiaryKeys(), stored.beneficiaryKeys());
                assertEquals(c.evidenceLinks(), stored.evidenceLinks());
                assertEquals(expected.version(), stored.version());
                assertEquals(expected.retired() ? ContributionState.RETIRED : ContributionState.ACTIVE, stored.state());
                assertEquals(expected.corroborations().stream().map(BenchDataset.GeneratedCorroboration::corroboratorKey).toList(),
                        stored.corroborations().stream().map(Corroboration::corroboratorKey).toList());
                assertEquals(expected.history().stream().map(h -> h.kind()).toList(),
                        repository.findHistory(expected.id()).stream().map(ContributionChange::kind).toList());
            }
            assertEquals(ChangeKind.RETIRED, repository.findHistory(retired.id()).get(retired.history().size() - 1).kind());
        }
    }

    @Test
    public void open_whenStoreHoldsTheDatasetAndBenchmarkWrites_shouldRemoveTheWritesAndKeepTheDataset() {
        // given: a loaded store, one of its rows marked (a reload would overwrite it), then benchmark writes
        BenchDatabase database = inMemoryH2("reuse");
        BenchDataset dataset = new BenchDataset(20, 10);
        int corroborationsLoaded;
        try (PanelStack first = PanelStack.open(database, ConnectionPooling.NONE, dataset)) {
            corroborationsLoaded = first.activeObjects().count(CorroborationEntity.class);
            ContributionEntity marked = first.activeObjects().find(ContributionEntity.class, "ID = ?", 7)[0];
            marked.setSummary("Marked by the test");
            marked.save();
            ContributionDto recorded = first.record("bob", BenchDataset.issueKey(2), glue("Paired with Dave", List.of("dave")));
            assertTrue("AO's ids continue after the dataset's", recorded.id() > dataset.contributions());
            CorroborateBenchmark.Candidate candidate = new CorroborateBenchmark.Candidates().from(dataset).next();
            first.corroborate(candidate.corroborator(), candidate.contributionId(), "Saw it");
        }

        // when
        try (PanelStack second = PanelStack.open(database, ConnectionPooling.NONE, dataset)) {

            // then: the dataset's rows, not reloaded, without what the benchmarks wrote
            var ao = second.activeObjects();
            assertEquals("Marked by the test", ao.find(ContributionEntity.class, "ID = ?", 7)[0].getSummary());
            assertEquals(dataset.contributions(), ao.count(ContributionEntity.class));
            assertEquals(corroborationsLoaded, ao.count(CorroborationEntity.class));
            assertEquals(0, ao.count(ChangeEntity.class, "CHANGED_AT_MILLIS >= ?", BenchDataset.WRITES_FROM.toEpochMilli()));
            assertFalse(dataset.ensureLoaded(ao, database));
        }
    }

    @Test
    public void benchmarkRequests_shouldAllBeAccepted() {
        // given
        BenchDataset dataset = new BenchDataset(50, 10);
        try (PanelStack stack = PanelStack.open(inMemoryH2("accepted"), ConnectionPooling.DBCP, dataset)) {
            RecordContributionBenchmark.RandomRecording recording = new RecordContributionBenchmark.RandomRecording().on(dataset);
            CorroborateBenchmark.Candidates candidates = new CorroborateBenchmark.Candidates().from(dataset);
            int corroborationsBefore = stack.activeObjects().count(CorroborationEntity.class);

            // when: as many calls as the benchmarks would make on a store this size; a refused one throws
            for (int i = 0; i < 150; i++) {
                RecordContributionBenchmark.RandomRecording.Request request = recording.next();
                stack.record(request.actor(), request.issueKey(), request.body());
                CorroborateBenchmark.Candidate candidate = candidates.next();
                stack.corroborate(candidate.corroborator(), candidate.contributionId(), candidate.note());
            }

            // then
            assertEquals(dataset.contributions() + 150, stack.activeObjects().count(ContributionEntity.class));
            assertEquals(corroborationsBefore + 150, stack.activeObjects().count(CorroborationEntity.class));
        }
    }

    @Test
    public void renderPanel_shouldSendAsManyStatementsWhateverTheNumberOfContributionsAndCorroborations() {
        // given: an issue that only this test writes to
        try (PanelStack stack = PanelStack.open(inMemoryH2("statements"), ConnectionPooling.DBCP, new BenchDataset(1, 0))) {
            String issue = BenchDataset.issueKey(1);
            List<Long> ids = new ArrayList<>();
            List<Integer> statements = new ArrayList<>();

            // when: measured at 1, 10 and 60 contributions without corroborations, then with four on each of the 60
            for (int target : new int[]{1, 10, 60}) {
                while (ids.size() < target) {
                    ids.add(stack.record("bob", issue, glue("Glue number " + ids.size(), List.of("carol"))).id());
                }
                statements.add(stack.statementsDuring(() -> stack.renderPanel(issue)));
            }
            for (long id : ids) {
                for (String peer : List.of("alice", "carol", "dave", "erin")) {
                    stack.corroborate(peer, id, "Saw it happen");
                }
            }
            statements.add(stack.statementsDuring(() -> stack.renderPanel(issue)));

            // then
            assertTrue("a render sends statements", statements.get(0) > 0);
            assertEquals("statements at 1, 10, 60 contributions and at 60 with 240 corroborations",
                    List.of(statements.get(0), statements.get(0), statements.get(0), statements.get(0)), statements);
        }
    }

    @Test
    public void renderPanelWithSuggestions_shouldShowPossibleGlueWithoutAStatementOfItsOwn() {
        try (PanelStack stack = PanelStack.open(inMemoryH2("suggestions"), ConnectionPooling.DBCP, new BenchDataset(1, 0))) {
            String issue = BenchDataset.issueKey(1);
            List<Integer> extra = new ArrayList<>();
            for (int target : new int[]{1, 10}) {
                while (extra.size() < target) {
                    stack.record("bob", issue, glue("Glue number " + extra.size(), List.of("carol")));
                    extra.add(0);
                }
                extra.set(target - 1, stack.statementsDuring(() -> stack.renderPanelWithSuggestions(issue))
                        - stack.statementsDuring(() -> stack.renderPanel(issue)));
            }

            assertTrue(stack.renderPanelWithSuggestions(issue).contains("data-suggestion-id="));
            assertFalse(stack.renderPanel(issue).contains("data-suggestion-id="));
            // the dismissed suggestion traces come with the panel's one statement (IssueGlueStatement), so "Possible
            // glue" sends nothing more, however much glue the issue has
            assertEquals("extra statements at 1 and 10 contributions", List.of(0, 0), List.of(extra.get(0), extra.get(9)));
        }
    }

    private static NewContributionDto glue(String summary, List<String> beneficiaries) {
        return new NewContributionDto("review", null, summary, "Caught a race before release", beneficiaries,
                List.of("https://bitbucket.example.com/projects/BENCH/repos/gluework/pull-requests/7/overview"), null);
    }

    private static GeneratedContribution firstMatching(BenchDataset dataset,
                                                       Predicate<GeneratedContribution> wanted) {
        return IntStream.rangeClosed(1, dataset.issues()).mapToObj(dataset::generateIssue).flatMap(List::stream)
                .filter(wanted).findFirst().orElseThrow();
    }

    private static BenchDatabase inMemoryH2(String name) {
        return new BenchDatabase(BenchDatabase.H2, "jdbc:h2:mem:bench-" + name + ";DB_CLOSE_DELAY=-1", "sa", "");
    }
}
