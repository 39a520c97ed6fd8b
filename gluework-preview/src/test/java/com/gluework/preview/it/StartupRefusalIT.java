package com.gluework.preview.it;

import com.gluework.preview.PreviewApplication;
import com.gluework.preview.PreviewOptions;
import org.junit.After;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

/**
 * A preview refuses to start, with one line and no stack trace, when it cannot own its data directory: another preview
 * runs on it (refused before any file is touched), the database file is read-only, or the port is taken.
 */
public class StartupRefusalIT {
    private static final String REFUSED = "Glue Work preview did not start: ";

    @Rule
    public final TemporaryFolder folder = new TemporaryFolder();
    private PreviewApplication first;

    @After
    public void stopFirst() {
        if (first != null) {
            first.close();
        }
    }

    @Test
    public void secondPreviewOnADataDir_shouldRefuseWithTheOwnersProcessIdAndTouchNoFile() throws Exception {
        // given: a preview running on the data directory, in its own process: reading its files from this JVM would
        // drop its locks (closing any descriptor of a file drops the process's POSIX locks on it)
        Path dataDir = folder.newFolder("data").toPath();
        PreviewProcess running = PreviewProcess.start(dataDir, folder.getRoot().toPath().resolve("first.log"));
        ApiClient api = new ApiClient(running.awaitStarted());
        Map<String, String> before = snapshot(dataDir);

        // when: a second one is started on it
        PreviewProcess second = PreviewProcess.start(dataDir, folder.getRoot().toPath().resolve("second.log"));
        int exit = second.awaitExit();

        // then
        Map<String, String> after = snapshot(dataDir);
        int stillServing = api.send("GET", "/issues/GW-8/contributions", "carol", null).statusCode();
        running.stop();
        assertEquals(1, exit);
        assertEquals(List.of(REFUSED + "data dir " + dataDir.toRealPath() + " is in use by process " + running.pid()),
                second.output());
        assertEquals("the second preview changed files", before, after);
        assertEquals(200, stillServing);
    }

    @Test
    public void readOnlyDatabaseFile_shouldRefuseToStartWithOneLine() throws Exception {
        // given: a data directory whose database file was made read-only
        Path dataDir = folder.newFolder("data").toPath();
        PreviewApplication.start(PreviewOptions.defaults().withPort(0).withDataDir(dataDir), Clock.systemDefaultZone()).close();
        Path database = dataDir.resolve(PreviewApplication.H2_DATABASE + ".mv.db");
        Files.setPosixFilePermissions(database, PosixFilePermissions.fromString("r--r--r--"));
        Map<String, String> before = snapshot(dataDir);

        // when
        PreviewProcess preview = PreviewProcess.start(dataDir, folder.getRoot().toPath().resolve("preview.log"));
        int exit = preview.awaitExit();

        // then
        assertEquals(1, exit);
        assertEquals(List.of(REFUSED + "database file " + database.toRealPath() + " is read-only; make it writable (chmod u+w)"
                + " or start with another --data-dir"), preview.output());
        before.remove(Path.of("preview.lock").toString()); // the lock file holds the process id of whoever took it last
        Map<String, String> after = snapshot(dataDir);
        after.remove(Path.of("preview.lock").toString());
        assertEquals(before, after);
    }

    @Test
    public void portInUse_shouldRefuseWithOneLineAndFreeTheDataDir() throws Exception {
        // given
        first = PreviewApplication.start(PreviewOptions.defaults().withPort(0).withDataDir(folder.newFolder("first").toPath()),
                Clock.systemDefaultZone());
        Path dataDir = folder.newFolder("data").toPath();

        // when
        PreviewProcess preview = PreviewProcess.start(dataDir, folder.getRoot().toPath().resolve("preview.log"),
                first.baseUrl().getPort());
        int exit = preview.awaitExit();

        // then
        assertEquals(1, exit);
        assertEquals(1, preview.output().size());
        assertTrue(preview.output().get(0), preview.output().get(0).startsWith(REFUSED + "BindException: "));
    }

    /** Every file under the directory with its size, modification time and content hash. */
    private static Map<String, String> snapshot(Path dir) throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path file : all.filter(Files::isRegularFile).toList()) {
                files.put(dir.relativize(file).toString(), Files.size(file) + " " + Files.getLastModifiedTime(file).toMillis()
                        + " " + sha256(file));
            }
        }
        return files;
    }

    private static String sha256(Path file) throws IOException {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
