package com.gluework.core.testing;

import com.gluework.core.career.PacketView;
import com.gluework.core.port.PacketAuditLog;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** The audit log in memory, for tests and hosts without a database; newest first like the AO adapter. */
public final class InMemoryPacketAuditLog implements PacketAuditLog {
    private final List<PacketView> views = new ArrayList<>();

    @Override
    public synchronized void record(PacketView view) {
        views.add(view);
    }

    @Override
    public synchronized List<PacketView> viewsOf(String personKey) {
        List<PacketView> theirs = new ArrayList<>(views.stream().filter(v -> v.personKey().equals(personKey)).toList());
        // Stable sort over insertion order: equal instants keep the later-recorded view first after the reverse.
        java.util.Collections.reverse(theirs);
        theirs.sort(Comparator.comparing(PacketView::viewedAt).reversed());
        return theirs;
    }
}
