package com.gluework.preview.it;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.gluework.ao.testing.PostgresDatabase;
import com.gluework.ao.testing.TestPostgres;
import org.junit.ClassRule;
import org.junit.Test;
import org.junit.rules.RuleChain;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;

import static org.junit.Assert.assertEquals;

/**
 * The rules of corroboration hold across two Data Center nodes: two whole previews ("nodes"), each with its own
 * connection pool, share one PostgreSQL database (embedded, or on the server {@code -Dgluework.pg.url} names), and a
 * corroboration sent to one races, over real HTTP, the change sent to the other that would make it illegal — the three
 * races of issue 8, {@value #TRIALS} trials each ({@code -Dgluework.race.http.trials=N}), the nodes swapping roles
 * every trial. Only the database orders their writes.
 * <p>
 * Every answer must be a success or a designed refusal (400, 403, 404, 409 — never a 5xx), and the stored result must
 * never break a rule: no self-corroboration, no corroboration of retired glue (no history RETIRED → CORROBORATED), no
 * corroboration kept across an edit of the summary. The count of each outcome is printed, showing both orders happen.
 */
public class RulesUnderConcurrencyOnTwoNodesHttpIT {
    static final int TRIALS = Integer.getInteger("gluework.race.http.trials", 300);
    private static final String API = "/rest/gluework/1.0";

    private static final PostgresDatabase DATABASE = TestPostgres.newDatabase();
    private static final RunningPreview NODE_A = RunningPreview.on(DATABASE);
    private static final RunningPreview NODE_B = RunningPreview.on(DATABASE);
    /** One after the other: the first creates the tables and seeds the demo glue, the second finds them there. */
    @ClassRule
    public static final RuleChain NODES = RuleChain.outerRule(NODE_A).around(NODE_B);

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final ObjectMapper json = new ObjectMapper();

    @Test
    public void corroborating_whileTheContributorIsChangedToTheCorroborator_shouldNeverLeaveSelfCorroboration() throws Exception {
        Outcomes outcomes = race("contributor → corroborator",
                (node, id) -> send(node, "PUT", API + "/contributions/" + id, "bob", draft("dave", "Caught a data race", 1)),
                stored -> {
                    boolean self = corroborators(stored).contains(stored.path("contributor").path("key").asText());
                    return self ? "Dave corroborates his own glue" : null;
                });
        assertEquals(outcomes.violations.toString(), List.of(), outcomes.violations);
    }

    @Test
    public void corroborating_whileTheContributionIsRetired_shouldNeverCorroborateRetiredGlue() throws Exception {
        Outcomes outcomes = race("retire",
                (node, id) -> send(node, "POST", API + "/contributions/" + id + "/retire", "bob", "{\"version\":1}"),
                stored -> {
                    List<String> kinds = historyKinds(stored.path("id").asLong());
                    int retired = kinds.indexOf("RETIRED");
                    boolean after = retired >= 0 && kinds.subList(retired, kinds.size()).contains("CORROBORATED");
                    return after ? "corroborated after it was retired: " + kinds : null;
                });
        assertEquals(outcomes.violations.toString(), List.of(), outcomes.violations);
    }

    @Test
    public void corroborating_whileTheSummaryIsEdited_shouldNeverKeepACorroborationOfTheOldText() throws Exception {
        Outcomes outcomes = race("summary edit",
                (node, id) -> send(node, "PUT", API + "/contributions/" + id, "bob",
                        draft("carol", "Redesigned the whole retry path", 1)),
                stored -> {
                    List<String> kinds = historyKinds(stored.path("id").asLong());
                    boolean kept = corroborators(stored).contains("dave")
                            && kinds.lastIndexOf("EDITED") > kinds.lastIndexOf("CORROBORATED");
                    return kept ? "Dave's corroboration of the old summary survived the edit: " + kinds : null;
                });
        assertEquals(outcomes.violations.toString(), List.of(), outcomes.violations);
    }

    /** The change raced against Dave's corroboration, sent to {@code node}. */
    private interface Change {
        CompletableFuture<HttpResponse<String>> send(RunningPreview node, long id) throws Exception;
    }

    /** The rule the stored contribution breaks, or {@code null}. */
    private interface Violation {
        String of(JsonNode stored) throws Exception;
    }

