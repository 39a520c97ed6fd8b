package com.gluework.core.service;

import com.gluework.core.career.GlueTimeline;
import com.gluework.core.error.AuthenticationRequiredException;
import com.gluework.core.error.ConflictException;
import com.gluework.core.error.InvalidInputException;
import com.gluework.core.error.NotFoundException;
import com.gluework.core.model.ContributionSource;
import com.gluework.core.model.IssueRef;
import com.gluework.core.model.NewContribution;
import com.gluework.core.notes.IsoWeek;
import com.gluework.core.notes.NoteVisibility;
import com.gluework.core.notes.WeeklyNote;
import com.gluework.core.testing.FakeHost;
import com.gluework.core.testing.InMemoryCategoryRepository;
import com.gluework.core.testing.InMemoryContributionRepository;
import com.gluework.core.testing.InMemoryPacketAuditLog;
import com.gluework.core.testing.InMemoryWeeklyNoteRepository;
import org.junit.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

public class MyGlueServiceTest {
    /** Tuesday of 2026-W49. */
    private static final Instant NOW = Instant.parse("2026-12-01T10:00:00Z");
    private static final LocalDate FROM = LocalDate.of(2026, 11, 1);
    private static final LocalDate TO = LocalDate.of(2026, 12, 6);

    /** alice administers the projects; carol and dave are teammates. */
    private final FakeHost host = new FakeHost()
            .withIssue(101, "GW-1")
            .withPerson("alice", "Alice Lead").withPerson("bob", "Bob Builder").withPerson("carol", "Carol Chen")
            .withPerson("dave", "Dave Kowalski")
            .withProjectAdmin("alice");
    private final InMemoryContributionRepository store = new InMemoryContributionRepository();
    private final InMemoryWeeklyNoteRepository notes = new InMemoryWeeklyNoteRepository();
    private final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
    private final InMemoryCategoryRepository categories = new InMemoryCategoryRepository();
    private final MyGlueService service = new MyGlueService(notes, store, categories, host,
            new EvidencePacketService(store, categories, host, host, new InMemoryPacketAuditLog(), clock), clock);

    @Test
    public void saveMyNote_shouldCreateThenUpdateWithTheVersionItWasBasedOn() {
        // when
        WeeklyNote first = service.saveMyNote(Optional.of("bob"), "2026-W49", List.of("Unblocked Carol on the flaky test", ""),
                null, null);
        WeeklyNote second = service.saveMyNote(Optional.of("bob"), "2026-W49",
                List.of("Unblocked Carol on the flaky test", "Wrote the deploy runbook"), "PRIVATE", first.version());

        // then
        assertEquals(List.of("Unblocked Carol on the flaky test"), first.bullets());
        assertEquals(NoteVisibility.TEAM, first.visibility());
        assertEquals(2, second.version());
        assertEquals(NoteVisibility.PRIVATE, second.visibility());
        assertEquals(Optional.of(second), service.myNote(Optional.of("bob"), "2026-W49"));
        assertEquals(List.of(first), notes.findRevisions("bob", new IsoWeek(2026, 49)));
    }

    @Test
    public void saveMyNote_basedOnAStaleVersionOrAsASecondFirstNote_shouldConflictAndKeepTheStoredNote() {
        // given: two tabs opened the empty week; the first saves, then edits
        WeeklyNote saved = service.saveMyNote(Optional.of("bob"), "2026-W49", List.of("From tab one"), null, null);
        service.saveMyNote(Optional.of("bob"), "2026-W49", List.of("Tab one again"), null, saved.version());

        // when / then
        ConflictException second = assertThrows(ConflictException.class,
                () -> service.saveMyNote(Optional.of("bob"), "2026-W49", List.of("From tab two"), null, null));
        ConflictException stale = assertThrows(ConflictException.class,
                () -> service.saveMyNote(Optional.of("bob"), "2026-W49", List.of("Stale"), null, saved.version()));
        assertTrue(second.isStaleVersion());
        assertEquals("version", stale.errors().get(0).field());
        assertEquals(List.of("Tab one again"), service.myNote(Optional.of("bob"), "2026-W49").orElseThrow().bullets());
    }

