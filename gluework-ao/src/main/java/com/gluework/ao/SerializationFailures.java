package com.gluework.ao;

import com.gluework.core.error.ConflictException;
import com.gluework.core.error.SqlFailures;

import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Supplier;

/**
 * Runs a write transaction again when the database refused it only because a concurrent transaction got in its way:
 * a serialization failure (SQLSTATE 40001; Active Objects starts its own transactions SERIALIZABLE, and PostgreSQL
 * then refuses one of two transactions whose reads and writes overlap, even on different contributions) or a deadlock
 * (40P01 on PostgreSQL; H2 reports deadlocks as 40001).
 * <p>
 * Why running it again is safe: the database rolled the refused transaction back whole, and the transaction reads
 * what it checks again (the version it claims, the corroborations it counts), so the rules are checked against the
 * state that won. A version that moved on is then the usual stale-version conflict, not a retry.
 * <p>
 * Only for outermost transactions: inside an enclosing one the enclosing transaction is aborted too, and running the
 * inner part again would not help. The repositories' writes are each one outermost transaction per request.
 * <p>
 * After {@value #ATTEMPTS} refused attempts the caller gets a 409 that says to send the request again, never a 500:
 * nothing was stored. WHY six (four until 3 Dec 2026): with four, one write in a full build's run of the two-node test
 * (eight writers starting together on one issue) was still refused four times in a row and answered 409; the pauses
 * grow by {@value #BACKOFF_STEP_MILLIS} ms per attempt, so a write gives up after at most 75 ms of pauses.
 */
final class SerializationFailures {
    static final int ATTEMPTS = 6;
    /** The longest pause before attempt n + 1 is n times this, drawn at random up to it. */
    static final long BACKOFF_STEP_MILLIS = 5;

    private SerializationFailures() {
    }

    static <T> T retried(Supplier<T> transaction) {
        for (int attempt = 1; ; attempt++) {
            try {
                return transaction.get();
            } catch (RuntimeException e) {
                if (!isTransientConflict(e)) {
                    throw e;
                }
                if (attempt == ATTEMPTS) {
                    throw new ConflictException("request",
                            "Other changes were being saved at the same moment and this one could not be ordered after them. "
                                    + "Nothing was saved; send it again.");
                }
                // A random pause, growing with each attempt, so the two transactions do not collide again in step.
                LockSupport.parkNanos(ThreadLocalRandom.current().nextLong(BACKOFF_STEP_MILLIS * 1_000_000L * attempt) + 1);
            }
        }
    }

    static boolean isTransientConflict(Throwable failure) {
        return SqlFailures.anyMatches(failure, e -> "40001".equals(e.getSQLState()) || "40P01".equals(e.getSQLState()));
    }
}
