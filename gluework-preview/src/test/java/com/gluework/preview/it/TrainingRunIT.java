package com.gluework.preview.it;

import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

import java.nio.file.Path;
import java.util.List;

import static org.junit.Assert.assertEquals;

/**
 * The training start {@code ./preview} runs once per changed jar to write its class-data archive
 * ({@code -Dgluework.preview.trainingRun=true}): it starts, answers a panel and an issue page, and exits by itself —
 * 0 when both answered 200, so the script keeps the archive only from a run that served the first visit's classes —
 * and leaves its data directory free for the next preview.
 */
public class TrainingRunIT {
    @Rule
    public final TemporaryFolder folder = new TemporaryFolder();

    @Test
    public void trainingRun_shouldServeTheFirstVisitThenExitWithZeroAndReleaseTheDataDirectory() throws Exception {
        // given
        Path dataDir = folder.newFolder("data").toPath();

        // when
        PreviewProcess training = PreviewProcess.start(dataDir, folder.getRoot().toPath().resolve("training.log"),
                List.of("-Dgluework.preview.trainingRun=true"), 0);
        int exit = training.awaitExit();

        // then
        training.awaitStarted(); // it said it started (fails if its output ended without that line)
        assertEquals("it printed: " + training.output(), 0, exit);
        PreviewProcess next = PreviewProcess.start(dataDir, folder.getRoot().toPath().resolve("next.log"));
        try {
            assertEquals(200, new ApiClient(next.awaitStarted()).send("GET", "/issues/GW-8/contributions", "carol", null)
                    .statusCode());
        } finally {
            next.stop();
        }
    }
}
