package com.gluework.core.model;

import java.util.Objects;

/**
 * An issue as Glue Work needs to know it: both ids (the key changes when an issue moves project, the id does not)
 * and the project, for permission checks and reports.
 */
public record IssueRef(long id, String key, long projectId, String projectKey, String summary) {
    public IssueRef {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(projectKey, "projectKey");
        summary = summary == null ? "" : summary;
    }
}
