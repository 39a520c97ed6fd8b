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
import java.util.List;
import java.util.concurrent.TimeUnit;

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
