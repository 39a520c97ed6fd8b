package com.gluework.preview.demo;

import com.gluework.core.model.ChangeKind;
import com.gluework.core.model.Contribution;
import com.gluework.core.model.ContributionChange;
import com.gluework.core.model.ContributionState;
import com.gluework.core.service.ContributionService;
import com.gluework.core.testing.FakeHost;
import com.gluework.core.testing.InMemoryCategoryRepository;
import com.gluework.core.testing.InMemoryContributionRepository;
import org.junit.Before;
import org.junit.Test;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import static org.junit.Assert.assertEquals;

public class DemoStoryChangesTest {
    private final Clock clock = Clock.fixed(Instant.parse("2025-03-12T08:30:00Z"), ZoneOffset.UTC);
    private final DemoDataset dataset = DemoDataset.generate(clock, URI.create("http://localhost:2990"));
    private final InMemoryContributionRepository store = new InMemoryContributionRepository();
    /** Alice administers the project, as in the preview, so she still sees the retired duplicate. */
    private final FakeHost host = new FakeHost().withIssue(DemoBacklog.gw(1).id(), "GW-1").withProjectAdmin(DemoTeam.ALICE);
    private ContributionService service;
    private int activeBefore;

    @Before
    public void seededStore() {
        DemoTeam.members().forEach(m -> host.withPerson(m.key(), DemoTeam.displayName(m.key())));
        service = new ContributionService(store, new InMemoryCategoryRepository(), host, host, host, clock);
        new DemoContributionSeeder(store).seedIfEmpty(dataset.contributions());
        activeBefore = activeOnGw1().size();
    }

    @Test
    public void apply_shouldEditTwoContributionsAsTheirContributorsWithHistory() {
        // when
        new DemoStoryChanges(service).apply();

        // then
        Contribution franks = bySummary(DemoStoryChanges.FRANKS_REVIEW);
        assertEquals(DemoStoryChanges.FRANKS_REVIEW_IMPACT, franks.impact());
        List<ContributionChange> history = store.findHistory(franks.id());
        assertEquals(List.of(ChangeKind.CREATED, ChangeKind.EDITED), history.stream().map(ContributionChange::kind).toList());
        assertEquals(DemoTeam.FRANK, history.get(1).actorKey());
        assertEquals(DemoStoryChanges.DAVES_RUNBOOK_IMPACT, bySummary(DemoStoryChanges.DAVES_RUNBOOK).impact());
    }

    @Test
    public void apply_shouldLeaveOneRetiredDuplicateThatCountsNowhere() {
        // when
        new DemoStoryChanges(service).apply();

        // then
        Contribution duplicate = bySummary(DemoStoryChanges.DUPLICATE);
        assertEquals(ContributionState.RETIRED, duplicate.state());
        assertEquals(List.of(ChangeKind.CREATED, ChangeKind.RETIRED),
                store.findHistory(duplicate.id()).stream().map(ContributionChange::kind).toList());
        assertEquals(DemoTeam.BOB, store.findHistory(duplicate.id()).get(1).actorKey());
        assertEquals(activeBefore, activeOnGw1().size());
    }

    private List<Contribution> activeOnGw1() {
        return store.findByIssue(DemoBacklog.gw(1).id()).stream().filter(c -> c.state() == ContributionState.ACTIVE).toList();
    }

    private Contribution bySummary(String summary) {
        return service.listForIssue(Optional.of(DemoTeam.ALICE), "GW-1").contributions().stream()
                .filter(c -> c.summary().equals(summary)).findFirst().orElseThrow();
    }
}
