package com.gluework.web.career;

import com.gluework.core.career.CalibrationClaim;
import com.gluework.core.career.CalibrationDraft;
import com.gluework.core.career.EvidenceItem;
import com.gluework.core.career.EvidencePacketAssembler;
import com.gluework.core.career.EvidenceStrength;
import com.gluework.core.model.Person;
import com.gluework.web.report.ReportFormats;
import com.gluework.web.report.ReportTexts;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * Words a calibration draft, claim by claim, and the 1:1 spotlight for a single contribution. Plain text: user text
 * goes in through {@code userText} untouched here, so each export escapes it for its own format (Markdown, HTML).
 */
public final class CalibrationText {
    private final ReportTexts texts;
    private final Map<String, Person> people;
    private final UnaryOperator<String> userText;

    /**
     * @param people   everyone the packet names, by key; anyone missing is shown by key ({@link Person#unknown})
     * @param userText applied to every piece of user text before it is put into a sentence (an escaper, or identity)
     */
    public CalibrationText(ReportTexts texts, Map<String, Person> people, UnaryOperator<String> userText) {
        this.texts = texts;
        this.people = Map.copyOf(people);
        this.userText = userText;
    }

    /** One sentence per claim, in the draft's order. */
    public List<String> sentences(CalibrationDraft draft) {
        String name = userText.apply(draft.packet().person().displayName());
        List<String> sentences = new ArrayList<>();
        for (CalibrationClaim claim : draft.claims()) {
            sentences.add(switch (claim.kind()) {
                case NOTHING_RECORDED -> texts.text("gluework.packet.draft.none", name,
                        draft.packet().period().from().toString(), draft.packet().period().to().toString());
                case OVERVIEW -> texts.text("gluework.packet.draft.overview", name, claim.items().size(),
                        claim.established(), draft.packet().period().from().toString(),
                        draft.packet().period().to().toString());
                case DIMENSION -> texts.text("gluework.packet.draft.dimension", dimensionName(claim.dimension()),
                        name, joined(claim.items().stream().map(this::statedFact).toList()));
                case NOTHING_ESTABLISHED -> texts.text("gluework.packet.draft.unestablished", name);
                case SELF_REPORTED_NOT_STATED -> texts.text("gluework.packet.draft.selfreported", claim.items().size());
            });
        }
        return sentences;
    }

    public String paragraph(CalibrationDraft draft) {
        return String.join(" ", sentences(draft));
    }

    /** The 1:1 spotlight: what was done, its effect, who vouches for it, and the nudge to keep it for the review. */
    public String spotlight(EvidenceItem item) {
        List<String> parts = new ArrayList<>();
        parts.add(texts.text("gluework.packet.spotlight.did", userText.apply(item.contribution().summary()),
                issueKey(item)));
        if (!item.contribution().impact().isBlank()) {
            parts.add(texts.text("gluework.packet.spotlight.effect", userText.apply(item.contribution().impact())));
        }
        parts.add(switch (item.strength()) {
            case CORROBORATED -> texts.text("gluework.packet.spotlight.corroborated", names(corroborators(item)));
            case EVIDENCED -> texts.text("gluework.packet.spotlight.evidenced");
            case SELF_REPORTED -> texts.text("gluework.packet.spotlight.selfreported");
        });
        parts.add(item.strength() == EvidenceStrength.SELF_REPORTED
                ? texts.text("gluework.packet.spotlight.askcorroboration")
                : texts.text("gluework.packet.spotlight.keep", dimensionName(item.category().rubricDimension())));
        return String.join(" ", parts);
    }

    /** A rubric dimension's label; the unmapped group gets its own wording. */
    public String dimensionName(String dimension) {
        return dimension.equals(EvidencePacketAssembler.UNMAPPED)
                ? texts.text("gluework.packet.dimension.unmapped") : userText.apply(dimension);
    }

    /** The corroborators' display names (through {@code userText}), oldest corroboration first. */
    public List<String> corroborators(EvidenceItem item) {
        return item.contribution().corroborations().stream()
                .map(c -> userText.apply(person(c.corroboratorKey()).displayName())).toList();
    }

    /** Someone the packet names, or {@link Person#unknown} when the directory no longer knows them. */
    public Person person(String key) {
        return people.getOrDefault(key, Person.unknown(key));
    }

    private String statedFact(EvidenceItem item) {
        String fact = texts.text("gluework.packet.draft.fact", userText.apply(item.contribution().summary()), issueKey(item));
        if (item.contribution().impact().isBlank()) {
            return fact;
        }
        return fact + " " + texts.text("gluework.packet.draft.factimpact", userText.apply(item.contribution().impact()));
    }

    private String issueKey(EvidenceItem item) {
        return item.contribution().issueRef().map(i -> userText.apply(i.key()))
                .orElseGet(() -> texts.text("gluework.packet.noissue"));
    }

    private String joined(List<String> parts) {
        return String.join("; ", parts);
    }

    private String names(List<String> names) {
        return ReportFormats.joinNames(names, texts.text("gluework.report.and"));
    }
}
