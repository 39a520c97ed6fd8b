package com.gluework.preview.it;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.gluework.preview.jirarest.SharedJiraResponses;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.junit.rules.ExternalResource;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Jira Data Center with Jira Software, in this JVM, over real HTTP at {@code http://127.0.0.1:PORT/jira}. It
 * answers from recorded responses in testdata/ (see testdata/SOURCES.md): the "Checkout" project, board 12 and its
 * sprints with Server/DC's legacy sprint strings (testdata/gluework/jira-dc-legacy-sprints, which we wrote), the boards
 * and sprints go-jira recorded, and the statuses jira-ruby recorded. Like Jira it checks the personal access token
 * (401 otherwise), pages lists by {@code startAt}/{@code maxResults} with {@code isLast}/{@code total} — at most
 * {@value #PAGE_CAP} per page, as a Jira whose administrator capped page sizes — filters boards by {@code type},
 * answers 400 for a kanban board's sprints, and filters searches by {@code project = KEY} and {@code sprint = N}.
 * <p>
 * It can also fail the way a Jira fails: any status for every request (or for paths under a prefix), a body that is
 * not JSON, silence until the client gives up, or not listening at all ({@link #stop()}, then {@link #restart()} on
 * the same port).
 */
public final class FakeJira extends ExternalResource {
    public static final String TOKEN = "NzQ2MTIzOTg3NjU0OkZha2UgSmlyYSB0b2tlbiBmb3IgdGVzdHM";
    public static final String CONTEXT_PATH = "/jira";
    public static final int PAGE_CAP = 2;
    static final String GLUEWORK = "gluework/jira-dc-legacy-sprints/";
    private static final String GO_JIRA = "andygrunwald__go-jira/testing/mock-data/";
    private static final String JIRA_RUBY = "sumoheavy__jira-ruby/spec/mock_responses/";
    private static final String SPRINT_FIELD = "customfield_10105";
    private static final Pattern BOARD = Pattern.compile("/rest/agile/1.0/board/(\\d+)");
    private static final Pattern BOARD_SPRINTS = Pattern.compile("/rest/agile/1.0/board/(\\d+)/sprint");
    private static final Pattern SPRINT = Pattern.compile("/rest/agile/1.0/sprint/(\\d+)");
    private static final Pattern ISSUE = Pattern.compile("/rest/api/2/issue/([^/]+)");
    private static final Pattern PROJECT = Pattern.compile("/rest/api/2/project/([^/]+)");
    private static final Pattern JQL_PROJECT = Pattern.compile("(?i)project\\s*=\\s*\"?([A-Z][A-Z0-9_]*)\"?");
    private static final Pattern JQL_SPRINT = Pattern.compile("(?i)sprint\\s*=\\s*(\\d+)");

    private final ObjectMapper json = new ObjectMapper();
    private final List<String> requests = new CopyOnWriteArrayList<>();
    private volatile Failure failure;
    private volatile CountDownLatch silence = new CountDownLatch(0);
    private HttpServer server;
    private ExecutorService threads;
    private int port;

    private List<JsonNode> boards;
    private Map<Long, JsonNode> sprintsByBoard;
    private List<JsonNode> issues;
    private JsonNode users;

    /** How to fail: {@code status} 0 = silence, -1 = a body that is not JSON; only for paths starting with {@code prefix}. */
    private record Failure(int status, String prefix) {
    }

    @Override
    protected void before() throws IOException {
        boards = new ArrayList<>();
        read(GO_JIRA + "all_boards.json").path("values").forEach(boards::add);
        read(GLUEWORK + "rest/agile/1.0/board.json").path("values").forEach(boards::add);
        sprintsByBoard = new LinkedHashMap<>();
        sprintsByBoard.put(12L, read(GLUEWORK + "rest/agile/1.0/board/12/sprint.json"));
        sprintsByBoard.put(1L, read(GO_JIRA + "sprints.json"));
        issues = new ArrayList<>();
        read(GLUEWORK + "rest/api/2/search.json").path("issues").forEach(issues::add);
        users = read(GLUEWORK + "rest/api/2/user/search.json");
        start(0);
    }

    @Override
    protected void after() {
        stop();
    }

    private void start(int onPort) throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), onPort), 0);
        threads = Executors.newCachedThreadPool();
        server.setExecutor(threads);
        server.createContext("/", this::handle);
        server.start();
        port = server.getAddress().getPort();
    }

    /** Stops listening: connections are refused, as for a Jira that is down. */
    public void stop() {
        silence.countDown();
        if (server != null) {
            server.stop(0);
            threads.shutdownNow();
            server = null;
        }
    }

    /** Listens again on the same port: the Jira is back. */
    public void restart() throws IOException {
        start(port);
    }

    public URI baseUrl() {
        return URI.create("http://127.0.0.1:" + port + CONTEXT_PATH);
    }

    /** Every request so far, as {@code METHOD /path?query} without the context path. */
    public List<String> requests() {
        return List.copyOf(requests);
    }

    public void answerNormally() {
        failure = null;
        silence.countDown();
    }

    public void answerEverythingWith(int status) {
        failWith(status, "/");
    }

    /** Fails only requests whose path starts with {@code prefix}, e.g. {@code /rest/agile/}. */
    public void failWith(int status, String prefix) {
        failure = new Failure(status, prefix);
        silence.countDown();
    }

    public void answerWithHtml() {
        failure = new Failure(-1, "/");
        silence.countDown();
    }

    /** Accepts requests and never answers (until {@link #answerNormally()} or the end of the test class). */
    public void stayQuiet() {
        silence = new CountDownLatch(1);
        failure = new Failure(0, "/");
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String uri = exchange.getRequestURI().getRawPath().substring(Math.min(CONTEXT_PATH.length(),
                    exchange.getRequestURI().getRawPath().length()));
            String query = exchange.getRequestURI().getRawQuery();
            requests.add(exchange.getRequestMethod() + " " + uri + (query == null ? "" : "?" + query));
            Failure failing = failure;
            if (failing != null && uri.startsWith(failing.prefix())) {
                fail(exchange, failing);
                return;
            }
            if (!exchange.getRequestURI().getRawPath().startsWith(CONTEXT_PATH + "/")) {
                send(exchange, 404, "text/html", "<html><body>Not Found</body></html>");
                return;
            }
            if (!("Bearer " + TOKEN).equals(exchange.getRequestHeaders().getFirst("Authorization"))) {
                sendJson(exchange, 401, errors("You are not authenticated. Authentication required to perform this operation."));
                return;
            }
            if (!exchange.getRequestMethod().equals("GET")) {
                sendJson(exchange, 405, errors("Method not allowed"));
                return;
            }
            Optional<JsonNode> answer = route(uri, parameters(query));
            if (answer.isEmpty()) {
                sendJson(exchange, 404, errors("Not found"));
            } else if (answer.get().has("errorMessages")) {
                sendJson(exchange, answer.get().path("status").asInt(400), answer.get());
            } else {
                sendJson(exchange, 200, answer.get());
            }
        }
    }

    private void fail(HttpExchange exchange, Failure failing) throws IOException {
        if (failing.status() == 0) {
            try {
                silence.await(60, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return; // closing without a response: the client sees the connection end after its own timeout
        }
        if (failing.status() == -1) {
            // What a reverse proxy's login page, or a URL that is not Jira, sends: HTML with 200.
            send(exchange, 200, "text/html;charset=UTF-8", "<!DOCTYPE html><html><head><title>Log in</title></head><body>"
                    + "<form action=\"/login.jsp\"></form></body></html>");
            return;
        }
        sendJson(exchange, failing.status(), errors("HTTP " + failing.status()));
    }

    private Optional<JsonNode> route(String path, Map<String, String> query) throws IOException {
        Matcher m;
        switch (path) {
            case "/rest/api/2/myself":
                return Optional.of(read(GLUEWORK + "rest/api/2/myself.json"));
            case "/rest/api/2/user":
                return stream(users).filter(u -> u.path("key").asText().equals(query.get("key"))
                        || u.path("name").asText().equals(query.get("username"))).findFirst();
            case "/rest/api/2/user/search":
                return Optional.of(users);
            case "/rest/api/2/status":
                return Optional.of(read(JIRA_RUBY + "status.json"));
            case "/rest/api/2/search":
                return Optional.of(search(query));
            case "/rest/agile/1.0/board":
                return Optional.of(page(boards.stream().filter(b -> !query.containsKey("type")
                        || b.path("type").asText().equals(query.get("type"))).toList(), query, "values"));
            default:
                break;
        }
        if ((m = BOARD_SPRINTS.matcher(path)).matches()) {
            long board = Long.parseLong(m.group(1));
            Optional<JsonNode> found = boards.stream().filter(b -> b.path("id").asLong() == board).findFirst();
            if (found.isEmpty()) {
                return Optional.empty();
            }
            if (!found.get().path("type").asText().equals("scrum")) {
                ObjectNode error = errors("The board does not support sprints");
                error.put("status", 400);
                return Optional.of(error);
            }
            JsonNode sprints = sprintsByBoard.get(board);
            return Optional.of(page(sprints == null ? List.of() : stream(sprints.path("values")).toList(), query, "values"));
        }
        if ((m = BOARD.matcher(path)).matches()) {
            long board = Long.parseLong(m.group(1));
            return boards.stream().filter(b -> b.path("id").asLong() == board).findFirst();
        }
        if ((m = SPRINT.matcher(path)).matches()) {
            long sprint = Long.parseLong(m.group(1));
            return sprintsByBoard.values().stream().flatMap(s -> stream(s.path("values")))
                    .filter(s -> s.path("id").asLong() == sprint).findFirst();
        }
        if ((m = ISSUE.matcher(path)).matches()) {
            String idOrKey = URLDecoder.decode(m.group(1), StandardCharsets.UTF_8);
            return issues.stream().filter(i -> i.path("key").asText().equals(idOrKey) || i.path("id").asText().equals(idOrKey)).findFirst();
        }
        if ((m = PROJECT.matcher(path)).matches()) {
            return switch (m.group(1)) {
                case "CHK", "10200" -> Optional.of(read(GLUEWORK + "rest/api/2/project/CHK.json"));
                case "ABDERA" -> Optional.of(read(GO_JIRA + "project.json"));
                default -> Optional.empty();
            };
        }
        return Optional.empty();
    }

    private JsonNode search(Map<String, String> query) {
        String jql = query.getOrDefault("jql", "");
        Matcher project = JQL_PROJECT.matcher(jql);
        Matcher sprint = JQL_SPRINT.matcher(jql);
        String projectKey = project.find() ? project.group(1) : null;
        String sprintId = sprint.find() ? sprint.group(1) : null;
        List<JsonNode> found = issues.stream()
                .filter(i -> projectKey == null || i.path("fields").path("project").path("key").asText().equals(projectKey))
                .filter(i -> sprintId == null || stream(i.path("fields").path(SPRINT_FIELD))
                        .anyMatch(s -> s.asText().contains("[id=" + sprintId + ",")))
                .toList();
        return page(found, query, "issues");
    }

    /** One page of {@code all}, as Jira pages: never more than asked, never more than {@value #PAGE_CAP}. */
    private JsonNode page(List<JsonNode> all, Map<String, String> query, String listName) {
        int startAt = Math.max(0, number(query.get("startAt"), 0));
        int maxResults = Math.min(PAGE_CAP, Math.max(1, number(query.get("maxResults"), 50)));
        ArrayNode values = json.createArrayNode();
        all.stream().skip(startAt).limit(maxResults).forEach(values::add);
        ObjectNode page = json.createObjectNode();
        page.put("startAt", startAt).put("maxResults", maxResults).put("total", all.size())
                .put("isLast", startAt + values.size() >= all.size());
        page.set(listName, values);
        return page;
    }

    private JsonNode read(String relative) throws IOException {
        return json.readTree(SharedJiraResponses.path(relative).toFile());
    }

    private ObjectNode errors(String message) {
        ObjectNode body = json.createObjectNode();
        body.putArray("errorMessages").add(message);
        body.putObject("errors");
        return body;
    }

    private void sendJson(HttpExchange exchange, int status, JsonNode body) throws IOException {
        ObjectNode copy = body.isObject() ? ((ObjectNode) body).deepCopy() : null;
        if (copy != null && copy.has("errorMessages")) {
            copy.remove("status");
        }
        send(exchange, status, "application/json;charset=UTF-8", json.writeValueAsString(copy != null ? copy : body));
    }

    private static void send(HttpExchange exchange, int status, String contentType, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", contentType);
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
    }

    private static Map<String, String> parameters(String rawQuery) {
        Map<String, String> parameters = new LinkedHashMap<>();
        if (rawQuery == null) {
            return parameters;
        }
        for (String pair : rawQuery.split("&")) {
            int eq = pair.indexOf('=');
            parameters.putIfAbsent(URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8),
                    eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
        }
        return parameters;
    }

    private static int number(String text, int fallback) {
        try {
            return text == null ? fallback : Integer.parseInt(text);
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    private static java.util.stream.Stream<JsonNode> stream(JsonNode array) {
        List<JsonNode> nodes = new ArrayList<>();
        array.forEach(nodes::add);
        return nodes.stream();
    }
}
