package com.gluework.preview.it;

import com.gluework.preview.PreviewApplication;
import com.gluework.preview.PreviewOptions;
import org.junit.rules.ExternalResource;
import org.junit.rules.TemporaryFolder;

import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;

/** The whole preview on a free port with a fresh data directory, for one test class ({@code @ClassRule}). */
public final class RunningPreview extends ExternalResource {
    private final TemporaryFolder dataDir = new TemporaryFolder();
    private PreviewApplication app;
    private long startMillis;

    @Override
    protected void before() throws Throwable {
        dataDir.create();
        long started = System.nanoTime();
        app = PreviewApplication.start(PreviewOptions.defaults().withPort(0).withDataDir(dataDir.getRoot().toPath()),
                Clock.systemDefaultZone());
        startMillis = (System.nanoTime() - started) / 1_000_000;
    }

    @Override
    protected void after() {
        if (app != null) {
            app.close();
        }
        dataDir.delete();
    }

    public URI baseUrl() {
        return app.baseUrl();
    }

    public URI url(String path) {
        return URI.create(app.baseUrl() + path);
    }

    public Path dataDir() {
        return dataDir.getRoot().toPath();
    }

    public long startMillis() {
        return startMillis;
    }
}
