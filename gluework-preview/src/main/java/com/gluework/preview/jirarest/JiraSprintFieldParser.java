package com.gluework.preview.jirarest;

import com.fasterxml.jackson.databind.JsonNode;

import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the sprints an issue has been in from the value of Jira's sprint custom field, in both shapes Jira sends:
 * <ul>
 *   <li>Jira Server/Data Center up to 8.x: Greenhopper's {@code Sprint.toString()}, e.g.
 *       {@code com.atlassian.greenhopper.service.sprint.Sprint@1a2b3c[id=7,rapidViewId=3,state=CLOSED,name=Sprint 7,
 *       startDate=2026-01-05T09:00:00.000+01:00,endDate=…,completeDate=<null>,sequence=7]}. The field order differs
 *       between versions (Jira 7 puts {@code goal} after {@code name}, Jira 8 after {@code sequence} and adds
 *       {@code activatedDate}, {@code autoStartStop}, {@code synced}), and {@code <null>} stands for no value;</li>
 *   <li>Cloud and newer servers: JSON objects {@code {"id":7,"name":…,"state":"closed","boardId":3,…}}.</li>
 * </ul>
 * The text form is not escaped, so a name (or goal) may itself contain commas, brackets and {@code =}. A free-text
 * value therefore ends only where a field that has not been seen yet starts <em>and</em> has a value of that field's
 * form (a number, a state, a date, {@code <null>}); only a name containing, say, {@code ",sequence=3"} could still be
 * cut short, which no real sprint name does. Pure: no I/O, nothing but the JDK and Jackson's tree.
 */
public final class JiraSprintFieldParser {
    static final String LEGACY_PREFIX = "com.atlassian.greenhopper.service.sprint.Sprint@";

    private static final Set<String> FREE_TEXT = Set.of("name", "goal");
    private static final String NULL = "<null>";
    private static final Pattern NUMBER = Pattern.compile("-?\\d+|<null>");
    private static final Pattern WORD = Pattern.compile("[A-Za-z_]+|<null>");
    private static final Pattern BOOLEAN = Pattern.compile("true|false|<null>");
    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T[0-9:.+\\-Z]+|<null>");
    /** Fields Jira has been seen to write, with the form of their values. */
    private static final Map<String, Pattern> STRUCTURED = Map.ofEntries(
            Map.entry("id", NUMBER), Map.entry("rapidViewId", NUMBER), Map.entry("sequence", NUMBER),
            Map.entry("incompleteIssuesDestinationId", NUMBER), Map.entry("state", WORD),
            Map.entry("startDate", DATE), Map.entry("endDate", DATE), Map.entry("completeDate", DATE),
            Map.entry("activatedDate", DATE), Map.entry("autoStartStop", BOOLEAN), Map.entry("synced", BOOLEAN));
    /** A field a later Jira may add: accepted only with a value no name would end in. */
    private static final Pattern UNKNOWN_VALUE = Pattern.compile("-?\\d+|true|false|<null>|[A-Z_]+|"
            + "\\d{4}-\\d{2}-\\d{2}T[0-9:.+\\-Z]+");
    private static final Pattern KEY = Pattern.compile("([A-Za-z][A-Za-z0-9]*)=");
    private static final Set<String> STATES = Set.of("future", "active", "closed");

    private JiraSprintFieldParser() {
    }

    /**
     * Every sprint named by a sprint field value: an array of strings or objects, a single string or object, or
     * {@code null}. Values that are not sprints are skipped.
     */
    public static List<JiraSprint> parseField(JsonNode value) {
        List<JiraSprint> sprints = new ArrayList<>();
        if (value == null || value.isNull() || value.isMissingNode()) {
            return sprints;
        }
        if (value.isArray()) {
            value.forEach(v -> parseValue(v).ifPresent(sprints::add));
        } else {
            parseValue(value).ifPresent(sprints::add);
        }
        return sprints;
    }

    /** Whether a custom field's value looks like a sprint field (so other custom fields are never read as sprints). */
    public static boolean isSprintField(JsonNode value) {
        if (value == null || !value.isArray() || value.isEmpty()) {
            return false;
        }
        JsonNode first = value.get(0);
        return first.isTextual() ? first.asText().startsWith(LEGACY_PREFIX) : isSprintObject(first);
    }

    private static Optional<JiraSprint> parseValue(JsonNode value) {
        if (value.isTextual()) {
            return parseLegacy(value.asText());
        }
        return isSprintObject(value) ? Optional.of(fromObject(value)) : Optional.empty();
    }

