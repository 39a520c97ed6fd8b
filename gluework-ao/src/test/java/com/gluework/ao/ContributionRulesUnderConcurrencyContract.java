package com.gluework.ao;

import com.gluework.ao.entity.ChangeEntity;
import com.gluework.ao.testing.EntityManagerActiveObjects;
import com.gluework.core.error.GlueWorkException;
import com.gluework.core.model.ChangeKind;
import com.gluework.core.model.Contribution;
import com.gluework.core.model.ContributionDraft;
import com.gluework.core.service.ContributionService;
import net.java.ao.Query;
import com.gluework.core.testing.FakeHost;
import com.gluework.core.testing.InMemoryCategoryRepository;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Function;

import static org.junit.Assert.assertEquals;

/**
 * The rules of corroboration hold under concurrency, enforced by the database: two "nodes" — each its own
 * {@link ContributionService} over its own connection pool, as two Jira Data Center nodes would be — race a
 * corroboration against the edit or retirement that would make it illegal, {@value #TRIALS} times per race (override
 * with {@code -Dgluework.race.trials=N}). No JVM lock is shared between them; only the database orders their writes.
 * <p>
 * Every outcome must be a success or a designed refusal (a {@link GlueWorkException}: 409, 403, 400, 404), and the
 * stored result must never break a rule, whoever won. The counts of each outcome are printed so a run shows that both
 * orders actually happened.
 */
public abstract class ContributionRulesUnderConcurrencyContract {
    static final int TRIALS = Integer.getInteger("gluework.race.trials", 300);
    static final int WRITERS = 8;
    static final int ROUNDS_PER_WRITER = 40;
    private static final Optional<String> BOB = Optional.of("bob");
    private static final Optional<String> DAVE = Optional.of("dave");

    private final FakeHost host = new FakeHost()
            .withIssue(10001, "GW-1")
            .withPerson("bob", "Bob").withPerson("carol", "Carol").withPerson("dave", "Dave");
    private final ExecutorService threads = Executors.newFixedThreadPool(2);
    private EntityManagerActiveObjects nodeA;
    private EntityManagerActiveObjects nodeB;
    private ContributionService serviceA;
    private ContributionService serviceB;

    /** Opens one node's connection pool on the shared database; called twice, the tables migrated by the first. */
    protected abstract EntityManagerActiveObjects openNode();

    @Before
    public void startTwoNodes() {
        nodeA = openNode();
        nodeA.migrate(GlueWorkEntities.array());
        nodeB = openNode();
        serviceA = serviceOn(nodeA);
        serviceB = serviceOn(nodeB);
    }

    @After
    public void stopNodes() {
        threads.shutdownNow();
        nodeA.close();
        nodeB.close();
    }

    @Test
    public void corroborating_whileTheContributorIsChangedToTheCorroborator_shouldNeverLeaveSelfCorroboration() throws Exception {
        Outcomes outcomes = race("contributor → corroborator",
                id -> serviceA.corroborate(DAVE, id, "Saw it"),
                id -> serviceB.edit(BOB, id, draft("dave", "Caught a data race"), 1),
                stored -> {
                    boolean selfCorroborated = stored.isCorroboratedBy(stored.contributorKey());
                    return selfCorroborated ? "Dave corroborates his own glue" : null;
                });
        assertEquals(outcomes.violations.toString(), List.of(), outcomes.violations);
    }

    @Test
    public void corroborating_whileTheContributionIsRetired_shouldNeverCorroborateRetiredGlue() throws Exception {
        Outcomes outcomes = race("retire",
                id -> serviceA.corroborate(DAVE, id, "Saw it"),
                id -> serviceB.retire(BOB, id, 1),
                stored -> {
                    List<ChangeKind> kinds = historyKinds(stored.id());
                    int retired = kinds.indexOf(ChangeKind.RETIRED);
                    boolean corroboratedAfter = retired >= 0 && kinds.subList(retired, kinds.size()).contains(ChangeKind.CORROBORATED);
                    return corroboratedAfter ? "corroborated after it was retired: " + kinds : null;
                });
        assertEquals(outcomes.violations.toString(), List.of(), outcomes.violations);
    }

