package com.gluework.core.port;

import com.gluework.core.career.PacketView;

import java.util.List;

/**
 * Who opened whose evidence packet. Append-only: a lead's view of someone's packet is recorded before the packet is
 * answered, and the person can always read every view of theirs.
 */
public interface PacketAuditLog {

    void record(PacketView view);

    /** Every view of this person's packets, newest first. */
    List<PacketView> viewsOf(String personKey);
}
