package com.gluework.preview.it;

import org.h2.store.fs.FileBase;
import org.h2.store.fs.FilePath;
import org.h2.store.fs.FilePathWrapper;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.util.concurrent.atomic.AtomicReference;

/**
 * An H2 file system ({@code jdbc:h2:faulty:/path/db}) over the real disk whose writes can be made to fail the way a
 * full or read-only disk fails them: every write, truncate and fsync throws the {@link IOException} the JDK would.
 * Reads keep working, as they do on a full disk. A small file system of our own would need root; this needs nothing.
 * The fault is JVM-wide, like the file system registry.
 */
public final class FaultyFilePath extends FilePathWrapper {
    static final String SCHEME = "faulty";
    private static final AtomicReference<String> FAULT = new AtomicReference<>();

    /** Registers the scheme (idempotent). */
    static void register() {
        FilePath.register(new FaultyFilePath());
    }

    static void failWritesWith(String message) {
        FAULT.set(message);
    }

    static void heal() {
        FAULT.set(null);
    }

    @Override
    public String getScheme() {
        return SCHEME;
    }

    @Override
    public FileChannel open(String mode) throws IOException {
        return new FaultyChannel(getBase().open(mode));
    }

    @Override
    public OutputStream newOutputStream(boolean append) throws IOException {
        failIfFaulty();
        return super.newOutputStream(append);
    }

    private static void failIfFaulty() throws IOException {
        String fault = FAULT.get();
        if (fault != null) {
            throw new IOException(fault);
        }
    }

    /** The real channel, with writes failing while the fault is on. */
    private static final class FaultyChannel extends FileBase {
        private final FileChannel base;

        FaultyChannel(FileChannel base) {
            this.base = base;
        }

        @Override
        public long size() throws IOException {
            return base.size();
        }

        @Override
        public long position() throws IOException {
            return base.position();
        }

        @Override
        public FileChannel position(long newPosition) throws IOException {
            base.position(newPosition);
            return this;
        }

        @Override
        public int read(ByteBuffer dst) throws IOException {
            return base.read(dst);
        }

        @Override
        public int read(ByteBuffer dst, long position) throws IOException {
            return base.read(dst, position);
        }

        @Override
        public int write(ByteBuffer src) throws IOException {
            failIfFaulty();
            return base.write(src);
        }

        @Override
        public int write(ByteBuffer src, long position) throws IOException {
            failIfFaulty();
            return base.write(src, position);
        }

        @Override
        public FileChannel truncate(long size) throws IOException {
            failIfFaulty();
            base.truncate(size);
            return this;
        }

        @Override
        public void force(boolean metaData) throws IOException {
            failIfFaulty();
            base.force(metaData);
        }

        @Override
        public FileLock tryLock(long position, long size, boolean shared) throws IOException {
            return base.tryLock(position, size, shared);
        }

        @Override
        protected void implCloseChannel() throws IOException {
            base.close();
        }
    }
}
