package com.gluework.ao;

import com.gluework.core.error.ConflictException;
import com.gluework.core.model.Contribution;
import com.gluework.core.model.ContributionSource;
import com.gluework.core.model.ContributionState;
import com.gluework.core.model.Corroboration;
import com.gluework.core.model.IssueRef;
import com.gluework.core.model.NewContribution;
import com.gluework.core.port.ContributionRepository;
import org.junit.Test;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

/**
 * What every {@link ContributionRepository} must do, whatever stores it. Subclasses supply the adapter.
 * Instants are given in whole milliseconds, the precision every adapter keeps.
 */
public abstract class ContributionRepositoryContract {
    protected static final Instant T0 = Instant.parse("2026-11-02T09:15:30.123Z");
    protected static final IssueRef GW_1 = new IssueRef(10001, "GW-1", 10000, "GW", "");
    protected static final IssueRef GW_2 = new IssueRef(10002, "GW-2", 10000, "GW", "");

    /** The adapter under test, on an empty store. */
    protected abstract ContributionRepository repository();

    @Test
    public void create_thenFindById_shouldRoundTripEveryField() {
        // given
        NewContribution recorded = new NewContribution("review", "bob", "alice", GW_1, LocalDate.of(2026, 10, 30),
                "Flagged a data race in the export job", "Avoided a corrupted export for 3 customers",
                List.of("carol", "dave"), List.of(URI.create("https://git.example.com/pr/42"),
                URI.create("http://wiki.example.com/x?y=1&z=%20")), ContributionSource.SUGGESTED, T0);

        // when
        Contribution created = repository().create(recorded);
        Contribution found = repository().findById(created.id()).orElseThrow();

        // then
        assertTrue(created.id() > 0);
        assertEquals("review", found.categoryKey());
        assertEquals("bob", found.contributorKey());
        assertEquals("alice", found.recordedByKey());
        assertSameIssue(GW_1, found.issue());
        assertEquals(LocalDate.of(2026, 10, 30), found.occurredOn());
        assertEquals("Flagged a data race in the export job", found.summary());
        assertEquals("Avoided a corrupted export for 3 customers", found.impact());
        assertEquals(List.of("carol", "dave"), found.beneficiaryKeys());
        assertEquals(recorded.evidenceLinks(), found.evidenceLinks());
        assertEquals(ContributionState.ACTIVE, found.state());
        assertEquals(ContributionSource.SUGGESTED, found.source());
        assertEquals(T0, found.createdAt());
        assertEquals(T0, found.updatedAt());
        assertEquals(1, found.version());
        assertEquals(List.of(), found.corroborations());
        assertEquals("create returns what a later read returns", created, found);
    }

    @Test
    public void create_withLongestAllowedUnicodeText_shouldKeepEveryCharacter() {
        // given: a 255-code-point summary mostly outside the BMP (510 UTF-16 units), a 2,000-code-point impact
        // mixing scripts and emoji, and five 2,000-character links
        String summary = "Ünïcödé ✓ " + "😀".repeat(239) + "漢字かなカナ";
        String impact = "Évité — 避免 — избежал — ".repeat(100).substring(0, 1990) + "🚀".repeat(10);
        List<URI> links = IntStream.range(0, 5)
                .mapToObj(i -> URI.create("https://example.com/" + i + "/" + "a".repeat(2000 - 24) + "?q"))
                .toList();
        NewContribution recorded = new NewContribution("documentation", "erin", "erin", GW_1, LocalDate.of(2026, 1, 1),
                summary, impact, List.of(), links, ContributionSource.MANUAL, T0);

        // when
        Contribution found = repository().findById(repository().create(recorded).id()).orElseThrow();

        // then
        assertEquals(255, summary.codePointCount(0, summary.length()));
        assertEquals(summary, found.summary());
        assertEquals(2000, impact.codePointCount(0, impact.length()));
        assertEquals(impact, found.impact());
        assertEquals(2000, links.get(4).toString().length());
        assertEquals(links, found.evidenceLinks());
    }

    @Test
    public void create_withoutIssue_shouldStoreTeamGlueThatNoIssueLists() {
        // given
        NewContribution teamGlue = newContribution(null, "frank", T0);

        // when
        Contribution created = repository().create(teamGlue);

        // then
        Contribution found = repository().findById(created.id()).orElseThrow();
        assertNull(found.issue());
        assertEquals("", found.impact());
        assertEquals(List.of(), found.beneficiaryKeys());
        assertEquals(List.of(), found.evidenceLinks());
        assertEquals(List.of(), repository().findByIssue(GW_1.id()));
    }

    @Test
    public void findById_ofUnknownId_shouldBeEmpty() {
        // given
        repository().create(newContribution(GW_1, "bob", T0));

        // when / then
        assertTrue(repository().findById(987_654).isEmpty());
        assertTrue(repository().findById(-1).isEmpty());
        assertTrue(repository().findById(Long.MAX_VALUE).isEmpty());
    }

