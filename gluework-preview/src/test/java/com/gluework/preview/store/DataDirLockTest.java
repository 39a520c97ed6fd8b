package com.gluework.preview.store;

import com.gluework.preview.PreviewStartupException;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;

public class DataDirLockTest {
    @Rule
    public final TemporaryFolder folder = new TemporaryFolder();

    @Test
    public void acquire_shouldRefuseASecondOwnerNamingTheFirstProcess() throws Exception {
        // given
        Path dataDir = folder.newFolder("data").toPath();
        try (DataDirLock first = DataDirLock.acquire(dataDir)) {
            // when
            PreviewStartupException refused = assertThrows(PreviewStartupException.class, () -> DataDirLock.acquire(dataDir));

            // then
            long pid = ProcessHandle.current().pid();
            assertEquals("data dir " + dataDir.toRealPath() + " is in use by process " + pid + " (this one)", refused.getMessage());
            assertEquals(pid + "\n", Files.readString(dataDir.resolve(DataDirLock.FILE_NAME)));
        }
    }

    @Test
    public void acquire_shouldSucceedAgainOnceTheOwnerClosed() throws Exception {
        // given
        Path dataDir = folder.newFolder("data").toPath();
        DataDirLock.acquire(dataDir).close();

        // when / then
        try (DataDirLock again = DataDirLock.acquire(dataDir)) {
            assertEquals(dataDir.toRealPath(), again.dataDir());
        }
    }

    @Test
    public void acquire_shouldCreateAMissingDataDir() throws Exception {
        Path dataDir = folder.getRoot().toPath().resolve("new/data");

        try (DataDirLock lock = DataDirLock.acquire(dataDir)) {
            assertEquals(true, Files.isRegularFile(dataDir.resolve(DataDirLock.FILE_NAME)));
        }
    }

    @Test
    public void requireWritable_shouldRefuseADatabaseFileWithoutOwnerWriteEvenForRoot() throws Exception {
        // given
        Path dataDir = folder.newFolder("data").toPath();
        Path database = Files.writeString(dataDir.resolve("gluework.mv.db"), "");
        Files.setPosixFilePermissions(database, PosixFilePermissions.fromString("r--r--r--"));

        try (DataDirLock lock = DataDirLock.acquire(dataDir)) {
            // when
            PreviewStartupException refused = assertThrows(PreviewStartupException.class, () -> lock.requireWritable("gluework.mv.db"));

            // then
            assertEquals("database file " + database.toRealPath() + " is read-only; make it writable (chmod u+w) or start"
                    + " with another --data-dir", refused.getMessage());
        }
    }

    @Test
    public void requireWritable_shouldAcceptAWritableOrMissingFile() throws Exception {
        Path dataDir = folder.newFolder("data").toPath();
        Files.writeString(dataDir.resolve("gluework.mv.db"), "");

        try (DataDirLock lock = DataDirLock.acquire(dataDir)) {
            lock.requireWritable("gluework.mv.db");
            lock.requireWritable("absent.mv.db");
        }
    }
}
