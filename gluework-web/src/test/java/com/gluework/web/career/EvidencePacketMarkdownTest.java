package com.gluework.web.career;

import com.gluework.core.career.CalibrationClaim;
import com.gluework.core.career.CalibrationDraft;
import com.gluework.core.career.CalibrationDraftWriter;
import com.gluework.core.career.EvidencePacket;
import com.gluework.core.career.EvidencePacketAssembler;
import com.gluework.core.career.ReviewPeriod;
import com.gluework.core.model.Contribution;
import com.gluework.core.model.ContributionSource;
import com.gluework.core.model.ContributionState;
import com.gluework.core.model.Corroboration;
import com.gluework.core.model.DefaultCategories;
import com.gluework.core.model.IssueRef;
import com.gluework.core.model.Person;
import com.gluework.web.report.BundleReportTexts;
import org.junit.Test;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

/**
 * Bob's autumn packet against a golden file. To accept an intended change of wording, run with
 * {@code -Dgluework.golden.update=true} and review the diff of {@value #GOLDEN} like any other change.
 */
public class EvidencePacketMarkdownTest {
    private static final String GOLDEN = "golden/evidence-packet-bob.md";
    private static final Instant T0 = Instant.parse("2026-10-01T09:00:00Z");
    private static final ReviewPeriod AUTUMN = new ReviewPeriod(LocalDate.of(2026, 9, 1), LocalDate.of(2026, 11, 30));
    private static final Map<String, Person> PEOPLE = Map.of(
            "bob", new Person("bob", "bob", "Bob Builder", "", true),
            "carol", new Person("carol", "carol", "Carol Chen", "", true),
            "dave", new Person("dave", "dave", "Dave Kowalski", "", true),
            "erin", new Person("erin", "erin", "Erin <script>", "", true));

    private final BundleReportTexts texts = new BundleReportTexts();

    @Test
    public void write_shouldMatchTheGoldenFile() throws IOException {
        // given
        EvidencePacket packet = bobsAutumn();

        // when
        String markdown = new EvidencePacketMarkdown(texts).write(packet, new CalibrationDraftWriter().draft(packet), PEOPLE);

        // then
        if (Boolean.getBoolean("gluework.golden.update")) {
            Files.writeString(Path.of("src/test/resources", GOLDEN), markdown, StandardCharsets.UTF_8);
        }
        assertEquals(golden(), markdown);
    }

    @Test
    public void write_shouldLeaveUserTextAndNonWebLinksInert() {
        // given
        EvidencePacket packet = bobsAutumn();

        // when
        String markdown = new EvidencePacketMarkdown(texts).write(packet, new CalibrationDraftWriter().draft(packet), PEOPLE);

        // then
        assertFalse(markdown.contains("<script>"));
        assertFalse(markdown.contains("<javascript:"));
        assertFalse("no unescaped link syntax", java.util.regex.Pattern.compile("(?<!\\\\)\\]\\(").matcher(markdown).find());
        assertTrue(markdown.contains("<https://git.example/gw/pull/42>"));
    }

    @Test
    public void paragraph_shouldNameEveryStatedContributionInItsOwnSentenceAndNoSelfReportedOne() {
        // given
        EvidencePacket packet = bobsAutumn();
        CalibrationDraft draft = new CalibrationDraftWriter().draft(packet);
        CalibrationText words = new CalibrationText(texts, PEOPLE, UnaryOperator.identity());

        // when
        List<String> sentences = words.sentences(draft);

        // then: each dimension sentence names exactly its sources' summaries; self-reported summaries appear nowhere
        for (int i = 0; i < draft.claims().size(); i++) {
            CalibrationClaim claim = draft.claims().get(i);
            for (Contribution c : packet.items().stream().map(it -> it.contribution()).toList()) {
                boolean named = sentences.get(i).contains(c.summary());
                boolean source = claim.kind() == CalibrationClaim.Kind.DIMENSION && claim.sourceIds().contains(c.id());
                assertEquals("sentence " + i + " and contribution " + c.id(), source, named);
            }
        }
        packet.selfReported().forEach(item ->
                assertFalse(words.paragraph(draft).contains(item.contribution().summary())));
    }

    @Test
    public void spotlight_shouldNameTheCorroboratorsAndNudgeTowardsTheReviewPacket() {
        // given
        EvidencePacket packet = bobsAutumn();
        CalibrationText words = new CalibrationText(texts, PEOPLE, UnaryOperator.identity());

        // when
        String spotlight = words.spotlight(packet.highlights().get(0));

        // then
        assertEquals("Caught a risky migration in review (GW-12). Effect: Saved a weekend rollback. "
                + "Corroborated by Carol Chen and Dave Kowalski. High-leverage glue for Quality & reliability "
                + "\u2014 make sure it is in your review packet.", spotlight);
    }

    static EvidencePacket bobsAutumn() {
        List<Contribution> glue = List.of(
                contribution(12, "review", "Caught a risky migration in review", "Saved a weekend rollback",
                        List.of("carol"), List.of("https://git.example/gw/pull/42"), List.of("carol", "dave")),
                contribution(15, "mentoring", "Paired with erin on the flaky test", "", List.of("erin"),
                        List.of(), List.of("dave")),
                contribution(17, "documentation", "Wrote the *payments* runbook", "", List.of(),
                        List.of("https://wiki.example/runbook", "javascript:alert(1)"), List.of()),
                contribution(21, "facilitation", "# Ran the retro [link](javascript:alert(1))", "Two experiments agreed",
                        List.of(), List.of(), List.of()));
        return new EvidencePacketAssembler().assemble(PEOPLE.get("bob"), AUTUMN, glue, DefaultCategories.all());
    }

    private static Contribution contribution(long id, String category, String summary, String impact,
                                             List<String> beneficiaries, List<String> links, List<String> corroborators) {
        List<Corroboration> corroborations = corroborators.stream()
                .map(key -> new Corroboration(id * 10 + corroborators.indexOf(key), id, key, "", T0)).toList();
        return new Contribution(id, category, "bob", "bob", new IssueRef(id, "GW-" + id, 1, "GW", "Issue " + id),
                LocalDate.of(2026, 10, (int) id), summary, impact, beneficiaries,
                links.stream().map(URI::create).toList(), ContributionState.ACTIVE, ContributionSource.MANUAL,
                T0, T0, 1, corroborations);
    }

    private static String golden() throws IOException {
        try (InputStream in = EvidencePacketMarkdownTest.class.getClassLoader().getResourceAsStream(GOLDEN)) {
            if (in == null) {
                throw new IllegalStateException("Golden file missing: src/test/resources/" + GOLDEN
                        + " (create it with -Dgluework.golden.update=true and review it)");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
