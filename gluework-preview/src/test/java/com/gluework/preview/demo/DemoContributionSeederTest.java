package com.gluework.preview.demo;

import com.gluework.core.testing.InMemoryContributionRepository;
import org.junit.Test;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import static org.junit.Assert.assertEquals;

public class DemoContributionSeederTest {
    private final DemoDataset dataset = DemoDataset.generate(Clock.fixed(Instant.parse("2025-03-12T08:30:00Z"), ZoneOffset.UTC),
            URI.create("http://localhost:2990"));

    @Test
    public void seedIfEmpty_shouldStoreEveryContributionWithItsCorroborations() {
        // given
        InMemoryContributionRepository store = new InMemoryContributionRepository();

        // when
        int seeded = new DemoContributionSeeder(store).seedIfEmpty(dataset.contributions());

        // then
        assertEquals(dataset.contributions().size(), seeded);
        long expectedOnGw1 = dataset.contributions().stream()
                .filter(s -> s.contribution().issue() != null && s.contribution().issue().key().equals("GW-1")).count();
        assertEquals(expectedOnGw1, store.findByIssue(10001).size());
        int expectedCorroborations = dataset.contributions().stream().mapToInt(s -> s.corroborations().size()).sum();
        int stored = DemoBacklog.issues().stream().flatMap(i -> store.findByIssue(i.id()).stream())
                .mapToInt(c -> c.corroborations().size()).sum();
        int teamGlue = dataset.contributions().stream().filter(s -> s.contribution().issue() == null)
                .mapToInt(s -> s.corroborations().size()).sum();
        assertEquals(expectedCorroborations, stored + teamGlue);
    }

    @Test
    public void seedIfEmpty_shouldLeaveAStoreWithGlueAlone() {
        // given
        InMemoryContributionRepository store = new InMemoryContributionRepository();
        DemoContributionSeeder seeder = new DemoContributionSeeder(store);
        seeder.seedIfEmpty(dataset.contributions());

        // when
        int again = seeder.seedIfEmpty(dataset.contributions());

        // then
        assertEquals(0, again);
        assertEquals(dataset.contributions().stream().filter(s -> s.contribution().issue() != null
                && s.contribution().issue().key().equals("GW-1")).count(), store.findByIssue(10001).size());
    }
}
