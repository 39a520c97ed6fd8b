package com.gluework.core.service;

import com.gluework.core.model.ContributionDraft;
import com.gluework.core.model.FieldError;
import com.gluework.core.testing.InMemoryCategoryRepository;
import org.junit.Test;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

public class ContributionRulesTest {
    private final InMemoryCategoryRepository categories = new InMemoryCategoryRepository();
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 25);
    private final Set<String> users = Set.of("alice", "bob");

    private List<FieldError> validate(ContributionDraft draft) {
        return ContributionRules.validate(draft, TODAY, categories::findByKey, users::contains);
    }

    private static ContributionDraft on(LocalDate occurredOn) {
        return new ContributionDraft("review", null, "Caught a data race", null, List.of(), List.of(), occurredOn);
    }

    private static ContributionDraft draft(String category, String summary) {
        return new ContributionDraft(category, null, summary, null, List.of(), List.of(), null);
    }

    private static List<String> fields(List<FieldError> errors) {
        return errors.stream().map(FieldError::field).toList();
    }

    @Test
    public void validate_shouldAcceptACompleteDraft() {
        ContributionDraft draft = new ContributionDraft("review", "bob", "Caught a data race", "Avoided a double charge",
                List.of("alice"), List.of("https://example.com/pr/482"), null);

        assertEquals(List.of(), validate(draft));
    }

    @Test
    public void validate_shouldNameSummaryWhenBlankOrTooLong() {
        assertEquals(List.of("summary"), fields(validate(draft("review", "  "))));
        assertEquals(List.of("summary"), fields(validate(draft("review", null))));
        assertEquals(List.of("summary"), fields(validate(draft("review", "x".repeat(256)))));
    }

    @Test
    public void validate_shouldCountCodePointsNotUtf16Units() {
        String emoji255 = "\uD83D\uDE00".repeat(255);

        assertEquals(List.of(), validate(draft("review", emoji255)));
        assertEquals(List.of("summary"), fields(validate(draft("review", emoji255 + "x"))));
    }

    @Test
    public void validate_shouldRejectUnknownAndMissingCategory() {
        assertEquals(List.of("categoryKey"), fields(validate(draft("gardening", "x"))));
        assertEquals(List.of("categoryKey"), fields(validate(draft(null, "x"))));
    }

    @Test
    public void validate_shouldRejectInactiveCategory() {
        var withInactive = new InMemoryCategoryRepository(List.of(
                new com.gluework.core.model.Category("old", "Old", "", "", "", false, 1)));

        List<FieldError> errors = ContributionRules.validate(draft("old", "x"), TODAY, withInactive::findByKey, users::contains);

        assertEquals(List.of("categoryKey"), fields(errors));
    }

    @Test
    public void validate_shouldAcceptTodayAndEarlierDatesAndNoDate() {
        assertEquals(List.of(), validate(on(TODAY)));
        assertEquals(List.of(), validate(on(TODAY.minusYears(3))));
        assertEquals(List.of(), validate(on(null)));
    }

    @Test
    public void validate_shouldRejectADateAfterToday() {
        // when
        List<FieldError> errors = validate(on(TODAY.plusDays(1)));

        // then
        assertEquals(List.of("occurredOn"), fields(errors));
        assertTrue(errors.get(0).message(), errors.get(0).message().contains("can't be in the future"));
    }

    @Test
    public void validate_shouldRejectAYearBefore1900OrBefore0() {
        assertEquals(List.of("occurredOn"), fields(validate(on(LocalDate.of(1899, 12, 31)))));
        assertEquals(List.of("occurredOn"), fields(validate(on(LocalDate.of(-1, 1, 1)))));
        assertEquals(List.of(), fields(validate(on(LocalDate.of(1900, 1, 1)))));
    }

    @Test
    public void validate_shouldRejectAYearAfter9999AsAYearNotAsTheFuture() {
        // when
        List<FieldError> errors = validate(on(LocalDate.of(10000, 1, 1)));

        // then
        assertEquals(List.of("occurredOn"), fields(errors));
        assertTrue(errors.get(0).message(), errors.get(0).message().contains("1900 to 9999"));
    }

    @Test
    public void validate_shouldRejectImpactOver2000Characters() {
        ContributionDraft draft = new ContributionDraft("review", null, "x", "y".repeat(2001), List.of(), List.of(), null);

        assertEquals(List.of("impact"), fields(validate(draft)));
    }

    @Test
    public void validate_shouldNameUnknownContributorAndBeneficiaryByIndex() {
        ContributionDraft draft = new ContributionDraft("review", "mallory", "x", null, List.of("alice", "eve"), List.of(), null);

        assertEquals(List.of("contributorKey", "beneficiaryKeys[1]"), fields(validate(draft)));
    }

    @Test
    public void validate_shouldRejectNonHttpEvidenceLinks() {
        List<String> links = List.of("javascript:alert(1)", "https://ok.example/x", "data:text/html,<b>", "/relative",
                "http://");
        ContributionDraft draft = new ContributionDraft("review", null, "x", null, List.of(), links, null);

        assertEquals(List.of("evidenceLinks[0]", "evidenceLinks[2]", "evidenceLinks[3]", "evidenceLinks[4]"),
                fields(validate(draft)));
    }

    @Test
    public void validate_shouldRejectMoreThanFiveEvidenceLinks() {
        List<String> six = List.of("https://a.example", "https://b.example", "https://c.example", "https://d.example",
                "https://e.example", "https://f.example");
        ContributionDraft draft = new ContributionDraft("review", null, "x", null, List.of(), six, null);

        assertEquals(List.of("evidenceLinks"), fields(validate(draft)));
    }

    @Test
    public void validate_shouldReportEveryProblemAtOnce() {
        ContributionDraft draft = new ContributionDraft("nope", "ghost", "", "y".repeat(2001), List.of(), List.of("ftp://x"), null);

        assertEquals(List.of("categoryKey", "summary", "impact", "contributorKey", "evidenceLinks[0]"), fields(validate(draft)));
    }

    @Test
    public void parseEvidenceLink_shouldAcceptUppercaseSchemeAndTrimSpaces() {
        assertEquals(Optional.of(URI.create("HTTPS://example.com/a")), ContributionRules.parseEvidenceLink(" HTTPS://example.com/a "));
        assertTrue(ContributionRules.parseEvidenceLink("JaVaScRiPt:alert(1)").isEmpty());
    }
}
