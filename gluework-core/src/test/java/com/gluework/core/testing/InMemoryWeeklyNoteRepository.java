package com.gluework.core.testing;

import com.gluework.core.error.ConflictException;
import com.gluework.core.error.NotFoundException;
import com.gluework.core.notes.IsoWeek;
import com.gluework.core.notes.NoteVisibility;
import com.gluework.core.notes.WeeklyNote;
import com.gluework.core.port.WeeklyNoteRepository;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Weekly notes in memory, for unit tests; the AO adapter passes the same contract (WeeklyNoteRepositoryContract). */
public final class InMemoryWeeklyNoteRepository implements WeeklyNoteRepository {
    private final Map<String, WeeklyNote> notes = new HashMap<>();
    private final Map<String, List<WeeklyNote>> revisions = new HashMap<>();
    private long nextId = 1;

    @Override
    public synchronized Optional<WeeklyNote> find(String personKey, IsoWeek week) {
        return Optional.ofNullable(notes.get(key(personKey, week)));
    }

    @Override
    public synchronized List<WeeklyNote> findBetween(String personKey, IsoWeek from, IsoWeek to) {
        return notes.values().stream()
                .filter(n -> n.personKey().equals(personKey) && n.week().compareTo(from) >= 0 && n.week().compareTo(to) <= 0)
                .sorted(Comparator.comparing(WeeklyNote::week).reversed())
                .toList();
    }

    @Override
    public synchronized WeeklyNote create(String personKey, IsoWeek week, List<String> bullets,
                                          NoteVisibility visibility, Instant at) {
        if (notes.containsKey(key(personKey, week))) {
            throw new ConflictException("week", "There is a note for " + week + " already.");
        }
        WeeklyNote note = new WeeklyNote(nextId++, personKey, week, bullets, visibility, at, at, 1);
        notes.put(key(personKey, week), note);
        return note;
    }

    @Override
    public synchronized WeeklyNote update(String personKey, IsoWeek week, int expectedVersion, List<String> bullets,
                                          NoteVisibility visibility, Instant at) {
        WeeklyNote stored = find(personKey, week)
                .orElseThrow(() -> new NotFoundException("week", "There is no note for " + week + "."));
        if (stored.version() != expectedVersion) {
            throw ConflictException.staleVersion("Someone changed this note since you opened it.");
        }
        revisions.computeIfAbsent(key(personKey, week), k -> new ArrayList<>()).add(stored);
        WeeklyNote updated = new WeeklyNote(stored.id(), personKey, week, bullets, visibility, stored.createdAt(), at,
                expectedVersion + 1);
        notes.put(key(personKey, week), updated);
        return updated;
    }

    @Override
    public synchronized List<WeeklyNote> findRevisions(String personKey, IsoWeek week) {
        return List.copyOf(revisions.getOrDefault(key(personKey, week), List.of()));
    }

    private static String key(String personKey, IsoWeek week) {
        return personKey + ":" + week;
    }
}