    @Test
    public void corroborating_whileTheSummaryIsEdited_shouldNeverKeepACorroborationOfTheOldText() throws Exception {
        Outcomes outcomes = race("summary edit",
                id -> serviceA.corroborate(DAVE, id, "Saw it"),
                id -> serviceB.edit(BOB, id, draft("carol", "Redesigned the whole retry path"), 1),
                stored -> {
                    List<ChangeKind> kinds = historyKinds(stored.id());
                    int edited = kinds.lastIndexOf(ChangeKind.EDITED);
                    int corroborated = kinds.lastIndexOf(ChangeKind.CORROBORATED);
                    boolean keptAcrossEdit = stored.isCorroboratedBy("dave") && edited > corroborated;
                    return keptAcrossEdit ? "Dave's corroboration of the old summary survived the edit: " + kinds : null;
                });
        assertEquals(outcomes.violations.toString(), List.of(), outcomes.violations);
    }

    /**
     * Writes to different contributions share no rule, so none may fail: {@value #WRITERS} writers, half on each node,
     * each recording contributions and editing each one three times, as the kill -9 test's writers do over HTTP. On
     * PostgreSQL, Active Objects' SERIALIZABLE transactions made the database refuse some of them ("could not
     * serialize access due to read/write dependencies", 40001), which reached users as 500s; the repository now runs
     * such a transaction again.
     */
    @Test
    public void writingDifferentContributionsAtOnce_shouldStoreEveryWrite() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(WRITERS);
        try {
            List<Future<List<String>>> results = new ArrayList<>();
            CyclicBarrier start = new CyclicBarrier(WRITERS);
            for (int w = 0; w < WRITERS; w++) {
                ContributionService service = w % 2 == 0 ? serviceA : serviceB;
                int writer = w;
                results.add(pool.submit(() -> {
                    List<String> failures = new ArrayList<>();
                    start.await(10, TimeUnit.SECONDS);
                    for (int round = 0; round < ROUNDS_PER_WRITER && failures.isEmpty(); round++) {
                        String name = "writer " + writer + " round " + round;
                        try {
                            long id = service.record(BOB, "GW-1", draft("carol", name + " edit 0")).id();
                            for (int edit = 1; edit <= 3; edit++) {
                                service.edit(BOB, id, draft("carol", name + " edit " + edit), edit);
                            }
                            String stored = serviceA.find(BOB, id).summary();
                            if (!stored.equals(name + " edit 3")) {
                                failures.add(name + " stored " + stored);
                            }
                        } catch (RuntimeException e) {
                            failures.add(name + ": " + e);
                        }
                    }
                    return failures;
                }));
            }
            List<String> failures = new ArrayList<>();
            for (Future<List<String>> result : results) {
                failures.addAll(result.get(300, TimeUnit.SECONDS));
            }
            assertEquals(failures.toString(), List.of(), failures);
        } finally {
            pool.shutdownNow();
        }
    }

    /**
     * Runs the two writes against a fresh contribution (Bob recorded Carol's review, version 1), started together,
     * {@value #TRIALS} times, and checks each stored result.
     *
     * @param violation the rule broken by the stored contribution, or {@code null}
     */
    private Outcomes race(String name, Consumer<Long> corroboration, Consumer<Long> change,
                          Function<Contribution, String> violation) throws Exception {
        Outcomes outcomes = new Outcomes();
        for (int trial = 0; trial < TRIALS; trial++) {
            long id = serviceA.record(BOB, "GW-1", draft("carol", "Caught a data race")).id();
            CyclicBarrier start = new CyclicBarrier(2);
            Future<String> first = threads.submit(() -> attempt(start, () -> corroboration.accept(id)));
            Future<String> second = threads.submit(() -> attempt(start, () -> change.accept(id)));
            String corroborated = first.get(30, TimeUnit.SECONDS);
            String changed = second.get(30, TimeUnit.SECONDS);
            outcomes.count("corroborate " + corroborated + ", " + name + " " + changed);
            if (corroborated.startsWith("failed") || changed.startsWith("failed")) {
                outcomes.violations.add("trial " + trial + ": " + corroborated + " / " + changed);
            }
            Contribution stored = serviceA.find(BOB, id);
            String broken = violation.apply(stored);
            if (broken != null) {
                outcomes.violations.add("trial " + trial + ": " + broken);
            }
        }
        System.out.println(getClass().getSimpleName() + " — corroborate vs " + name + ", " + TRIALS + " trials: "
                + outcomes.counts);
        return outcomes;
    }

    /**
     * "Not glue" answered on two nodes at the same moment (issue 12): both answers succeed, and the database keeps one
     * row per trace, the unique trace id deciding, not a lock.
     */
    @Test
    public void dismiss_shouldStoreOneRowPerTraceWhenTwoNodesAnswerAtOnce() throws Exception {
        AoSuggestionDismissals dismissalsA = new AoSuggestionDismissals(nodeA, Clock.systemUTC());
        AoSuggestionDismissals dismissalsB = new AoSuggestionDismissals(nodeB, Clock.systemUTC());
        List<String> failures = new ArrayList<>();
        for (int trial = 0; trial < TRIALS; trial++) {
            String trace = String.format("%032x", trial);
            CyclicBarrier start = new CyclicBarrier(2);
            Future<String> first = threads.submit(() -> attempt(start, () -> dismissalsA.dismiss(10001, List.of(trace), "bob")));
            Future<String> second = threads.submit(() -> attempt(start, () -> dismissalsB.dismiss(10001, List.of(trace), "dave")));
            String a = first.get(30, TimeUnit.SECONDS);
            String b = second.get(30, TimeUnit.SECONDS);
            int rows = dismissalsA.dismissedBy(trace).size();
            if (!a.equals("stored") || !b.equals("stored") || rows != 1) {
                failures.add("trial " + trial + ": " + a + " / " + b + ", " + rows + " rows");
            }
        }
        assertEquals(List.of(), failures);
        assertEquals(TRIALS, dismissalsB.dismissedOn(List.of(10001L)).size());
    }

    /** "stored", "refused (field)" for a designed refusal, or "failed: …" for anything else. */
    private static String attempt(CyclicBarrier start, Runnable write) throws Exception {
        start.await(10, TimeUnit.SECONDS);
        try {
            write.run();
            return "stored";
        } catch (GlueWorkException e) {
            return "refused (" + e.getClass().getSimpleName() + " " + e.errors().get(0).field() + ")";
        } catch (RuntimeException e) {
            return "failed: " + e;
        }
    }

    /** The history's kinds in the order the database stored them (the version claims make that the change order). */
    private List<ChangeKind> historyKinds(long contributionId) {
        List<ChangeKind> kinds = new ArrayList<>();
        for (ChangeEntity row : nodeA.find(ChangeEntity.class, Query.select()
                .where("CONTRIBUTION_ID = ?", (int) contributionId).order("ID ASC"))) {
            kinds.add(ChangeKind.valueOf(row.getChangeKind()));
        }
        return kinds;
    }

    private ContributionService serviceOn(EntityManagerActiveObjects node) {
        return new ContributionService(new AoContributionRepository(node), new InMemoryCategoryRepository(), host, host,
                host, Clock.systemUTC());
    }

    private static ContributionDraft draft(String contributorKey, String summary) {
        return new ContributionDraft("review", contributorKey, summary, "", List.of(), List.of(), LocalDate.of(2026, 11, 20));
    }

    private static final class Outcomes {
        final Map<String, Integer> counts = new TreeMap<>();
        final List<String> violations = new ArrayList<>();

        void count(String outcome) {
            counts.merge(outcome, 1, Integer::sum);
        }
    }
}
