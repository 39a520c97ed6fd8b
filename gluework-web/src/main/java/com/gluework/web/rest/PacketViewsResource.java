package com.gluework.web.rest;

import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import com.gluework.core.port.CurrentUser;
import com.gluework.core.service.EvidencePacketService;
import com.gluework.web.rest.dto.PacketViewDto;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.util.List;

/** The caller's own audit log: who opened their evidence packets. Never cacheable. */
@Path("myself/packet-views")
@LicensedOnly
public class PacketViewsResource {
    private final EvidencePacketService packets;
    private final CurrentUser currentUser;

    @Inject
    public PacketViewsResource(EvidencePacketService packets, CurrentUser currentUser) {
        this.packets = packets;
        this.currentUser = currentUser;
    }

    /**
     * Who opened the caller's evidence packets, newest first.
     *
     * <ul>
     *   <li>200 — a list of {@link PacketViewDto};</li>
     *   <li>401 — the caller is anonymous.</li>
     * </ul>
     */
    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @LicensedOnly
    public Response packetViews() {
        List<PacketViewDto> views = packets.viewsOfMyPackets(currentUser.key()).stream()
                .map(v -> new PacketViewDto(EvidencePacketResource.person(v.viewer()), v.view().period().from().toString(),
                        v.view().period().to().toString(), v.view().viewedAt().toString()))
                .toList();
        return Response.ok(views).header("Cache-Control", "no-store").build();
    }
}
