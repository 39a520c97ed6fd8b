package com.gluework.preview.it;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

/**
 * A 2xx means on disk: the preview runs as its own process, {@code writers} clients create and edit glue over HTTP
 * as fast as it answers, and the process is killed with SIGKILL in the middle. A new preview on the same data
 * directory must hold every create and edit that was acknowledged, and no id acknowledged before may be handed out
 * again. Repeated for {@code rounds} rounds on the same directory.
 * <p>
 * {@code -Dgluework.killNine.rounds=8 -Dgluework.killNine.writers=100 -Dgluework.killNine.writeMillis=2000} (the
 * defaults here are smaller, to keep {@code mvn verify} near a minute); docs/reliability.md has the figures. With
 * {@code -Dgluework.killNine.jdbcUrl=jdbc:postgresql://…} (and {@code .jdbcUser}, {@code .jdbcPassword}) the preview
 * stores on that database instead of its H2 file.
 */
public class KillNineDurabilityIT {
    private static final int ROUNDS = Integer.getInteger("gluework.killNine.rounds", 3);
    private static final int WRITERS = Integer.getInteger("gluework.killNine.writers", 100);
    private static final long WRITE_MILLIS = Long.getLong("gluework.killNine.writeMillis", 2000);
    private static final int EDITS_PER_CONTRIBUTION = 3;
    private static final int MIN_CREATES_PER_ROUND = 20;
    private static final String JDBC_URL = System.getProperty("gluework.killNine.jdbcUrl", "");

    @Rule
    public final TemporaryFolder folder = new TemporaryFolder();

    /** What the clients were told: per id, the last acknowledged version and its summary. */
    private final Map<Long, Acknowledged> acknowledged = new ConcurrentHashMap<>();
    /** Every id any create was acknowledged with, in any round: a second acknowledgement of one is a reused id. */
    private final Set<Long> issuedIds = ConcurrentHashMap.newKeySet();
    private final AtomicInteger reusedIds = new AtomicInteger();
    /** Answers other than 201/200 while the preview was up: there should be none. */
    private final List<String> unexpected = Collections.synchronizedList(new ArrayList<>());

    @Test
    public void killNine_shouldLoseNoAcknowledgedWriteAndReuseNoId() throws Exception {
        Path dataDir = folder.newFolder("data").toPath();
        Path log = folder.getRoot().toPath().resolve("preview.log");
        int acknowledgedCreates = 0;
        int acknowledgedEdits = 0;
        int lost = 0;
        for (int round = 1; round <= ROUNDS; round++) {
            // given: a preview on the data directory the last one was killed on
            PreviewProcess preview = start(dataDir, log);
            ApiClient api = new ApiClient(preview.awaitStarted());
            lost += missing(api).size();

            // when: writers at full speed, then kill -9 with their requests in flight
            RoundCount count = write(api, preview, round);
            acknowledgedCreates += count.creates.get();
            acknowledgedEdits += count.edits.get();
        }
        PreviewProcess last = start(dataDir, log);
        ApiClient api = new ApiClient(last.awaitStarted());
        List<String> missing = missing(api);
        HttpResponse<String> after = api.send("POST", "/issues/GW-8/contributions", "carol", ApiClient.draft("after the last kill", 0));
        long afterId = ApiClient.body(after).path("id").asLong();
        last.stop();

        // then
        System.out.printf("kill -9 on %s: %d rounds x %d writers: %d creates and %d edits acknowledged, %d lost, %d ids reused%n",
                JDBC_URL.isEmpty() ? "H2" : JDBC_URL, ROUNDS, WRITERS, acknowledgedCreates, acknowledgedEdits,
                lost + missing.size(), reusedIds.get());
        assertTrue("too few writes reached the preview to prove anything", acknowledgedCreates >= ROUNDS * MIN_CREATES_PER_ROUND);
        assertEquals("unexpected answers: " + unexpected, List.of(), List.copyOf(unexpected));
        assertEquals("acknowledged but lost: " + missing, 0, lost + missing.size());
        assertEquals(201, after.statusCode());
        assertTrue("id " + afterId + " was acknowledged before", !issuedIds.contains(afterId));
        assertEquals("ids acknowledged to two creates", 0, reusedIds.get());
    }

