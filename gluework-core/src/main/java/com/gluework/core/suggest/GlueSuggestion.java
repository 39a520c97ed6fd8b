package com.gluework.core.suggest;

import com.gluework.core.model.IssueRef;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;

/**
 * A prompt that a person may have done glue on an issue. It counts for nothing until the person records it.
 *
 * @param categoryKey one of the category keys ({@code clarification}, {@code review}, …)
 * @param summary     a sentence the record form can start from; the person may change anything
 * @param evidence    the traces it rests on, oldest first; never empty
 * @param rule        the rule that proposed it, for the fixture evaluation and for debugging
 * @param traceIds    the stable identities of the rule findings it merges (see {@link #traceIdOf}), sorted; "Not glue"
 *                    dismisses exactly these, so a later, different trace of the same person may still be suggested
 */
public record GlueSuggestion(IssueRef issue, String personKey, String categoryKey, String summary,
                             List<SuggestionEvidence> evidence, SuggestionConfidence confidence, String rule,
                             List<String> traceIds) {
    private static final HexFormat HEX = HexFormat.of();
    /** Never used itself, only cloned ({@link #newSha256}): a digest is not thread-safe. */
    private static final MessageDigest SHA_256 = sha256Prototype();

    /** One rule's finding: its trace identity is derived from what it says. */
    public GlueSuggestion(IssueRef issue, String personKey, String categoryKey, String summary,
                          List<SuggestionEvidence> evidence, SuggestionConfidence confidence, String rule) {
        this(issue, personKey, categoryKey, summary, evidence, confidence, rule, null);
    }

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
        traceIds = traceIds == null || traceIds.isEmpty()
                ? List.of(traceIdOf(issue.id(), rule, personKey, categoryKey, evidence))
                : traceIds.stream().distinct().sorted().toList();
    }

    /**
     * The identity of one rule finding, stable across page views and nodes: issue, rule, person, category and the
     * times of its evidence (history items and comments never move in time; their texts can be edited, so texts are
     * left out). 128 bits of SHA-256 as 32 lower-case hex digits.
     */
    public static String traceIdOf(long issueId, String rule, String personKey, String categoryKey,
                                   List<SuggestionEvidence> evidence) {
        StringBuilder identity = new StringBuilder().append(issueId).append('\n').append(rule).append('\n')
                .append(personKey).append('\n').append(categoryKey);
        evidence.stream().map(e -> e.at().toEpochMilli()).sorted().forEach(at -> identity.append('\n').append(at));
        return hash(identity.toString());
    }

    /** What the REST API and the panel call this suggestion: its one trace id, or a hash of the merged ones. */
    public String id() {
        return traceIds.size() == 1 ? traceIds.get(0) : hash(String.join("\n", traceIds));
    }

    private static String hash(String text) {
        byte[] digest = newSha256().digest(text.getBytes(StandardCharsets.UTF_8));
        return HEX.formatHex(digest, 0, 16);
    }

    /**
     * A fresh SHA-256 digest, cloned from one looked up once. WHY: {@code MessageDigest.getInstance} searches the
     * security providers on every call, and the panel hashes every suggestion it shows on every render (issue 13);
     * the JDK's SHA-256 supports {@code clone}, and a clone is a digest in its initial state.
     */
    private static MessageDigest newSha256() {
        try {
            return (MessageDigest) SHA_256.clone();
        } catch (CloneNotSupportedException e) {
            return sha256Prototype(); // a provider whose digest cannot be cloned: look it up each time, as before
        }
    }

    private static MessageDigest sha256Prototype() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
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
