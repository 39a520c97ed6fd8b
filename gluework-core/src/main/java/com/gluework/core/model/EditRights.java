package com.gluework.core.model;

import java.util.Objects;
import java.util.Optional;

/**
 * Who may edit, retire and restore the contributions on one issue, seen by one viewer. The only host question in it,
 * "does the viewer administer the project?", is asked once when it is made (in Jira a user lookup, an issue
 * lookup and a permission check), so a panel can answer for every row without asking the host again.
 *
 * @param actorKey     the viewer; empty when anonymous, who may edit nothing
 * @param projectAdmin the viewer administers the project of the issue these rights were made for, so may edit anyone's
 *                     contribution on it; only meaningful for contributions on that issue
 */
public record EditRights(Optional<String> actorKey, boolean projectAdmin) {
    public EditRights {
        Objects.requireNonNull(actorKey, "actorKey");
        projectAdmin = projectAdmin && actorKey.isPresent();
    }

    /** Its recorder, its contributor or a project administrator may change it. */
    public boolean mayEdit(Contribution contribution) {
        return actorKey.map(actor -> projectAdmin || contribution.isRecordedOrDoneBy(actor)).orElse(false);
    }

    /**
     * Retired glue is kept for its history, not for reading: only the people who could restore it may see it. Browse
     * permission on the issue is checked before, by whoever made these rights.
     */
    public boolean maySee(Contribution contribution) {
        return contribution.state() != ContributionState.RETIRED || mayEdit(contribution);
    }
}
