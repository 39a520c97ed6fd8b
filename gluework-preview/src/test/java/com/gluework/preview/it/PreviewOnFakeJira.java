package com.gluework.preview.it;

import com.gluework.preview.PreviewApplication;
import com.gluework.preview.PreviewOptions;
import org.junit.rules.ExternalResource;
import org.junit.rules.TemporaryFolder;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.function.Consumer;

/**
 * A {@link FakeJira} and the whole preview reading it with the fake's token ({@code --jira-url}, {@code --jira-token},
 * {@code --jira-timeout}), on a free port with a fresh data directory, for one test class ({@code @ClassRule}) or one
 * test ({@code @Rule}). The Jira starts first and stops last.
 */
public final class PreviewOnFakeJira extends ExternalResource {
    private final FakeJira jira = new FakeJira();
    private final TemporaryFolder dataDir = new TemporaryFolder();
    private final Duration timeout;
    private final Consumer<FakeJira> beforePreviewStarts;
    private PreviewApplication app;

    public PreviewOnFakeJira(Duration timeout) {
        this(timeout, jira -> { });
    }

    /** @param beforePreviewStarts e.g. make the Jira fail from the preview's very first request */
    public PreviewOnFakeJira(Duration timeout, Consumer<FakeJira> beforePreviewStarts) {
        this.timeout = timeout;
        this.beforePreviewStarts = beforePreviewStarts;
    }

    @Override
    protected void before() throws Throwable {
        jira.before();
        try {
            dataDir.create();
            beforePreviewStarts.accept(jira);
            app = PreviewApplication.start(PreviewOptions.defaults().withPort(0).withDataDir(dataDir.getRoot().toPath())
                    .withJira(jira.baseUrl(), FakeJira.TOKEN, timeout), Clock.systemDefaultZone());
        } catch (Throwable e) {
            after();
            throw e;
        }
    }

    @Override
    protected void after() {
        if (app != null) {
            app.close();
            app = null;
        }
        jira.after();
        dataDir.delete();
    }

    public FakeJira jira() {
        return jira;
    }

    public URI baseUrl() {
        return app.baseUrl();
    }

    public URI url(String path) {
        return URI.create(app.baseUrl() + path);
    }
}