    @Test
    public void saveMyNote_shouldRefuseFutureWeeksBadFieldsAndAnonymousCallers() {
        assertEquals("week", fieldOf(() -> service.saveMyNote(Optional.of("bob"), "2026-W50", List.of("a"), null, null)));
        assertEquals("week", fieldOf(() -> service.saveMyNote(Optional.of("bob"), "1899-W10", List.of("a"), null, null)));
        assertEquals("week", fieldOf(() -> service.saveMyNote(Optional.of("bob"), "2026-49", List.of("a"), null, null)));
        assertEquals("bullets", fieldOf(() -> service.saveMyNote(Optional.of("bob"), "2026-W49", List.of(), null, null)));
        assertEquals("visibility", fieldOf(() -> service.saveMyNote(Optional.of("bob"), "2026-W49", List.of("a"), "LEADS", null)));
        assertThrows(AuthenticationRequiredException.class,
                () -> service.saveMyNote(Optional.empty(), "2026-W49", List.of("a"), null, null));
        assertThrows(NotFoundException.class,
                () -> service.saveMyNote(Optional.of("bob"), "2026-W48", List.of("a"), null, 1));
        assertEquals(List.of(), notes.findBetween("bob", new IsoWeek(1900, 1), new IsoWeek(2026, 52)));
    }

    @Test
    public void notesOf_shouldShowPrivateNotesOnlyToThePersonAndTheirLeads() {
        // given: bob did glue on GW (administered by alice) in November; one team note, one private note
        record("bob", host.issue("GW-1"), LocalDate.of(2026, 11, 10));
        service.saveMyNote(Optional.of("bob"), "2026-W47", List.of("Team-visible"), "TEAM", null);
        service.saveMyNote(Optional.of("bob"), "2026-W48", List.of("Only for my lead"), "PRIVATE", null);

        // then
        assertEquals(List.of("2026-W48", "2026-W47"), weeks(service.notesOf(Optional.of("bob"), "bob", FROM, TO)));
        assertEquals(List.of("2026-W48", "2026-W47"), weeks(service.notesOf(Optional.of("alice"), "bob", FROM, TO)));
        assertEquals(List.of("2026-W47"), weeks(service.notesOf(Optional.of("carol"), "bob", FROM, TO)));
        assertThrows(AuthenticationRequiredException.class, () -> service.notesOf(Optional.empty(), "bob", FROM, TO));
        assertThrows(NotFoundException.class, () -> service.notesOf(Optional.of("alice"), "nobody", FROM, TO));
    }

    @Test
    public void notesOf_shouldNotMakeAProjectAdminALeadOfSomeoneWhoDidNoGlueThereInThePeriod() {
        // given: bob's only glue on GW is from last year
        record("bob", host.issue("GW-1"), LocalDate.of(2025, 6, 1));
        service.saveMyNote(Optional.of("bob"), "2026-W48", List.of("Private"), "PRIVATE", null);

        assertEquals(List.of(), weeks(service.notesOf(Optional.of("alice"), "bob", FROM, TO)));
    }

    @Test
    public void notesOf_shouldApplyThePacketsPeriodRules() {
        assertEquals("to", fieldOf(() -> service.notesOf(Optional.of("bob"), "bob", TO, FROM)));
        assertEquals("from", fieldOf(() -> service.notesOf(Optional.of("bob"), "bob", null, TO)));
        assertEquals("to", fieldOf(() -> service.myTimeline(Optional.of("bob"), FROM, FROM.plusDays(800))));
    }

    @Test
    public void myTimeline_shouldBeTheActorsOwnGlueOfThePeriod() {
        // given
        long mine = record("bob", host.issue("GW-1"), LocalDate.of(2026, 11, 10));
        long older = record("bob", null, LocalDate.of(2026, 6, 1));
        store.addCorroboration(older, "carol", "", Instant.parse("2026-11-20T08:00:00Z"));
        record("carol", host.issue("GW-1"), LocalDate.of(2026, 11, 11));

        // when
        GlueTimeline timeline = service.myTimeline(Optional.of("bob"), FROM, TO);

        // then
        assertEquals("Bob Builder", timeline.person().displayName());
        assertEquals(List.of(older, mine), timeline.entries().stream().map(e -> e.contribution().id()).toList());
        assertEquals(List.of(mine), timeline.uncorroborated().stream().map(i -> i.contributionId()).toList());
        assertEquals(100, timeline.shares().get(0).percent());
        assertThrows(AuthenticationRequiredException.class, () -> service.myTimeline(Optional.empty(), FROM, TO));
    }

    private long record(String who, IssueRef issue, LocalDate day) {
        return store.create(new NewContribution("review", who, who, issue, day, "Glue of " + who + " on " + day, "",
                List.of(), List.of(), ContributionSource.MANUAL, NOW)).id();
    }

    private static List<String> weeks(MyGlueService.PersonNotes notes) {
        return notes.notes().stream().map(n -> n.week().toString()).toList();
    }

    private static String fieldOf(org.junit.function.ThrowingRunnable call) {
        return assertThrows(InvalidInputException.class, call).errors().get(0).field();
    }
}
