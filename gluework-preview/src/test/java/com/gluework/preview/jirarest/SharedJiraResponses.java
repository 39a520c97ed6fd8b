package com.gluework.preview.jirarest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Real Jira responses recorded by other projects (testdata/, see its SOURCES.md), found through the
 * {@code gluework.testdata} system property that surefire and failsafe pass.
 */
public final class SharedJiraResponses {
    public static final String SEARCH = "sumoheavy__jira-ruby/spec/mock_responses/issue.json";
    public static final String ISSUE_10002 = "sumoheavy__jira-ruby/spec/mock_responses/issue/10002.json";
    public static final String USER_ADMIN = "sumoheavy__jira-ruby/spec/mock_responses/user/admin.json";
    public static final String SPRINTS = "andygrunwald__go-jira/testing/mock-data/sprints.json";
    public static final String PROJECT = "andygrunwald__go-jira/testing/mock-data/project.json";
    public static final String ISSUES_WITH_CHANGELOG = "andygrunwald__go-jira/mocks/issues_in_sprint_with_changelog.json";
    public static final String AGILE_SPRINT_ISSUES = "sumoheavy__jira-ruby/spec/mock_responses/sprint/1_issues.json";

    private static final ObjectMapper JSON = new ObjectMapper();

    private SharedJiraResponses() {
    }

    public static Path path(String relative) {
        String root = System.getProperty("gluework.testdata");
        if (root == null) {
            throw new IllegalStateException("Run through Maven: the gluework.testdata system property names the repository's testdata folder");
        }
        Path file = Path.of(root).resolve(relative);
        if (!Files.isRegularFile(file)) {
            throw new IllegalStateException("Missing test data " + file);
        }
        return file;
    }

    public static JsonNode read(String relative) {
        try {
            return JSON.readTree(path(relative).toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every recorded response above, served the way Jira would serve it. */
    public static SnapshotJiraRest asJira() {
        return SnapshotJiraRest.builder()
                .searchResult(read(SEARCH))
                .issue(read(ISSUE_10002))
                .searchResult(read(ISSUES_WITH_CHANGELOG))
                .searchResult(read(AGILE_SPRINT_ISSUES))
                .users(read(USER_ADMIN))
                .project(read(PROJECT))
                .boardSprints(734, read(SPRINTS))
                .build();
    }
}
