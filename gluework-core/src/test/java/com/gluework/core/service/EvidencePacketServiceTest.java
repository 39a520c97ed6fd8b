package com.gluework.core.service;

import com.gluework.core.career.EvidenceItem;
import com.gluework.core.career.ReviewEvidence;
import com.gluework.core.error.AccessDeniedException;
import com.gluework.core.error.AuthenticationRequiredException;
import com.gluework.core.error.InvalidInputException;
import com.gluework.core.error.NotFoundException;
import com.gluework.core.model.ContributionSource;
import com.gluework.core.model.IssueRef;
import com.gluework.core.model.NewContribution;
import com.gluework.core.testing.FakeHost;
import com.gluework.core.testing.InMemoryCategoryRepository;
import com.gluework.core.testing.InMemoryContributionRepository;
import com.gluework.core.testing.InMemoryDefinitionsRepository;
import com.gluework.core.testing.InMemoryPacketAuditLog;
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

public class EvidencePacketServiceTest {
    private static final Instant NOW = Instant.parse("2026-12-01T10:00:00Z");
    private static final LocalDate FROM = LocalDate.of(2026, 9, 1);
    private static final LocalDate TO = LocalDate.of(2026, 11, 30);

    /** alice administers the projects; carol is a teammate; bob may not browse SEC. */
    private final FakeHost host = new FakeHost()
            .withIssue(101, "GW-1").withIssue(102, "GW-2").withIssue(201, "SEC-1")
            .withPerson("alice", "Alice Lead").withPerson("bob", "Bob Builder").withPerson("carol", "Carol Chen")
            .withPerson("dave", "Dave Kowalski")
            .withProjectAdmin("alice")
            .hidingProjectFrom("alice", "SEC");
    private final InMemoryContributionRepository store = new InMemoryContributionRepository();
    private final InMemoryPacketAuditLog auditLog = new InMemoryPacketAuditLog();
    private final EvidencePacketService service = new EvidencePacketService(store, new InMemoryCategoryRepository(),
            host, host, auditLog, Clock.fixed(NOW, ZoneOffset.UTC));

    @Test
    public void packet_shouldGiveThePersonAllTheirGlueInThePeriodWithoutAnAuditLine() {
        // given
        long onGw = record("bob", host.issue("GW-1"), LocalDate.of(2026, 10, 1));
        long onSec = record("bob", host.issue("SEC-1"), LocalDate.of(2026, 10, 2));
        long team = record("bob", null, LocalDate.of(2026, 10, 3));
        record("bob", host.issue("GW-1"), LocalDate.of(2026, 12, 1));
        record("carol", host.issue("GW-1"), LocalDate.of(2026, 10, 1));

        // when
        ReviewEvidence evidence = service.packet(Optional.of("bob"), "bob", FROM, TO);

        // then
        assertEquals(List.of(onGw, onSec, team), ids(evidence));
        assertEquals("Bob Builder", evidence.people().get("bob").displayName());
        assertTrue(auditLog.viewsOf("bob").isEmpty());
    }

    @Test
    public void packet_shouldShowALeadOnlyWhatTheyMayBrowseAndRecordTheirView() {
        // given
        long onGw = record("bob", host.issue("GW-1"), LocalDate.of(2026, 10, 1));
        record("bob", host.issue("SEC-1"), LocalDate.of(2026, 10, 2));

        // when
        ReviewEvidence evidence = service.packet(Optional.of("alice"), "bob", FROM, TO);

        // then
        assertEquals(List.of(onGw), ids(evidence));
        assertEquals(1, auditLog.viewsOf("bob").size());
        assertEquals("alice", auditLog.viewsOf("bob").get(0).viewerKey());
        assertEquals(NOW, auditLog.viewsOf("bob").get(0).viewedAt());
        assertEquals("Alice Lead", service.viewsOfMyPackets(Optional.of("bob")).get(0).viewer().displayName());
    }

