package com.gluework.core.model;

import java.util.List;
import java.util.Objects;

/** The glue recorded on one issue, as one viewer may see it. */
public record IssueContributions(IssueRef issue, List<Contribution> contributions) {
    public IssueContributions {
        Objects.requireNonNull(issue, "issue");
        contributions = List.copyOf(contributions);
    }
}
