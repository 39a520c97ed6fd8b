package com.gluework.core.service;

import com.gluework.core.career.PacketView;
import com.gluework.core.career.ReviewPeriod;
import com.gluework.core.error.AccessDeniedException;
import com.gluework.core.error.AuthenticationRequiredException;
import com.gluework.core.error.InvalidInputException;
import com.gluework.core.model.Person;
import com.gluework.core.privacy.DataExportRecord;
import com.gluework.core.privacy.PersonalDataCount;
import com.gluework.core.privacy.PersonalDataExport;
import com.gluework.core.privacy.PersonalDataRecords;
import com.gluework.core.privacy.PersonalDataSection;
import com.gluework.core.privacy.PersonalDataStore;
import com.gluework.core.privacy.UserKeyChange;
import com.gluework.core.testing.FakeHost;
import org.junit.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;

public class PersonalDataExportServiceTest {
    private static final Instant NOW = Instant.parse("2026-12-03T08:00:00Z");
    private static final ReviewPeriod AUTUMN = new ReviewPeriod(LocalDate.of(2026, 9, 1), LocalDate.of(2026, 11, 30));

    private final RecordingStore store = new RecordingStore();
    private final FakeHost host = new FakeHost().withPerson("bob", "Bob").withPerson("alice", "Alice")
            .withPerson("admin", "Ada Admin");
    private final PersonalDataExportService service = new PersonalDataExportService(store, host, Set.of("admin")::contains,
            Clock.fixed(NOW, ZoneOffset.UTC), List.of(new WeeklyNotesStandIn()));

    @Test
    public void exportOwn_shouldReturnTheCallersRecordsWithNamesAndWriteNoAudit() {
        // given
        store.records = records(List.of(new PacketView("alice", "bob", AUTUMN, NOW)));

        // when
        PersonalDataExport export = service.exportOwn(Optional.of("bob"));

        // then
        assertEquals("bob", export.person().key());
        assertEquals("Bob", export.person().displayName());
        assertEquals("bob", export.exportedByKey());
        assertEquals(NOW, export.exportedAt());
        assertEquals(List.of("bob"), store.readKeys);
        assertEquals("Alice", export.people().get("alice").displayName());
        assertEquals(List.of(), store.exports);
        assertEquals(List.of("note of bob"), export.sections().get("weeklyNotes"));
    }

    @Test
    public void exportOwn_shouldRequireASignedInUser() {
        assertThrows(AuthenticationRequiredException.class, () -> service.exportOwn(Optional.empty()));
        assertEquals(List.of(), store.readKeys);
    }

    @Test
    public void exportOf_shouldAuditAnAdministratorsExportOfSomeoneElseBeforeReading() {
        // when
        PersonalDataExport export = service.exportOf(Optional.of("admin"), "bob");

        // then
        assertEquals(List.of(new DataExportRecord("admin", "bob", NOW)), store.exports);
        assertEquals("audit written before any read", List.of("audit", "read bob"), store.events);
        assertEquals("admin", export.exportedByKey());
        assertEquals("Bob", export.person().displayName());
    }

    @Test
    public void exportOf_shouldNotAuditAnAdministratorExportingThemselves() {
        service.exportOf(Optional.of("admin"), "admin");
        assertEquals(List.of(), store.exports);
    }

    @Test
    public void exportOf_shouldExportAKeyTheDirectoryNoLongerKnows() {
        // an anonymized or deleted user's rows are exactly what such a request is about
        PersonalDataExport export = service.exportOf(Optional.of("admin"), "JIRAUSER10100");
        assertEquals(Person.unknown("JIRAUSER10100"), export.person());
    }

    @Test
    public void exportOf_shouldRefuseAnyoneButAnAdministratorAndReadNothing() {
        AccessDeniedException denied = assertThrows(AccessDeniedException.class,
                () -> service.exportOf(Optional.of("alice"), "bob"));
        assertEquals("user", denied.errors().get(0).field());
        assertThrows(AccessDeniedException.class, () -> service.exportOf(Optional.of("bob"), "bob"));
        assertThrows(AuthenticationRequiredException.class, () -> service.exportOf(Optional.empty(), "bob"));
        assertEquals(List.of(), store.events);
    }

    @Test
    public void exportOf_shouldRefuseAKeyNoUserCanHave() {
        assertEquals("personKey", assertThrows(InvalidInputException.class,
                () -> service.exportOf(Optional.of("admin"), " ")).errors().get(0).field());
        assertThrows(InvalidInputException.class, () -> service.exportOf(Optional.of("admin"), "k".repeat(256)));
        assertEquals(List.of(), store.events);
    }

    private static PersonalDataRecords records(List<PacketView> viewsOfPerson) {
        return new PersonalDataRecords(List.of(), List.of(), List.of(), viewsOfPerson, List.of(), List.of());
    }

    /** What another branch's weekly notes would plug in. */
    private static final class WeeklyNotesStandIn implements PersonalDataSection {
        @Override
        public String name() {
            return "weeklyNotes";
        }

        @Override
        public List<?> recordsOf(String userKey) {
            return List.of("note of " + userKey);
        }
    }

    private static final class RecordingStore implements PersonalDataStore {
        PersonalDataRecords records = records(List.of());
        final List<String> readKeys = new ArrayList<>();
        final List<DataExportRecord> exports = new ArrayList<>();
        final List<String> events = new ArrayList<>();

        @Override
        public PersonalDataRecords recordsOf(String userKey) {
            readKeys.add(userKey);
            events.add("read " + userKey);
            return records;
        }

        @Override
        public void recordExport(DataExportRecord export) {
            exports.add(export);
            events.add("audit");
        }

        @Override
        public List<PersonalDataCount> rowsNaming(String userKey) {
            throw new UnsupportedOperationException();
        }

        @Override
        public long changeUserKey(UserKeyChange change, Runnable afterBatch) {
            throw new UnsupportedOperationException();
        }

        @Override
        public long packetViewsOf(String personKey) {
            throw new UnsupportedOperationException();
        }

        @Override
        public long deletePacketViewsOf(String personKey, Runnable afterBatch) {
            throw new UnsupportedOperationException();
        }

        @Override
        public int batchSize() {
            return 200;
        }
    }
}
