package com.gluework.preview.jirarest;

import com.fasterxml.jackson.databind.JsonNode;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;

/** Small, forgiving reads of Jira's JSON: fields come and go between Jira versions, so nothing here assumes they exist. */
final class JiraRestJson {
    /**
     * Jira writes two timestamp styles: {@code 2011-12-15T15:35:06.000+1300} (REST api/2) and
     * {@code 2016-04-28T05:08:48.543-07:00} (Agile API). One parser reads both.
     */
    static final DateTimeFormatter JIRA_TIMESTAMP = new DateTimeFormatterBuilder()
            .appendPattern("yyyy-MM-dd'T'HH:mm:ss")
            .optionalStart().appendPattern(".SSS").optionalEnd()
            .optionalStart().appendPattern("XXX").optionalEnd()
            .optionalStart().appendPattern("XX").optionalEnd()
            .toFormatter();

    private JiraRestJson() {
    }

    /** The text of a field, or {@code null} when it is missing or JSON null. */
    static String text(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.isMissingNode() || value.isNull() ? null : value.asText();
    }

    static OffsetDateTime timestamp(JsonNode node, String field) {
        String text = text(node, field);
        return text == null || text.isBlank() ? null : OffsetDateTime.parse(text, JIRA_TIMESTAMP);
    }

    /**
     * A user's key. Data Center user objects carry {@code key}; older servers (and some endpoints) only {@code name},
     * which was the key before Jira 6 introduced renames.
     */
    static String userKey(JsonNode user) {
        if (user == null || user.isMissingNode() || user.isNull()) {
            return null;
        }
        String key = text(user, "key");
        return key != null ? key : text(user, "name");
    }

    static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