    @Test
    public void findByIssue_shouldReturnThatIssuesContributionsOldestFirst() {
        // given: recorded out of order, and interleaved with another issue's glue
        Contribution second = repository().create(newContribution(GW_1, "bob", T0.plusSeconds(60)));
        repository().create(newContribution(GW_2, "carol", T0.plusSeconds(30)));
        Contribution first = repository().create(newContribution(GW_1, "dave", T0));
        Contribution third = repository().create(newContribution(GW_1, "erin", T0.plusSeconds(120)));

        // when
        List<Contribution> found = repository().findByIssue(GW_1.id());

        // then
        assertEquals(List.of(first.id(), second.id(), third.id()), found.stream().map(Contribution::id).toList());
        assertEquals(1, repository().findByIssue(GW_2.id()).size());
        assertEquals(List.of(), repository().findByIssue(99_999));
    }

    @Test
    public void findByIssue_withSameCreationTime_shouldKeepRecordingOrder() {
        // given
        Contribution a = repository().create(newContribution(GW_1, "bob", T0));
        Contribution b = repository().create(newContribution(GW_1, "carol", T0));

        // when / then
        assertEquals(List.of(a.id(), b.id()), repository().findByIssue(GW_1.id()).stream().map(Contribution::id).toList());
    }

    @Test
    public void addCorroboration_shouldBeLoadedWithItsOwnContributionOnly() {
        // given
        Contribution reviewed = repository().create(newContribution(GW_1, "bob", T0));
        Contribution other = repository().create(newContribution(GW_1, "carol", T0.plusSeconds(1)));

        // when
        Corroboration byErin = repository().addCorroboration(reviewed.id(), "erin", "", T0.plusSeconds(5));
        Corroboration byDave = repository().addCorroboration(reviewed.id(), "dave", "Saw it in the PR 👍", T0.plusSeconds(10));
        Corroboration onOther = repository().addCorroboration(other.id(), "dave", null, T0.plusSeconds(20));

        // then
        assertEquals(reviewed.id(), byDave.contributionId());
        assertEquals("Saw it in the PR 👍", byDave.note());
        assertEquals("", onOther.note());
        List<Contribution> found = repository().findByIssue(GW_1.id());
        assertEquals("in the order given, oldest first", List.of(byErin, byDave), found.get(0).corroborations());
        assertEquals(List.of(onOther), found.get(1).corroborations());
        assertEquals(List.of(byErin, byDave), repository().findById(reviewed.id()).orElseThrow().corroborations());
        assertTrue(found.get(0).isCorroboratedBy("dave"));
    }

    @Test
    public void findByIssue_shouldLoadEachContributionsOwnBeneficiaries() {
        // given
        Contribution forTwo = repository().create(withBeneficiaries(GW_1, T0, List.of("erin", "alice")));
        Contribution forOne = repository().create(withBeneficiaries(GW_1, T0.plusSeconds(1), List.of("frank")));
        repository().create(withBeneficiaries(GW_2, T0, List.of("carol")));

        // when
        List<Contribution> found = repository().findByIssue(GW_1.id());

        // then
        assertEquals(List.of(forTwo.id(), forOne.id()), found.stream().map(Contribution::id).toList());
        assertEquals("in the order given", List.of("erin", "alice"), found.get(0).beneficiaryKeys());
        assertEquals(List.of("frank"), found.get(1).beneficiaryKeys());
    }

    @Test
    public void addCorroboration_twiceBySamePerson_shouldBeRejectedAsConflict() {
        // given
        Contribution contribution = repository().create(newContribution(GW_1, "bob", T0));
        repository().addCorroboration(contribution.id(), "carol", "first", T0.plusSeconds(1));

        // when
        ConflictException conflict = assertThrows(ConflictException.class,
                () -> repository().addCorroboration(contribution.id(), "carol", "second", T0.plusSeconds(2)));

        // then: nothing more may be asserted against the store here, because PostgreSQL refuses every statement
        // in a transaction after a failed one, and the AO test runner wraps the whole test in one transaction
        assertEquals("contributionId", conflict.errors().get(0).field());
    }

    protected static NewContribution newContribution(IssueRef issue, String contributorKey, Instant createdAt) {
        return new NewContribution("mentoring", contributorKey, contributorKey, issue, LocalDate.of(2026, 11, 1),
                "Paired with a new teammate on " + (issue == null ? "team glue" : issue.key()), null, null, null,
                ContributionSource.MANUAL, createdAt);
    }

    private static NewContribution withBeneficiaries(IssueRef issue, Instant createdAt, List<String> beneficiaries) {
        return new NewContribution("mentoring", "bob", "bob", issue, LocalDate.of(2026, 11, 1), "Onboarding help", "",
                beneficiaries, List.of(), ContributionSource.MANUAL, createdAt);
    }

    /** The issue's identity; its summary belongs to the host and is not part of what a repository promises to keep. */
    private static void assertSameIssue(IssueRef expected, IssueRef actual) {
        assertEquals(expected.id(), actual.id());
        assertEquals(expected.key(), actual.key());
        assertEquals(expected.projectId(), actual.projectId());
        assertEquals(expected.projectKey(), actual.projectKey());
    }
}