    @Test
    public void packet_shouldRefuseATeammateWhoIsNotALeadAndRecordNothing() {
        // given
        record("bob", host.issue("GW-1"), LocalDate.of(2026, 10, 1));

        // when
        AccessDeniedException refused = assertThrows(AccessDeniedException.class,
                () -> service.packet(Optional.of("carol"), "bob", FROM, TO));

        // then
        assertEquals("person", refused.errors().get(0).field());
        assertTrue(auditLog.viewsOf("bob").isEmpty());
    }

    @Test
    public void packet_shouldLetMembersOfTheConfiguredLeadsGroupSeeWhatTheyMayBrowse_onceAnAdminNamesTheGroup() {
        // given: dave administers no project; he is in "eng-managers"
        InMemoryDefinitionsRepository definitions = new InMemoryDefinitionsRepository().withAdmin("alice")
                .withGroupMember("eng-managers", "dave");
        Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
        EvidencePacketService withGroups = new EvidencePacketService(store, definitions, host, host, auditLog, clock,
                definitions, definitions);
        long onGw = record("bob", host.issue("GW-1"), LocalDate.of(2026, 10, 1));
        long team = record("bob", null, LocalDate.of(2026, 10, 2));
        host.hidingProjectFrom("dave", "SEC");
        record("bob", host.issue("SEC-1"), LocalDate.of(2026, 10, 3));
        assertThrows(AccessDeniedException.class, () -> withGroups.packet(Optional.of("dave"), "bob", FROM, TO));

        // when
        new DefinitionsService(definitions, definitions, clock).editSettings(Optional.of("alice"), 1, 40, "eng-managers");

        // then: dave sees what he may browse, and his view is logged; a teammate outside the group still may not
        assertEquals(List.of(onGw, team), ids(withGroups.packet(Optional.of("dave"), "bob", FROM, TO)));
        assertEquals("dave", auditLog.viewsOf("bob").get(0).viewerKey());
        assertThrows(AccessDeniedException.class, () -> withGroups.packet(Optional.of("carol"), "bob", FROM, TO));
    }

    @Test
    public void packet_shouldRefuseAnAdminOfNoProjectThePersonWorkedIn() {
        // given: bob's only glue in the period is team glue, not tied to any project
        record("bob", null, LocalDate.of(2026, 10, 1));

        // then
        assertThrows(AccessDeniedException.class, () -> service.packet(Optional.of("alice"), "bob", FROM, TO));
    }

    @Test
    public void packet_shouldAnswerAnonymousUnknownPeopleAndBadPeriodsWithTheRightError() {
        assertThrows(AuthenticationRequiredException.class, () -> service.packet(Optional.empty(), "bob", FROM, TO));
        assertThrows(NotFoundException.class, () -> service.packet(Optional.of("bob"), "nobody", FROM, TO));
        assertEquals("to", assertThrows(InvalidInputException.class,
                () -> service.packet(Optional.of("bob"), "bob", TO, FROM)).errors().get(0).field());
        assertEquals("to", assertThrows(InvalidInputException.class,
                () -> service.packet(Optional.of("bob"), "bob", FROM, FROM.plusDays(EvidencePacketService.MAX_PERIOD_DAYS)))
                .errors().get(0).field());
        assertEquals("from", assertThrows(InvalidInputException.class,
                () -> service.packet(Optional.of("bob"), "bob", null, TO)).errors().get(0).field());
        assertEquals("from", assertThrows(InvalidInputException.class,
                () -> service.packet(Optional.of("bob"), "bob", LocalDate.of(1899, 12, 31), LocalDate.of(1900, 1, 2)))
                .errors().get(0).field());
        assertEquals("to", assertThrows(InvalidInputException.class,
                () -> EvidencePacketService.day("to", "30.11.2026")).errors().get(0).field());
        assertEquals(null, EvidencePacketService.day("from", " "));
        assertThrows(AuthenticationRequiredException.class, () -> service.viewsOfMyPackets(Optional.empty()));
    }

    private long record(String who, IssueRef issue, LocalDate day) {
        return store.create(new NewContribution("review", who, who, issue, day, "Glue of " + who + " on " + day, "",
                List.of(), List.of(), ContributionSource.MANUAL, NOW)).id();
    }

    private static List<Long> ids(ReviewEvidence evidence) {
        return evidence.packet().items().stream().map(EvidenceItem::contributionId).sorted().toList();
    }
}
