package com.gluework.ao;

import com.gluework.core.model.Category;
import org.junit.Test;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import static org.junit.Assert.assertEquals;

public class LocalCategoryTableTest {
    private static final CategoryTable.Row OLD = new CategoryTable.Row(
            new Category("review", "Review", "Reviewed.", "", "Quality", true, 10), null);
    private static final CategoryTable.Row NEW = new CategoryTable.Row(
            new Category("review", "Deep review", "Reviewed.", "", "Quality", true, 10), null);

    @Test
    public void rows_shouldBeReadOnceUntilAReset() {
        // given
        AtomicInteger reads = new AtomicInteger();
        AtomicReference<List<CategoryTable.Row>> stored = new AtomicReference<>(List.of(OLD));
        LocalCategoryTable table = new LocalCategoryTable(() -> {
            reads.incrementAndGet();
            return stored.get();
        });

        // when / then
        assertEquals(List.of(OLD), table.rows());
        assertEquals(List.of(OLD), table.rows());
        assertEquals(1, reads.get());
        stored.set(List.of(NEW));
        table.reset();
        assertEquals(List.of(NEW), table.rows());
        assertEquals(List.of(NEW), table.rows());
        assertEquals(2, reads.get());
    }

    @Test
    public void aReadThatStartedBeforeAReset_shouldNotBeHeldAfterIt() {
        // given: a read that finds the old rows, and a write with its reset that happen while it is under way
        AtomicReference<List<CategoryTable.Row>> stored = new AtomicReference<>(List.of(OLD));
        AtomicReference<LocalCategoryTable> self = new AtomicReference<>();
        AtomicInteger reads = new AtomicInteger();
        LocalCategoryTable table = new LocalCategoryTable(() -> {
            List<CategoryTable.Row> found = stored.get();
            if (reads.incrementAndGet() == 1) {
                stored.set(List.of(NEW));
                self.get().reset();
            }
            return found;
        });
        self.set(table);

        // when
        List<CategoryTable.Row> slowRead = table.rows();

        // then: that read answers what it found, but the next one reads the new rows
        assertEquals(List.of(OLD), slowRead);
        assertEquals(List.of(NEW), table.rows());
        assertEquals(2, reads.get());
    }
}
