package com.gluework.ao;

import com.gluework.core.career.PacketView;
import com.gluework.core.career.ReviewPeriod;
import com.gluework.core.port.PacketAuditLog;
import org.junit.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.junit.Assert.assertEquals;

/** What every {@link PacketAuditLog} promises; run against each adapter. */
public abstract class PacketAuditLogContract {
    private static final Instant T0 = Instant.parse("2026-12-01T10:00:00Z");
    private static final ReviewPeriod AUTUMN = new ReviewPeriod(LocalDate.of(2026, 9, 1), LocalDate.of(2026, 11, 30));

    protected abstract PacketAuditLog log();

    @Test
    public void viewsOf_shouldReturnEveryViewOfThatPersonNewestFirstAndNobodyElses() {
        // given
        log().record(new PacketView("alice", "bob", AUTUMN, T0));
        log().record(new PacketView("zoe", "carol", AUTUMN, T0.plusSeconds(5)));
        log().record(new PacketView("dave", "bob", new ReviewPeriod(AUTUMN.from(), AUTUMN.from()), T0.plusSeconds(60)));
        log().record(new PacketView("alice", "bob", AUTUMN, T0.plusSeconds(60)));

        // when
        List<PacketView> views = log().viewsOf("bob");

        // then: equal times keep the later-recorded view first
        assertEquals(List.of(new PacketView("alice", "bob", AUTUMN, T0.plusSeconds(60)),
                new PacketView("dave", "bob", new ReviewPeriod(AUTUMN.from(), AUTUMN.from()), T0.plusSeconds(60)),
                new PacketView("alice", "bob", AUTUMN, T0)), views);
        assertEquals(List.of(), log().viewsOf("nobody"));
    }
}