    /**
     * Per trial: Bob records Carol's review on GW-1 (version 1) on one node; then Dave's corroboration goes to one node
     * and the change to the other, sent together; then the stored contribution is checked.
     *
     * @param violation the rule broken by the stored contribution (as Bob, its recorder, reads it), or {@code null}
     */
    private Outcomes race(String name, Change change, Violation violation) throws Exception {
        Outcomes outcomes = new Outcomes();
        long started = System.nanoTime();
        for (int trial = 0; trial < TRIALS; trial++) {
            RunningPreview corroboratingNode = trial % 2 == 0 ? NODE_A : NODE_B;
            RunningPreview changingNode = trial % 2 == 0 ? NODE_B : NODE_A;
            HttpResponse<String> recorded = send(changingNode, "POST", API + "/issues/GW-1/contributions", "bob",
                    json.writeValueAsString(Map.of("categoryKey", "review", "contributorKey", "carol",
                            "summary", "Caught a data race"))).get();
            assertEquals(recorded.body(), 201, recorded.statusCode());
            long id = json.readTree(recorded.body()).path("id").asLong();

            CompletableFuture<HttpResponse<String>> corroboration = send(corroboratingNode, "POST",
                    API + "/contributions/" + id + "/corroborations", "dave", "{\"note\":\"Saw it\"}");
            CompletableFuture<HttpResponse<String>> changed = change.send(changingNode, id);
            String corroborated = outcome(corroboration.get());
            String changeOutcome = outcome(changed.get());
            outcomes.count("corroborate " + corroborated + ", " + name + " " + changeOutcome);
            if (corroborated.startsWith("failed") || changeOutcome.startsWith("failed")) {
                outcomes.violations.add("trial " + trial + ": " + corroborated + " / " + changeOutcome);
            }
            HttpResponse<String> stored = send(corroboratingNode, "GET", API + "/contributions/" + id, "bob", null).get();
            assertEquals(stored.body(), 200, stored.statusCode());
            String broken = violation.of(json.readTree(stored.body()));
            if (broken != null) {
                outcomes.violations.add("trial " + trial + ": " + broken);
            }
        }
        System.out.printf("%s — corroborate vs %s on two preview nodes sharing PostgreSQL, %d trials in %.1f s: %s%n",
                getClass().getSimpleName(), name, TRIALS, (System.nanoTime() - started) / 1e9, outcomes.counts);
        return outcomes;
    }

    /** "stored", "refused NNN (field)" for a designed refusal, or "failed …" for anything else. */
    private String outcome(HttpResponse<String> response) throws Exception {
        int status = response.statusCode();
        if (status == 200 || status == 201) {
            return "stored";
        }
        if (status == 400 || status == 403 || status == 404 || status == 409) {
            JsonNode errors = json.readTree(response.body()).path("errors");
            return "refused " + status + " (" + errors.path(0).path("field").asText() + ")";
        }
        return "failed " + status + ": " + response.body();
    }

    private List<String> historyKinds(long id) throws Exception {
        HttpResponse<String> history = send(NODE_A, "GET", API + "/contributions/" + id + "/history", "bob", null).get();
        assertEquals(history.body(), 200, history.statusCode());
        return json.readTree(history.body()).findValuesAsText("kind");
    }

    private static List<String> corroborators(JsonNode contribution) {
        List<String> keys = new ArrayList<>();
        contribution.path("corroborations").forEach(c -> keys.add(c.path("corroborator").path("key").asText()));
        return keys;
    }

    private String draft(String contributorKey, String summary, int version) throws Exception {
        return json.writeValueAsString(Map.of("categoryKey", "review", "contributorKey", contributorKey,
                "summary", summary, "version", version));
    }

    private CompletableFuture<HttpResponse<String>> send(RunningPreview node, String method, String path, String user,
                                                         String jsonBody) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(node.baseUrl() + path))
                .timeout(Duration.ofSeconds(30))
                .header("Accept", "application/json")
                .header("X-Atlassian-Token", "no-check")
                .header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString((user + ":" + user).getBytes(StandardCharsets.UTF_8)))
                .method(method, jsonBody == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(jsonBody));
        if (jsonBody != null) {
            request.header("Content-Type", "application/json");
        }
        return http.sendAsync(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static final class Outcomes {
        final Map<String, Integer> counts = new TreeMap<>();
        final List<String> violations = new ArrayList<>();

        void count(String outcome) {
            counts.merge(outcome, 1, Integer::sum);
        }
    }
}
