package com.gluework.web.view;

import com.gluework.core.career.ReviewEvidence;
import com.gluework.core.service.EvidencePacketService;
import com.gluework.web.career.CalibrationText;
import com.gluework.web.report.ReportTexts;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.UnaryOperator;

/** Builds the {@link EvidencePacketView} for a packet the service answered, with its Markdown link and audit log. */
public final class EvidencePacketViewFactory {
    private EvidencePacketViewFactory() {
    }

    /**
     * @param restBase the REST API's base URL as the browser reaches it (e.g. {@code /rest/gluework/1.0})
     * @param viewsOfMine the viewer's audit log, shown only when the packet is their own
     */
    public static EvidencePacketView create(ReviewEvidence evidence, ReportTexts texts, String restBase, String viewerKey,
                                            List<EvidencePacketService.ViewOfMyPacket> viewsOfMine) {
        boolean own = evidence.packet().person().key().equals(viewerKey);
        String markdownUrl = restBase + "/people/" + URLEncoder.encode(evidence.packet().person().key(), StandardCharsets.UTF_8)
                .replace("+", "%20") + "/packet.md?from=" + evidence.packet().period().from() + "&to=" + evidence.packet().period().to();
        List<PacketViewLineView> lines = own ? viewsOfMine.stream().map(v -> new PacketViewLineView(v.viewer().displayName(),
                v.view().period().from().toString(), v.view().period().to().toString(), v.view().viewedAt().toString())).toList()
                : List.of();
        return new EvidencePacketView(evidence, new CalibrationText(texts, evidence.people(), UnaryOperator.identity()),
                markdownUrl, lines, own);
    }
}
