package com.gluework.preview.demo;

import com.gluework.core.model.Contribution;
import com.gluework.core.model.ContributionDraft;
import com.gluework.core.service.ContributionService;

import java.net.URI;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import static com.gluework.preview.demo.DemoTeam.BOB;
import static com.gluework.preview.demo.DemoTeam.DAVE;
import static com.gluework.preview.demo.DemoTeam.FRANK;

/**
 * What the team changed after recording, made through {@link ContributionService} as the people themselves, so each
 * change has a real history entry: two edits on GW-1 (frank states what his second review found, dave sharpens his
 * runbook's effect) and a duplicate peer observation that bob recorded for frank and then retired. The retired one
 * never counts in panels or reports; bob and alice (the project admin) see it behind "Show retired".
 */
public final class DemoStoryChanges {
    static final String FRANKS_REVIEW = "Second review of the retry change, focused on PSP timeouts";
    static final String FRANKS_REVIEW_IMPACT = "Found two PSP timeout paths the retry did not handle, before release";
    static final String DAVES_RUNBOOK = "Added the capture-retry failure modes to the alerting runbook";
    static final String DAVES_RUNBOOK_IMPACT = "On-call can tell a stuck retry from a PSP outage in under a minute";
    static final String DUPLICATE = "Reviewed the retry change for PSP timeouts";

    private final ContributionService service;

    public DemoStoryChanges(ContributionService service) {
        this.service = service;
    }

    /** Applies the changes to a freshly seeded demo store; call it only right after seeding. */
    public void apply() {
        String gw1 = DemoBacklog.gw(1).key();
        List<Contribution> onGw1 = service.listForIssue(Optional.of(BOB), gw1).contributions();
        edit(FRANK, find(onGw1, FRANKS_REVIEW), c -> draftOf(c, FRANKS_REVIEW_IMPACT));
        edit(DAVE, find(onGw1, DAVES_RUNBOOK), c -> draftOf(c, DAVES_RUNBOOK_IMPACT));
        Contribution duplicate = service.record(Optional.of(BOB), gw1, new ContributionDraft("review", FRANK, DUPLICATE,
                "", List.of(BOB), List.of(), null));
        service.retire(Optional.of(BOB), duplicate.id(), duplicate.version());
    }

    private void edit(String actor, Contribution current, Function<Contribution, ContributionDraft> change) {
        service.edit(Optional.of(actor), current.id(), change.apply(current), current.version());
    }

    private static Contribution find(List<Contribution> contributions, String summary) {
        return contributions.stream().filter(c -> c.summary().equals(summary)).findFirst()
                .orElseThrow(() -> new IllegalStateException("The demo story has no contribution \"" + summary + "\""));
    }

    /** The contribution as it is, with a new effect. */
    private static ContributionDraft draftOf(Contribution c, String impact) {
        return new ContributionDraft(c.categoryKey(), c.contributorKey(), c.summary(), impact, c.beneficiaryKeys(),
                c.evidenceLinks().stream().map(URI::toString).toList(), c.occurredOn());
    }
}