    private static PreviewProcess start(Path dataDir, Path log) throws IOException {
        if (JDBC_URL.isEmpty()) {
            return PreviewProcess.start(dataDir, log, 0);
        }
        return PreviewProcess.start(dataDir, log, 0, "--jdbc-url", JDBC_URL,
                "--jdbc-user", System.getProperty("gluework.killNine.jdbcUser", "gluework"),
                "--jdbc-password", System.getProperty("gluework.killNine.jdbcPassword", "gluework"));
    }

    private RoundCount write(ApiClient api, PreviewProcess preview, int round) throws Exception {
        RoundCount count = new RoundCount();
        AtomicBoolean killed = new AtomicBoolean();
        ExecutorService writers = Executors.newFixedThreadPool(WRITERS);
        for (int w = 0; w < WRITERS; w++) {
            String writer = "r" + round + "w" + w;
            writers.execute(() -> {
                for (int n = 0; !killed.get(); n++) {
                    try {
                        writeOne(api, writer + "c" + n, count);
                    } catch (AssertionError e) {
                        unexpected.add(e.getMessage());
                        return;
                    } catch (IOException e) {
                        return; // the preview is gone: this request was never acknowledged
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        return;
                    }
                }
            });
        }
        Thread.sleep(WRITE_MILLIS);
        // On a loaded build machine 2 s may see few acknowledgements; wait for enough to prove something.
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (count.creates.get() < MIN_CREATES_PER_ROUND && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        killed.set(true);
        preview.killNine();
        writers.shutdown();
        assertTrue(writers.awaitTermination(60, TimeUnit.SECONDS));
        return count;
    }

    /** Creates a contribution and edits it a few times, recording each acknowledgement as it arrives. */
    private void writeOne(ApiClient api, String name, RoundCount count) throws IOException, InterruptedException {
        HttpResponse<String> created = api.send("POST", "/issues/GW-8/contributions", "carol", ApiClient.draft(name + " v1", 0));
        if (created.statusCode() != 201) {
            throw new AssertionError("create answered " + created.statusCode() + ": " + created.body());
        }
        long id = ApiClient.body(created).path("id").asLong();
        if (!issuedIds.add(id)) {
            reusedIds.incrementAndGet();
        }
        acknowledged.put(id, new Acknowledged(1, name + " v1"));
        count.creates.incrementAndGet();
        for (int version = 1; version <= EDITS_PER_CONTRIBUTION; version++) {
            String summary = name + " v" + (version + 1);
            HttpResponse<String> edited = api.send("PUT", "/contributions/" + id, "carol", ApiClient.draft(summary, version));
            if (edited.statusCode() != 200) {
                throw new AssertionError("edit answered " + edited.statusCode() + ": " + edited.body());
            }
            acknowledged.put(id, new Acknowledged(ApiClient.body(edited).path("version").asInt(), summary));
            count.edits.incrementAndGet();
        }
    }

    /**
     * Every acknowledged write the preview does not hold. An edit still in flight at the kill may be there too (a
     * higher version than acknowledged); that is fine. Anything older than what was acknowledged is a loss.
     */
    private List<String> missing(ApiClient api) throws Exception {
        HttpResponse<String> listed = api.send("GET", "/issues/GW-8/contributions", "carol", null);
        assertEquals(listed.body(), 200, listed.statusCode());
        Map<Long, JsonNode> stored = new ConcurrentHashMap<>();
        for (JsonNode c : ApiClient.body(listed)) {
            stored.put(c.path("id").asLong(), c);
        }
        List<String> missing = new ArrayList<>();
        acknowledged.forEach((id, ack) -> {
            JsonNode c = stored.get(id);
            if (c == null) {
                missing.add(id + " (created, gone)");
            } else if (c.path("version").asInt() < ack.version
                    || (c.path("version").asInt() == ack.version && !c.path("summary").asText().equals(ack.summary))) {
                missing.add(id + " (version " + ack.version + " acknowledged, " + c.path("version").asInt() + " stored)");
            }
        });
        return missing;
    }

    private record Acknowledged(int version, String summary) {
    }

    private static final class RoundCount {
        final AtomicInteger creates = new AtomicInteger();
        final AtomicInteger edits = new AtomicInteger();
    }
}
