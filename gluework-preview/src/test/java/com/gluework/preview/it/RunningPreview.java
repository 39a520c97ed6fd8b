package com.gluework.preview.it;

import com.gluework.ao.testing.PostgresDatabase;
import com.gluework.preview.PreviewApplication;
import com.gluework.preview.PreviewOptions;
import org.junit.rules.ExternalResource;
import org.junit.rules.TemporaryFolder;

import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;

/**
 * The whole preview on a free port with a fresh data directory, for one test class ({@code @ClassRule}); its store is
 * an H2 file there, or a PostgreSQL database that several previews can share as Data Center nodes share theirs.
 */
public final class RunningPreview extends ExternalResource {
    private final TemporaryFolder dataDir = new TemporaryFolder();
    private final PostgresDatabase database;
    private PreviewApplication app;
    private long startMillis;

    public RunningPreview() {
        this(null);
    }

    private RunningPreview(PostgresDatabase database) {
        this.database = database;
    }

    /** A preview storing in {@code database} (e.g. {@code TestPostgres.newDatabase()}) instead of its H2 file. */
    public static RunningPreview on(PostgresDatabase database) {
        return new RunningPreview(database);
    }

    @Override
    protected void before() throws Throwable {
        dataDir.create();
        long started = System.nanoTime();
        PreviewOptions options = PreviewOptions.defaults().withPort(0).withDataDir(dataDir.getRoot().toPath());
        if (database != null) {
            options = options.withDatabase(database.url(), database.user(), database.password());
        }
        app = PreviewApplication.start(options, Clock.systemDefaultZone());
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
