package com.gluework.core.suggest;

import com.gluework.core.model.IssueRef;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * A prompt that a person may have done glue on an issue. It counts for nothing until the person records it.
 *
 * @param categoryKey one of the category keys ({@code clarification}, {@code review}, …)
 * @param summary     a sentence the record form can start from; the person may change anything
 * @param evidence    the traces it rests on, oldest first; never empty
 * @param rule        the rule that proposed it, for the fixture evaluation and for debugging
 */
public record GlueSuggestion(IssueRef issue, String personKey, String categoryKey, String summary,
                             List<SuggestionEvidence> evidence, SuggestionConfidence confidence, String rule) {
    public GlueSuggestion {
        Objects.requireNonNull(issue, "issue");
        Objects.requireNonNull(personKey, "personKey");
        Objects.requireNonNull(categoryKey, "categoryKey");
        Objects.requireNonNull(summary, "summary");
        Objects.requireNonNull(confidence, "confidence");
        Objects.requireNonNull(rule, "rule");
        evidence = (evidence == null ? List.<SuggestionEvidence>of() : evidence).stream()
                .sorted(Comparator.comparing(SuggestionEvidence::at)).toList();
        if (evidence.isEmpty()) {
            throw new IllegalArgumentException("a suggestion needs evidence");
        }
    }

    public SuggestionKey key() {
        return new SuggestionKey(issue.id(), personKey, categoryKey);
    }

    /** When the latest trace happened; suggestions are listed newest first. */
    public Instant latestEvidenceAt() {
        return evidence.get(evidence.size() - 1).at();
    }
}
