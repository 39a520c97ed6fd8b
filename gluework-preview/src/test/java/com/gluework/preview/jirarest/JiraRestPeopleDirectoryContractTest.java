package com.gluework.preview.jirarest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.gluework.core.model.Person;
import com.gluework.core.port.PeopleDirectory;
import com.gluework.core.testing.PeopleDirectoryContract;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The preview's Jira REST reader keeps the {@link PeopleDirectoryContract}, over a double of Jira Data Center's
 * {@code /rest/api/2/user?key=} and {@code /rest/api/2/user/search?username=&maxResults=} (which matches the start of
 * the username or of a word of the display name, and treats {@code .} as everyone).
 */
public class JiraRestPeopleDirectoryContractTest extends PeopleDirectoryContract {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Override
    protected PeopleDirectory directoryOf(List<Person> people) {
        return new JiraRestPeopleDirectory(path -> answer(people, path));
    }

    private static Optional<JsonNode> answer(List<Person> people, String pathAndQuery) {
        String path = pathAndQuery.substring(0, pathAndQuery.indexOf('?'));
        Map<String, String> query = Arrays.stream(pathAndQuery.substring(pathAndQuery.indexOf('?') + 1).split("&"))
                .map(p -> p.split("=", 2))
                .collect(Collectors.toMap(p -> p[0], p -> URLDecoder.decode(p[1], StandardCharsets.UTF_8)));
        if (path.equals("/rest/api/2/user")) {
            return people.stream().filter(p -> p.key().equals(query.get("key"))).findFirst().map(JiraRestPeopleDirectoryContractTest::user);
        }
        if (path.equals("/rest/api/2/user/search")) {
            String username = query.get("username").toLowerCase(Locale.ROOT);
            ArrayNode found = JSON.createArrayNode();
            people.stream().filter(p -> username.equals(".") || matches(p, username))
                    .limit(Integer.parseInt(query.get("maxResults")))
                    .forEach(p -> found.add(user(p)));
            return Optional.of(found);
        }
        throw new AssertionError("unexpected request " + pathAndQuery);
    }

    private static boolean matches(Person person, String query) {
        return person.username().toLowerCase(Locale.ROOT).startsWith(query)
                || Arrays.stream(person.displayName().toLowerCase(Locale.ROOT).split("\\s+")).anyMatch(w -> w.startsWith(query));
    }

    private static JsonNode user(Person person) {
        ObjectNode user = JSON.createObjectNode();
        user.put("key", person.key());
        user.put("name", person.username());
        user.put("displayName", person.displayName());
        user.put("active", person.active());
        return user;
    }
}
