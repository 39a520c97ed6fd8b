package com.gluework.ao;

import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

/**
 * {@link CategoryTable} held in this JVM: for a host with one node (the preview) and for tests. A read that started
 * before a {@link #reset()} never stores what it read, so a reset cannot be undone by a slow read of the old rows.
 */
public final class LocalCategoryTable implements CategoryTable {
    private final Supplier<List<Row>> read;
    /** What is held, with the generation it was read in; {@code rows == null} when nothing is. */
    private final AtomicReference<Held> held = new AtomicReference<>(new Held(0, null));

    /** @param read reads every row, e.g. {@code () -> AoCategoryRepository.readRows(ao)} */
    public LocalCategoryTable(Supplier<List<Row>> read) {
        this.read = read;
    }

    @Override
    public List<Row> rows() {
        Held now = held.get();
        if (now.rows != null) {
            return now.rows;
        }
        List<Row> rows = List.copyOf(read.get());
        // Stored only if no reset came in between; otherwise the next read reads again.
        held.compareAndSet(now, new Held(now.generation, rows));
        return rows;
    }

    @Override
    public void reset() {
        held.updateAndGet(h -> new Held(h.generation + 1, null));
    }

    private record Held(long generation, List<Row> rows) {
    }
}
