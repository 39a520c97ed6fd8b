package com.gluework.preview.it;

import com.fasterxml.jackson.databind.JsonNode;
import com.gluework.preview.PreviewApplication;
import com.gluework.preview.PreviewOptions;
import org.junit.After;
import org.junit.BeforeClass;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

/**
 * A full or read-only disk under the preview's H2 file ({@link FaultyFilePath} makes every write of the store fail with
 * the JDK's own {@link IOException}): writes answer 503 with a sentence, nothing is acknowledged that was not stored,
 * reads keep being served, and once the disk can be written again, so can glue, without a restart.
 */
public class DiskFaultIT {
    private static final String DISK_FULL = "No space left on device";
    private static final String READ_ONLY = "Read-only file system";
    private static final int WRITERS = 16;
    private static final int READERS = 2;

    @Rule
    public final TemporaryFolder folder = new TemporaryFolder();
    private PreviewApplication app;
    private ApiClient api;

    @BeforeClass
    public static void registerFaultyFileSystem() {
        FaultyFilePath.register();
    }

    @After
    public void healAndStop() {
        FaultyFilePath.heal();
        if (app != null) {
            app.close();
        }
    }

    @Test
    public void diskFull_shouldAnswer503ToWritesKeepServingReadsAndRecoverWithoutRestart() throws Exception {
        // given: glue recorded while the disk was fine
        start();
        long before = create("Recorded before the disk filled up");

        // when: the disk is full
        FaultyFilePath.failWritesWith(DISK_FULL);
        HttpResponse<String> create = api.send("POST", "/issues/GW-8/contributions", "carol", ApiClient.draft("Written to a full disk", 0));
        HttpResponse<String> edit = api.send("PUT", "/contributions/" + before, "carol", ApiClient.draft("Edited on a full disk", 1));
        HttpResponse<String> corroborate = api.send("POST", "/contributions/" + before + "/corroborations", "dave", "{}");
        HttpResponse<String> read = api.send("GET", "/contributions/" + before, "dave", null);
        HttpResponse<String> list = api.send("GET", "/issues/GW-8/contributions", "dave", null);

        // then: every write refused with a sentence, every read served
        for (HttpResponse<String> refused : List.of(create, edit, corroborate)) {
            assertEquals(refused.body(), 503, refused.statusCode());
            assertTrue(refused.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
            JsonNode error = ApiClient.body(refused).path("errors").get(0);
            assertEquals("storage", error.path("field").asText());
            assertTrue(error.path("message").asText().contains("not saved"));
        }
        assertEquals(read.body(), 200, read.statusCode());
        assertEquals("Recorded before the disk filled up", ApiClient.body(read).path("summary").asText());
        assertEquals(200, list.statusCode());
        assertFalse("a refused create must not be stored", list.body().contains("Written to a full disk"));

        // when: space is freed
        FaultyFilePath.heal();
        long recoveredAfterMillis = awaitWritable();
        long after = create("Recorded after space was freed");

        // then: writable again without a restart; the refused edit never happened; nothing acknowledged is lost
        System.out.printf("disk full: writes accepted again %d ms after space was freed%n", recoveredAfterMillis);
        JsonNode kept = ApiClient.body(api.send("GET", "/contributions/" + before, "dave", null));
        assertEquals("Recorded before the disk filled up", kept.path("summary").asText());
        assertEquals(1, kept.path("version").asInt());
        assertTrue(after != before);
        restart();
        assertEquals(200, api.send("GET", "/contributions/" + after, "dave", null).statusCode());
        assertEquals(200, api.send("GET", "/contributions/" + before, "dave", null).statusCode());
    }

    @Test
    public void readOnlyDisk_shouldAnswer503ToWritesAndRecover() throws Exception {
        // given
        start();
        long before = create("Recorded while the disk was writable");

        // when
        FaultyFilePath.failWritesWith(READ_ONLY);
        HttpResponse<String> refused = api.send("PUT", "/contributions/" + before, "carol", ApiClient.draft("Edited on a read-only disk", 1));
        HttpResponse<String> read = api.send("GET", "/issues/GW-8/contributions", "dave", null);
        FaultyFilePath.heal();
        awaitWritable();
        HttpResponse<String> edited = api.send("PUT", "/contributions/" + before, "carol", ApiClient.draft("Edited once writable", 1));

        // then
        assertEquals(refused.body(), 503, refused.statusCode());
        assertEquals(read.body(), 200, read.statusCode());
        assertEquals(edited.body(), 200, edited.statusCode());
        assertEquals(2, ApiClient.body(edited).path("version").asInt());
    }

    /**
     * Writers at full speed, and readers, while the disk fills and empties again and again: every answer is a 2xx or
     * a 503 (never a 500, never a request left hanging), reads are served between and during the faults, writes are
     * accepted again after the last one, and after a restart in the same JVM (the file must have been released) every
     * acknowledged write is there and no id was acknowledged twice.
     */
    @Test
    public void flappingDisk_shouldLoseNoAcknowledgedWriteAndNeverAnswer500() throws Exception {
        // given
        start();
        long known = create("Recorded before the disk started flapping");
        Map<Long, String> acknowledged = new ConcurrentHashMap<>();
        Set<Long> ids = ConcurrentHashMap.newKeySet();
        AtomicInteger refused = new AtomicInteger();
        AtomicInteger reused = new AtomicInteger();
        AtomicInteger readsServed = new AtomicInteger();
        AtomicInteger readsRefused = new AtomicInteger();
        AtomicLong slowestMillis = new AtomicLong();
        List<String> unexpected = Collections.synchronizedList(new ArrayList<>());
        AtomicBoolean done = new AtomicBoolean();
        ExecutorService clients = Executors.newFixedThreadPool(WRITERS + READERS);
        for (int w = 0; w < WRITERS; w++) {
            String writer = "w" + w;
            clients.execute(() -> {
                for (int n = 0; !done.get(); n++) {
                    try {
                        String summary = writer + "c" + n;
                        long sent = System.nanoTime();
                        HttpResponse<String> r = api.send("POST", "/issues/GW-8/contributions", "carol", ApiClient.draft(summary, 0));
                        slowestMillis.accumulateAndGet((System.nanoTime() - sent) / 1_000_000, Math::max);
                        if (r.statusCode() == 201) {
                            long id = ApiClient.body(r).path("id").asLong();
                            if (!ids.add(id)) {
                                reused.incrementAndGet();
                            }
                            acknowledged.put(id, summary);
                        } else if (r.statusCode() == 503) {
                            refused.incrementAndGet();
                        } else {
                            unexpected.add(r.statusCode() + " " + r.body());
                        }
                    } catch (IOException | InterruptedException e) {
                        unexpected.add(e.toString());
                        return;
                    }
                }
            });
        }
        for (int r = 0; r < READERS; r++) {
            clients.execute(() -> {
                while (!done.get()) {
                    try {
                        long sent = System.nanoTime();
                        HttpResponse<String> read = api.send("GET", "/contributions/" + known, "dave", null);
                        slowestMillis.accumulateAndGet((System.nanoTime() - sent) / 1_000_000, Math::max);
                        if (read.statusCode() == 200) {
                            readsServed.incrementAndGet();
                        } else if (read.statusCode() == 503) {
                            readsRefused.incrementAndGet();
                        } else {
                            unexpected.add("read: " + read.statusCode() + " " + read.body());
                        }
                    } catch (IOException | InterruptedException e) {
                        unexpected.add("read: " + e);
                        return;
                    }
                }
            });
        }

        // when: the disk fills up and is freed again, five times, and more (up to 25) until the faults have refused a
        // write and let one through: on a loaded machine five 300 ms windows can pass with no write in them
        int flaps = 0;
        while (flaps < 5 || flaps < 25 && (refused.get() == 0 || acknowledged.isEmpty())) {
            Thread.sleep(300);
            FaultyFilePath.failWritesWith(DISK_FULL);
            Thread.sleep(300);
            FaultyFilePath.heal();
            flaps++;
        }
        Thread.sleep(300);
        done.set(true);
        clients.shutdown();
        assertTrue("a request is still unanswered", clients.awaitTermination(90, TimeUnit.SECONDS));
        long recoveredAfterMillis = awaitWritable();
        restart();

        // then
        JsonNode stored = ApiClient.body(api.send("GET", "/issues/GW-8/contributions", "carol", null));
        Map<Long, String> summaries = new HashMap<>();
        stored.forEach(c -> summaries.put(c.path("id").asLong(), c.path("summary").asText()));
        List<Long> lost = acknowledged.entrySet().stream().filter(e -> !e.getValue().equals(summaries.get(e.getKey())))
                .map(Map.Entry::getKey).sorted().toList();
        System.out.printf("flapping disk: %d faults; %d creates acknowledged, %d refused with 503, %d lost, %d ids reused;"
                + " %d reads served, %d refused; %d other answers; slowest answer %d ms; writable %d ms after the last fault%n",
                flaps, acknowledged.size(), refused.get(), lost.size(), reused.get(), readsServed.get(), readsRefused.get(),
                unexpected.size(), slowestMillis.get(), recoveredAfterMillis);
        assertEquals(List.of(), unexpected);
        assertTrue("the disk never failed a write", refused.get() > 0);
        assertTrue("nothing got through between the faults", acknowledged.size() > 0);
        assertTrue("no read was served", readsServed.get() > 0);
        assertEquals("acknowledged but lost", List.of(), lost);
        assertEquals(0, reused.get());
    }

    private void start() throws Exception {
        String url = "jdbc:h2:" + FaultyFilePath.SCHEME + ":" + folder.getRoot().toPath().resolve("data").resolve("gluework")
                + PreviewApplication.H2_SETTINGS;
        app = PreviewApplication.start(PreviewOptions.defaults().withPort(0)
                .withDataDir(folder.getRoot().toPath().resolve("data")).withDatabase(url, "sa", ""), Clock.systemDefaultZone());
        api = new ApiClient(app.baseUrl());
    }

    private void restart() throws Exception {
        app.close();
        app = null;
        start();
    }

    private long create(String summary) throws Exception {
        HttpResponse<String> created = api.send("POST", "/issues/GW-8/contributions", "carol", ApiClient.draft(summary, 0));
        assertEquals(created.body(), 201, created.statusCode());
        return ApiClient.body(created).path("id").asLong();
    }

    /** How long until a read of the store works and a write would be tried again; fails after 10 s. */
    private long awaitWritable() throws Exception {
        long started = System.nanoTime();
        while (System.nanoTime() - started < TimeUnit.SECONDS.toNanos(10)) {
            HttpResponse<String> probe = api.send("POST", "/issues/GW-9/contributions", "carol", ApiClient.draft("Probe", 0));
            if (probe.statusCode() == 201) {
                return (System.nanoTime() - started) / 1_000_000;
            }
            assertEquals(probe.body(), 503, probe.statusCode());
            Thread.sleep(50);
        }
        throw new AssertionError("the preview did not accept writes again within 10 s of space being freed");
    }
}
