package com.gluework.ao;

import com.gluework.ao.testing.EntityManagerActiveObjects.ActiveObjectsSqlException;
import com.gluework.core.error.ConflictException;
import org.junit.Test;

import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertSame;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

public class SerializationFailuresTest {
    @Test
    public void isTransientConflict_shouldRecogniseSerializationFailuresAndDeadlocksOnly() {
        assertTrue(SerializationFailures.isTransientConflict(wrapped("could not serialize access", "40001")));
        assertTrue(SerializationFailures.isTransientConflict(wrapped("deadlock detected", "40P01")));
        assertFalse(SerializationFailures.isTransientConflict(wrapped("duplicate key", "23505")));
        assertFalse(SerializationFailures.isTransientConflict(wrapped("disk full", "53100")));
        assertFalse(SerializationFailures.isTransientConflict(new IllegalStateException("no SQL here")));
    }

    @Test
    public void retried_shouldRunTheTransactionAgainUntilTheDatabaseAcceptsIt() {
        AtomicInteger attempts = new AtomicInteger();
        String result = SerializationFailures.retried(() -> {
            if (attempts.incrementAndGet() < SerializationFailures.ATTEMPTS) {
                throw wrapped("could not serialize access", "40001");
            }
            return "stored";
        });
        assertEquals("stored", result);
        assertEquals(SerializationFailures.ATTEMPTS, attempts.get());
    }

    @Test
    public void retried_shouldAnswerAConflictNamingTheRequest_whenTheDatabaseKeepsRefusing() {
        AtomicInteger attempts = new AtomicInteger();
        try {
            SerializationFailures.retried(() -> {
                attempts.incrementAndGet();
                throw wrapped("could not serialize access", "40001");
            });
            fail("expected a conflict");
        } catch (ConflictException e) {
            assertEquals("request", e.errors().get(0).field());
            assertTrue(e.errors().get(0).message(), e.errors().get(0).message().contains("send it again"));
        }
        assertEquals(SerializationFailures.ATTEMPTS, attempts.get());
    }

    @Test
    public void retried_shouldNotRunAgain_whenTheFailureIsNotAConcurrencyRefusal() {
        AtomicInteger attempts = new AtomicInteger();
        RuntimeException duplicate = wrapped("duplicate key", "23505");
        try {
            SerializationFailures.retried(() -> {
                attempts.incrementAndGet();
                throw duplicate;
            });
            fail("expected the duplicate");
        } catch (RuntimeException e) {
            assertSame(duplicate, e);
        }
        assertEquals(1, attempts.get());
    }

    private static RuntimeException wrapped(String message, String state) {
        return new ActiveObjectsSqlException(new SQLException(message, state));
    }
}
