package com.gluework.bench;

import com.gluework.ao.entity.ContributionEntity;
import com.gluework.ao.entity.CorroborationEntity;
import com.gluework.core.model.ContributionState;
import net.java.ao.Query;
import org.junit.Test;

import java.util.List;
import java.util.stream.IntStream;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

/** The benchmark's store and wiring on small datasets in in-memory H2 (no benchmark runs here). */
public class PanelStackTest {
    private static final String ROW = "class=\"gluework-contribution\"";

    @Test
    public void open_onEmptyStore_shouldLoadEveryContributionAndRenderItsActiveOnes() {
        // given
        BenchDataset dataset = new BenchDataset(3, 10);

        // when
        try (PanelStack stack = PanelStack.open(inMemoryH2("load"), ConnectionPooling.NONE, dataset)) {

            // then
            assertEquals(30, stack.activeObjects().count(ContributionEntity.class));
            List<BenchDataset.GeneratedContribution> firstIssue = dataset.generateIssue(1);
            long active = firstIssue.stream()
                    .filter(c -> ContributionState.ACTIVE.name().equals(c.row().get("CONTRIB_STATE"))).count();
            assertEquals(active, occurrences(stack.renderPanel(BenchDataset.issueKey(1)), ROW));
            int corroborations = IntStream.rangeClosed(1, 3)
                    .map(n -> dataset.generateIssue(n).stream().mapToInt(c -> c.corroboratorKeys().size()).sum())
                    .sum();
            assertEquals(corroborations, stack.activeObjects().count(CorroborationEntity.class));
        }
    }

    @Test
    public void open_whenStoreAlreadyHoldsTheDataset_shouldKeepItInsteadOfReloading() {
        // given
        BenchDatabase database = inMemoryH2("reuse");
        BenchDataset dataset = new BenchDataset(2, 10);
        int firstId;
        try (PanelStack first = PanelStack.open(database, ConnectionPooling.NONE, dataset)) {
            firstId = lowestContributionId(first);
        }

        // when
        try (PanelStack second = PanelStack.open(database, ConnectionPooling.NONE, dataset)) {

            // then: a reload would have assigned new ids
            assertFalse(dataset.ensureLoaded(second.activeObjects(), false));
            assertEquals(20, second.activeObjects().count(ContributionEntity.class));
            assertEquals(firstId, lowestContributionId(second));
        }
    }

    @Test
    public void renderPanel_shouldSendAsManyStatementsForSixtyContributionsAsForOne() {
        // given
        int statementsForOne;
        int statementsForSixty;

        // when
        try (PanelStack one = PanelStack.open(inMemoryH2("one"), ConnectionPooling.DBCP, new BenchDataset(2, 1))) {
            one.renderPanel(BenchDataset.issueKey(1)); // categories are seeded by the first read
            statementsForOne = one.statementsDuring(() -> one.renderPanel(BenchDataset.issueKey(2)));
        }
        try (PanelStack sixty = PanelStack.open(inMemoryH2("sixty"), ConnectionPooling.DBCP, new BenchDataset(2, 60))) {
            sixty.renderPanel(BenchDataset.issueKey(1));
            statementsForSixty = sixty.statementsDuring(() -> sixty.renderPanel(BenchDataset.issueKey(2)));
        }

        // then
        assertTrue("a render sends statements", statementsForOne > 0);
        assertEquals(statementsForOne, statementsForSixty);
    }

    private static BenchDatabase inMemoryH2(String name) {
        return new BenchDatabase(BenchDatabase.H2, "jdbc:h2:mem:bench-" + name + ";DB_CLOSE_DELAY=-1", "sa", "");
    }

    private static int lowestContributionId(PanelStack stack) {
        return stack.activeObjects().find(ContributionEntity.class,
                Query.select("ID").order("ID ASC").limit(1))[0].getID();
    }

    private static long occurrences(String text, String part) {
        return (text.length() - text.replace(part, "").length()) / part.length();
    }
}
