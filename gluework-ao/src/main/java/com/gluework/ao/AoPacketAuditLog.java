package com.gluework.ao;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.gluework.ao.entity.PacketViewEntity;
import com.gluework.core.career.PacketView;
import com.gluework.core.career.ReviewPeriod;
import com.gluework.core.port.PacketAuditLog;
import jakarta.inject.Inject;
import net.java.ao.Query;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The packet audit log in Active Objects: one inserted row per view, read newest first (then by id, for equal times). */
public final class AoPacketAuditLog implements PacketAuditLog {
    private final ActiveObjects ao;

    @Inject
    public AoPacketAuditLog(ActiveObjects ao) {
        this.ao = ao;
    }

    @Override
    public void record(PacketView view) {
        ao.executeInTransaction(() -> {
            Map<String, Object> row = new HashMap<>();
            row.put("PERSON_KEY", view.personKey());
            row.put("VIEWER_KEY", view.viewerKey());
            row.put("PERIOD_FROM", view.period().from().toString());
            row.put("PERIOD_TO", view.period().to().toString());
            row.put("VIEWED_AT_MILLIS", view.viewedAt().toEpochMilli());
            return ao.create(PacketViewEntity.class, row);
        });
    }

    @Override
    public List<PacketView> viewsOf(String personKey) {
        return Arrays.stream(ao.find(PacketViewEntity.class, Query.select().where("PERSON_KEY = ?", personKey)
                        .order("VIEWED_AT_MILLIS DESC, ID DESC")))
                .map(row -> new PacketView(row.getViewerKey(), row.getPersonKey(),
                        new ReviewPeriod(LocalDate.parse(row.getPeriodFrom()), LocalDate.parse(row.getPeriodTo())),
                        Instant.ofEpochMilli(row.getViewedAtMillis())))
                .toList();
    }
}
