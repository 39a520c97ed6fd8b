package com.gluework.preview.jirarest;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.Optional;

/** Jira's projects, read through {@code /rest/api/2/project/{key}}. */
public final class JiraRestProjectSource {
    private final JiraRest jira;

    public JiraRestProjectSource(JiraRest jira) {
        this.jira = jira;
    }

    public Optional<JiraProject> findProject(String projectKey) {
        if (projectKey == null || projectKey.isBlank()) {
            return Optional.empty();
        }
        return jira.get("/rest/api/2/project/" + JiraRestJson.encode(projectKey)).map(JiraRestProjectSource::toProject);
    }

    static JiraProject toProject(JsonNode project) {
        return new JiraProject(project.path("id").asLong(), project.path("key").asText(), JiraRestJson.text(project, "name"),
                JiraRestJson.userKey(project.path("lead")));
    }
}
