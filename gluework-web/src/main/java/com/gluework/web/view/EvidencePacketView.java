package com.gluework.web.view;

import com.gluework.core.career.EvidenceItem;
import com.gluework.core.career.ReviewEvidence;
import com.gluework.core.model.Contribution;
import com.gluework.web.career.CalibrationText;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The printable evidence packet page: highlights, the glue under each rubric dimension, the calibration draft, the
 * Markdown download, and — on one's own packet — who else opened it. Plain values only; the escaping renderer
 * escapes every one of them, so the sentences are built as plain text here.
 */
public final class EvidencePacketView {
    public static final String TEMPLATE = "templates/gluework/evidence-packet.vm";
    public static final String CONTEXT_KEY = "packet";

    private final ReviewEvidence evidence;
    private final CalibrationText words;
    private final String markdownUrl;
    private final List<PacketViewLineView> views;
    private final boolean own;

    EvidencePacketView(ReviewEvidence evidence, CalibrationText words, String markdownUrl, List<PacketViewLineView> views,
                               boolean own) {
        this.evidence = evidence;
        this.words = words;
        this.markdownUrl = markdownUrl;
        this.views = views;
        this.own = own;
    }

    public String getPersonName() {
        return evidence.packet().person().displayName();
    }

    public String getPersonKey() {
        return evidence.packet().person().key();
    }

    public String getFrom() {
        return evidence.packet().period().from().toString();
    }

    public String getTo() {
        return evidence.packet().period().to().toString();
    }

    public String getMarkdownUrl() {
        return markdownUrl;
    }

    public List<String> getHighlights() {
        return evidence.packet().highlights().stream().map(words::spotlight).toList();
    }

    public List<PacketDimensionView> getDimensions() {
        return evidence.packet().dimensions().stream()
                .map(d -> new PacketDimensionView(words.dimensionName(d.dimension()), d.items().stream().map(this::item).toList()))
                .toList();
    }

    public List<String> getDraftSentences() {
        return words.sentences(evidence.draft());
    }

    public boolean isOwn() {
        return own;
    }

    public List<PacketViewLineView> getViews() {
        return views;
    }

    private PacketItemView item(EvidenceItem item) {
        Contribution c = item.contribution();
        return new PacketItemView(c.summary(), c.issueRef().map(i -> i.key()).orElse(""), item.category().name(),
                c.occurredOn().toString(), c.impact(),
                c.beneficiaryKeys().stream().map(k -> words.person(k).displayName()).collect(Collectors.joining(", ")),
                String.join(", ", words.corroborators(item)), item.strength().name(), EvidenceLinks.views(c.evidenceLinks()));
    }
}
