package com.gluework.preview.it;

import com.gluework.preview.PreviewApplication;
import com.gluework.preview.PreviewOptions;
import org.junit.rules.ExternalResource;
import org.junit.rules.TemporaryFolder;

import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.function.UnaryOperator;

/** The whole preview on a free port with a fresh data directory, for one test class ({@code @ClassRule}). */
public final class RunningPreview extends ExternalResource {
    private final TemporaryFolder dataDir = new TemporaryFolder();
    private final UnaryOperator<PreviewOptions> configure;
    private PreviewApplication app;
    private long startMillis;

    /** On the demo team. */
    public RunningPreview() {
        this(UnaryOperator.identity());
    }

    /** @param configure changes the options before start, e.g. a live Jira only known once another rule started it */
    public RunningPreview(UnaryOperator<PreviewOptions> configure) {
        this.configure = configure;
    }

    /** On a live Jira: the fake one, with its token and {@code timeout} (chain it inside the {@link FakeJira} rule). */
    public static RunningPreview onLiveJira(FakeJira jira, Duration timeout) {
        return new RunningPreview(options -> options.withJira(jira.baseUrl(), FakeJira.TOKEN, timeout));
    }

    @Override
    protected void before() throws Throwable {
        dataDir.create();
        long started = System.nanoTime();
        app = PreviewApplication.start(configure.apply(PreviewOptions.defaults().withPort(0).withDataDir(dataDir.getRoot().toPath())),
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
