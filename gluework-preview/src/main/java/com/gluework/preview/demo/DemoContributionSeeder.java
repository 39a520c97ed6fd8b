package com.gluework.preview.demo;

import com.gluework.core.model.Contribution;
import com.gluework.core.port.ContributionRepository;

import java.util.List;

/**
 * Puts the demo contributions into an empty store through the repository port — the same path a user's "Record glue"
 * takes — so the preview opens on a team with history. A store that already holds glue on any demo issue is left
 * alone: restarts keep whatever people recorded, and a fresh data directory starts the story again.
 */
public final class DemoContributionSeeder {
    private final ContributionRepository contributions;

    public DemoContributionSeeder(ContributionRepository contributions) {
        this.contributions = contributions;
    }

    /** @return how many contributions were stored (0 when the store was not empty) */
    public int seedIfEmpty(List<SeedContribution> seeds) {
        if (!isEmpty()) {
            return 0;
        }
        for (SeedContribution seed : seeds) {
            Contribution stored = contributions.create(seed.contribution());
            for (SeedContribution.SeedCorroboration c : seed.corroborations()) {
                contributions.addCorroboration(stored.id(), c.corroboratorKey(), c.note(), c.at());
            }
        }
        return seeds.size();
    }

    private boolean isEmpty() {
        return contributions.findByIssues(DemoBacklog.issues().stream().map(DemoIssue::id).toList()).isEmpty(); // one query
    }
}
