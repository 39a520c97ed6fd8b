package com.gluework.core.report;

import com.gluework.core.model.Category;
import com.gluework.core.model.IssueRef;
import com.gluework.core.model.Person;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A contribution worth calling out in the retro: who did what, the effect, the evidence and who vouches for it.
 *
 * @param summary          what was done
 * @param impact           the problem avoided or the people unblocked; empty when not stated
 * @param corroborators    peers who corroborated it, earliest first
 * @param peerObservation  recorded by someone other than the contributor
 */
public record GlueWin(long contributionId, Person contributor, Category category, Optional<IssueRef> issue,
                      LocalDate occurredOn, String summary, String impact, List<URI> evidenceLinks,
                      List<Person> corroborators, boolean peerObservation) {
    public GlueWin {
        Objects.requireNonNull(contributor, "contributor");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(issue, "issue");
        evidenceLinks = List.copyOf(evidenceLinks);
        corroborators = List.copyOf(corroborators);
    }

    public boolean hasImpact() {
        return !impact.isBlank();
    }
}
