package com.gluework.preview.store;

import org.h2.store.fs.FilePath;
import org.h2.store.fs.FilePathWrapper;

import java.util.concurrent.atomic.AtomicLong;

/**
 * Gives every opening of the embedded H2 database a name of its own ({@code jdbc:h2:gluework-opening:7:/data/gluework}
 * for {@code jdbc:h2:file:/data/gluework}), over the same file.
 * <p>
 * Why: H2 1.4.200 keeps its open databases in one JVM-wide map by name, and a database it shut down after a storage
 * failure removes <em>whatever is under its name</em> from that map each time one of its old sessions is used or closed
 * afterwards ({@code Database.checkPowerOff} and {@code closeImpl} both end in {@code Engine.close(name)}). Requests
 * still running on the old opening did exactly that after a reopen: the new database dropped out of the map while
 * it still held the file lock, and the next connection by URL opened the file a second time and failed with 90020
 * "database may be already in use" — including the restart. Under a name of its own, an old opening can only ever
 * remove itself.
 * <p>
 * Only the name changes: every file operation goes to the path after the prefix, on whichever H2 file system that
 * names (the disk, or a test's faulty one).
 */
public final class OpeningFilePath extends FilePathWrapper {
    static final String SCHEME = "gluework-opening";
    private static final AtomicLong OPENINGS = new AtomicLong();

    static {
        FilePath.register(new OpeningFilePath());
    }

    /** H2 creates its paths reflectively from the registered one, with this constructor (hence public, as the class). */
    public OpeningFilePath() {
    }

    /**
     * The URL of a new opening of the embedded database at {@code jdbcUrl}; any other H2 URL (in memory, a server) as
     * it is, because only an embedded file has the problem and a server or memory database must keep its name.
     */
    static String newOpening(String jdbcUrl) {
        String prefix = "jdbc:h2:";
        if (!jdbcUrl.startsWith(prefix)) {
            return jdbcUrl;
        }
        int settings = jdbcUrl.indexOf(';');
        String name = settings < 0 ? jdbcUrl.substring(prefix.length()) : jdbcUrl.substring(prefix.length(), settings);
        String rest = settings < 0 ? "" : jdbcUrl.substring(settings);
        if (name.startsWith("mem:") || name.startsWith("tcp:") || name.startsWith("ssl:") || name.startsWith("zip:")
                || name.startsWith(SCHEME + ":")) {
            return jdbcUrl;
        }
        if (name.startsWith("file:")) {
            name = name.substring("file:".length());
        }
        return prefix + SCHEME + ":" + OPENINGS.incrementAndGet() + ":" + name + rest;
    }

    @Override
    public String getScheme() {
        return SCHEME;
    }

    /** {@code gluework-opening:7:}, so that every path H2 derives from this one stays in the same opening. */
    @Override
    protected String getPrefix() {
        return SCHEME + ":" + opening(name) + ":";
    }

    @Override
    protected FilePath unwrap(String path) {
        String afterScheme = path.substring(SCHEME.length() + 1);
        return FilePath.get(afterScheme.substring(afterScheme.indexOf(':') + 1));
    }

    private static String opening(String path) {
        String afterScheme = path.substring(SCHEME.length() + 1);
        return afterScheme.substring(0, afterScheme.indexOf(':'));
    }
}
