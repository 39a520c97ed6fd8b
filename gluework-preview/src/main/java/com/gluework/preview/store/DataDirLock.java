package com.gluework.preview.store;

import com.gluework.preview.PreviewStartupException;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One preview per data directory: an exclusive OS lock on {@value #FILE_NAME} in it, holding the owner's process id.
 * Taken before the preview writes anything there, so a second preview on the same directory stops without having
 * changed a file. The OS drops the lock when the process dies, even by {@code kill -9}, so a stale file never blocks
 * a restart. The file itself stays after {@link #close()}: deleting it would let a third preview lock a file a second
 * one has already opened.
 */
public final class DataDirLock implements AutoCloseable {
    public static final String FILE_NAME = "preview.lock";
    /**
     * Directories this JVM holds. An OS file lock belongs to the process, and on Linux closing any channel on the file
     * would drop it, so a second attempt from the same JVM (tests start several previews) must not even open the file.
     */
    private static final Set<Path> HELD_BY_THIS_PROCESS = ConcurrentHashMap.newKeySet();

    private final Path dataDir;
    private final FileChannel channel;
    private final FileLock lock;

    private DataDirLock(Path dataDir, FileChannel channel, FileLock lock) {
        this.dataDir = dataDir;
        this.channel = channel;
        this.lock = lock;
    }

    /** @throws PreviewStartupException "data dir X is in use by process N", or the directory cannot be written */
    public static DataDirLock acquire(Path dataDir) {
        Path dir = dataDir.toAbsolutePath().normalize();
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new PreviewStartupException("data dir " + dir + " cannot be created: " + e.getMessage(), e);
        }
        if (!HELD_BY_THIS_PROCESS.add(dir)) {
            throw inUse(dir, Long.toString(ProcessHandle.current().pid()) + " (this one)");
        }
        try {
            return lock(dir);
        } catch (RuntimeException e) {
            HELD_BY_THIS_PROCESS.remove(dir);
            throw e;
        }
    }

    private static DataDirLock lock(Path dir) {
        Path file = dir.resolve(FILE_NAME);
        FileChannel channel;
        try {
            // No TRUNCATE_EXISTING: the owner's process id must survive a second preview opening the file.
            channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
        } catch (IOException e) {
            throw new PreviewStartupException("data dir " + dir + " is not writable (" + e.getMessage() + ")", e);
        }
        try {
            FileLock lock = tryLock(channel);
            if (lock == null) {
                String owner = owner(channel);
                channel.close();
                throw inUse(dir, owner);
            }
            channel.truncate(0);
            channel.write(ByteBuffer.wrap((ProcessHandle.current().pid() + "\n").getBytes(StandardCharsets.US_ASCII)), 0);
            channel.force(true);
            return new DataDirLock(dir, channel, lock);
        } catch (IOException e) {
            closeQuietly(channel);
            throw new PreviewStartupException("data dir " + dir + " cannot be locked (" + e.getMessage() + ")", e);
        }
    }

    private static FileLock tryLock(FileChannel channel) throws IOException {
        try {
            return channel.tryLock();
        } catch (OverlappingFileLockException e) {
            return null;
        }
    }

    private static String owner(FileChannel channel) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate(32);
        channel.read(buffer, 0);
        String pid = new String(buffer.array(), 0, buffer.position(), StandardCharsets.US_ASCII).trim();
        return pid.matches("[0-9]{1,19}") ? pid : "unknown (no process id in " + FILE_NAME + ")";
    }

    private static PreviewStartupException inUse(Path dir, String owner) {
        return new PreviewStartupException("data dir " + dir + " is in use by process " + owner);
    }

    /**
     * Refuses a database file that exists but may not be written. The owner-write bit counts even for root, who could
     * write anyway: someone made the file read-only on purpose, and a preview that cannot record glue is no use.
     *
     * @throws PreviewStartupException naming the file and what to do
     */
    public void requireWritable(String fileName) {
        Path file = dataDir.resolve(fileName);
        if (Files.exists(file) && (!Files.isWritable(file) || !ownerMayWrite(file))) {
            throw new PreviewStartupException("database file " + file + " is read-only; make it writable"
                    + " (chmod u+w) or start with another --data-dir");
        }
    }

    private static boolean ownerMayWrite(Path file) {
        try {
            return Files.getPosixFilePermissions(file).contains(PosixFilePermission.OWNER_WRITE);
        } catch (UnsupportedOperationException | IOException e) {
            return true; // not a POSIX file system: Files.isWritable has already answered
        }
    }

    public Path dataDir() {
        return dataDir;
    }

    @Override
    public void close() {
        try {
            lock.release();
        } catch (IOException ignored) {
            // closing the channel below releases it too
        }
        closeQuietly(channel);
        HELD_BY_THIS_PROCESS.remove(dataDir);
    }

    private static void closeQuietly(FileChannel channel) {
        try {
            channel.close();
        } catch (IOException ignored) {
            // the process exits or the lock is gone either way
        }
    }
}
