package com.gluework.web.career;

import com.gluework.core.career.CalibrationDraft;
import com.gluework.core.career.EvidenceItem;
import com.gluework.core.career.EvidencePacket;
import com.gluework.core.career.RubricDimensionEvidence;
import com.gluework.core.model.Contribution;
import com.gluework.core.model.Person;
import com.gluework.web.report.ReportTexts;
import com.gluework.web.report.SprintReportMarkdown;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * An evidence packet as a Markdown document for a self-review or promotion case: highlights, the glue under each
 * rubric dimension with its effect, beneficiaries, evidence and corroborations, then the calibration draft. User text
 * is escaped as in the sprint report's export ({@link SprintReportMarkdown#escape}); evidence links are written as
 * autolinks only when they are http(s), so a stored {@code javascript:} URL stays inert text.
 */
public final class EvidencePacketMarkdown {
    public static final String MEDIA_TYPE = SprintReportMarkdown.MEDIA_TYPE;

    private final ReportTexts texts;

    public EvidencePacketMarkdown(ReportTexts texts) {
        this.texts = texts;
    }

    /** @param people everyone the packet names, by key (contributor, beneficiaries, corroborators) */
    public String write(EvidencePacket packet, CalibrationDraft draft, Map<String, Person> people) {
        CalibrationText words = new CalibrationText(texts, people, SprintReportMarkdown::escape);
        List<String> lines = new ArrayList<>();
        lines.add("# " + texts.text("gluework.packet.md.title", SprintReportMarkdown.escape(packet.person().displayName())));
        lines.add("_" + texts.text("gluework.report.window", packet.period().from().toString(),
                packet.period().to().toString()) + "_");
        lines.add("");
        lines.add("## " + texts.text("gluework.packet.highlights"));
        lines.add("");
        if (packet.highlights().isEmpty()) {
            lines.add(texts.text("gluework.packet.highlights.empty"));
        }
        packet.highlights().forEach(item -> lines.add("- " + words.spotlight(item)));
        for (RubricDimensionEvidence dimension : packet.dimensions()) {
            lines.add("");
            lines.add("## " + words.dimensionName(dimension.dimension()));
            lines.add("");
            dimension.items().forEach(item -> lines.add("- " + itemLine(item, words)));
        }
        lines.add("");
        lines.add("## " + texts.text("gluework.packet.draft"));
        lines.add("");
        lines.add(words.paragraph(draft));
        return String.join("\n", lines) + "\n";
    }

    private String itemLine(EvidenceItem item, CalibrationText words) {
        Contribution c = item.contribution();
        StringBuilder line = new StringBuilder()
                .append("**").append(SprintReportMarkdown.escape(c.summary())).append("**")
                .append(" (").append(c.issueRef().map(i -> SprintReportMarkdown.escape(i.key()))
                        .orElseGet(() -> texts.text("gluework.packet.noissue"))).append(")")
                .append(" \u00b7 ").append(SprintReportMarkdown.escape(item.category().name()))
                .append(" \u00b7 ").append(c.occurredOn());
        if (!c.impact().isBlank()) {
            line.append(" \u00b7 _").append(SprintReportMarkdown.escape(c.impact())).append('_');
        }
        if (!c.beneficiaryKeys().isEmpty()) {
            line.append(" \u00b7 ").append(texts.text("gluework.packet.unblocked", String.join(", ",
                    c.beneficiaryKeys().stream().map(k -> SprintReportMarkdown.escape(words.person(k).displayName())).toList())));
        }
        line.append(" \u00b7 ").append(switch (item.strength()) {
            case CORROBORATED -> texts.text("gluework.packet.corroboratedby", String.join(", ", words.corroborators(item)));
            case EVIDENCED -> texts.text("gluework.packet.evidenced");
            case SELF_REPORTED -> texts.text("gluework.packet.selfreported");
        });
        for (URI link : c.evidenceLinks()) {
            line.append(" \u00b7 ").append(link(link));
        }
        return line.toString();
    }

    /** An http(s) link as a CommonMark autolink; anything else as escaped text, never a clickable link. */
    static String link(URI uri) {
        String text = uri.toString();
        boolean web = "http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme());
        boolean autolinkSafe = text.chars().noneMatch(ch -> ch <= ' ' || ch == '<' || ch == '>');
        return web && autolinkSafe ? "<" + text + ">" : SprintReportMarkdown.escape(text);
    }
}
