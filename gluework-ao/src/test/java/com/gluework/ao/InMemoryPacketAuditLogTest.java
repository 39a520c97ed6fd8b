package com.gluework.ao;

import com.gluework.core.port.PacketAuditLog;
import com.gluework.core.testing.InMemoryPacketAuditLog;

/** {@link PacketAuditLogContract} on the in-memory log, so tests that use it can trust it behaves like the AO one. */
public class InMemoryPacketAuditLogTest extends PacketAuditLogContract {
    private final InMemoryPacketAuditLog log = new InMemoryPacketAuditLog();

    @Override
    protected PacketAuditLog log() {
        return log;
    }
}
