package com.gluework.preview.jirarest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Keeps Jira REST documents on disk under the REST path they answer, so anyone can open them and see exactly what
 * a Jira would have sent: {@code rest/api/2/search.json}, {@code rest/api/2/user/search.json},
 * {@code rest/api/2/project/GW.json}, {@code rest/agile/1.0/board/1/sprint.json}.
 */
public final class JiraRestSnapshotFiles {
    static final String SEARCH = "rest/api/2/search.json";
    static final String USER_SEARCH = "rest/api/2/user/search.json";
    static final String PROJECTS = "rest/api/2/project";
    static final String BOARDS = "rest/agile/1.0/board";
    static final String BOARD_SPRINTS = "sprint.json";

    private final ObjectMapper json;

    public JiraRestSnapshotFiles(ObjectMapper json) {
        this.json = json.copy().enable(SerializationFeature.INDENT_OUTPUT);
    }

    public void write(Path dir, JiraRestDocuments documents) {
        try {
            writeJson(dir.resolve(USER_SEARCH), documents.userSearch());
            writeJson(dir.resolve(SEARCH), documents.search());
            for (JsonNode project : documents.projects()) {
                writeJson(dir.resolve(PROJECTS).resolve(project.path("key").asText() + ".json"), project);
            }
            for (Map.Entry<Long, JsonNode> board : documents.boardSprints().entrySet()) {
                writeJson(dir.resolve(BOARDS).resolve(board.getKey().toString()).resolve(BOARD_SPRINTS), board.getValue());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write the Jira REST documents under " + dir, e);
        }
    }

    public JiraRestDocuments read(Path dir) {
        try {
            List<JsonNode> projects = new ArrayList<>();
            for (Path file : list(dir.resolve(PROJECTS))) {
                if (file.getFileName().toString().endsWith(".json")) {
                    projects.add(json.readTree(file.toFile()));
                }
            }
            Map<Long, JsonNode> boardSprints = new TreeMap<>();
            for (Path board : list(dir.resolve(BOARDS))) {
                Path sprints = board.resolve(BOARD_SPRINTS);
                if (Files.isRegularFile(sprints) && board.getFileName().toString().matches("\\d+")) {
                    boardSprints.put(Long.parseLong(board.getFileName().toString()), json.readTree(sprints.toFile()));
                }
            }
            return new JiraRestDocuments(json.readTree(dir.resolve(USER_SEARCH).toFile()), projects,
                    json.readTree(dir.resolve(SEARCH).toFile()), boardSprints);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the Jira REST documents under " + dir, e);
        }
    }

    private void writeJson(Path file, JsonNode document) throws IOException {
        Files.createDirectories(file.getParent());
        json.writeValue(file.toFile(), document);
    }

    private static List<Path> list(Path dir) throws IOException {
        List<Path> entries = new ArrayList<>();
        if (!Files.isDirectory(dir)) {
            return entries;
        }
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(dir)) {
            stream.forEach(entries::add);
        }
        entries.sort(null);
        return entries;
    }
}