    /** A sprint object as the Agile API ({@code sprint}, {@code closedSprints}) or Cloud's sprint field sends it. */
    public static JiraSprint fromObject(JsonNode sprint) {
        JsonNode board = sprint.has("originBoardId") ? sprint.path("originBoardId")
                : sprint.has("boardId") ? sprint.path("boardId") : sprint.path("rapidViewId");
        return new JiraSprint(sprint.path("id").asLong(), JiraRestJson.text(sprint, "name"), state(JiraRestJson.text(sprint, "state")),
                date(JiraRestJson.text(sprint, "startDate")), date(JiraRestJson.text(sprint, "endDate")),
                date(JiraRestJson.text(sprint, "completeDate")), board.canConvertToLong() ? board.asLong() : null,
                JiraRestJson.text(sprint, "goal"));
    }

    /** One of Greenhopper's {@code Sprint.toString()} texts; empty when it is not one or has no id. */
    public static Optional<JiraSprint> parseLegacy(String text) {
        if (text == null || !text.startsWith(LEGACY_PREFIX) || !text.endsWith("]")) {
            return Optional.empty();
        }
        int open = text.indexOf('[', LEGACY_PREFIX.length());
        if (open < 0) {
            return Optional.empty();
        }
        Optional<Map<String, String>> fields = fields(text.substring(open + 1, text.length() - 1));
        if (fields.isEmpty()) {
            return Optional.empty();
        }
        Map<String, String> f = fields.get();
        Long id = number(f.get("id"));
        if (id == null) {
            return Optional.empty();
        }
        return Optional.of(new JiraSprint(id, value(f.get("name")), state(value(f.get("state"))), date(value(f.get("startDate"))),
                date(value(f.get("endDate"))), date(value(f.get("completeDate"))), number(f.get("rapidViewId")),
                value(f.get("goal"))));
    }

    /** The {@code key=value} pairs between the brackets, or empty when the text does not have that form. */
    private static Optional<Map<String, String>> fields(String body) {
        Map<String, String> fields = new HashMap<>();
        Set<String> seen = new HashSet<>();
        int at = 0;
        while (at < body.length()) {
            Matcher key = KEY.matcher(body).region(at, body.length());
            if (!key.lookingAt()) {
                return Optional.empty();
            }
            String name = key.group(1);
            seen.add(name);
            int valueStart = key.end();
            int end = FREE_TEXT.contains(name) ? freeTextEnd(body, valueStart, seen) : nextComma(body, valueStart);
            fields.putIfAbsent(name, body.substring(valueStart, end));
            at = end + 1;
        }
        return Optional.of(fields);
    }

    private static int freeTextEnd(String body, int from, Set<String> seen) {
        for (int comma = body.indexOf(',', from); comma >= 0; comma = body.indexOf(',', comma + 1)) {
            if (startsNextField(body, comma + 1, seen)) {
                return comma;
            }
        }
        return body.length();
    }

    private static boolean startsNextField(String body, int at, Set<String> seen) {
        Matcher key = KEY.matcher(body).region(at, body.length());
        if (!key.lookingAt() || seen.contains(key.group(1))) {
            return false;
        }
        String name = key.group(1);
        if (FREE_TEXT.contains(name)) {
            return true;
        }
        String value = body.substring(key.end(), nextComma(body, key.end()));
        Pattern form = STRUCTURED.getOrDefault(name, UNKNOWN_VALUE);
        return form.matcher(value).matches();
    }

    private static int nextComma(String body, int from) {
        int comma = body.indexOf(',', from);
        return comma < 0 ? body.length() : comma;
    }

    private static boolean isSprintObject(JsonNode value) {
        return value.isObject() && value.path("id").canConvertToLong() && value.has("name")
                && STATES.contains(value.path("state").asText().toLowerCase(Locale.ROOT));
    }

    private static String value(String raw) {
        return raw == null || raw.equals(NULL) ? null : raw;
    }

    private static Long number(String raw) {
        String text = value(raw);
        if (text == null) {
            return null;
        }
        try {
            return Long.parseLong(text.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** The Agile API's lower-case state ({@code future}, {@code active}, {@code closed}); the text form is upper case. */
    private static String state(String raw) {
        return raw == null ? null : raw.strip().toLowerCase(Locale.ROOT);
    }

    /** A date the reader cannot parse is treated as absent rather than failing the whole issue. */
    private static OffsetDateTime date(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return OffsetDateTime.parse(text.strip(), JiraRestJson.JIRA_TIMESTAMP);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
