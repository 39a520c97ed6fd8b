package com.gluework.ao;

import com.gluework.core.port.WeeklyNoteRepository;
import com.gluework.core.testing.InMemoryWeeklyNoteRepository;

/** {@link WeeklyNoteRepositoryContract} on the in-memory store, so tests that use it can trust it behaves like AO. */
public class InMemoryWeeklyNoteRepositoryTest extends WeeklyNoteRepositoryContract {
    private final InMemoryWeeklyNoteRepository notes = new InMemoryWeeklyNoteRepository();

    @Override
    protected WeeklyNoteRepository notes() {
        return notes;
    }
}
