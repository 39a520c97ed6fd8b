package com.gluework.ao.upgrade;

import com.gluework.ao.UniqueViolations;

import java.util.function.Supplier;

/**
 * Runs a write that only inserts missing rows, and once more if another node inserted one of them between our check
 * and our insert (a unique key refused ours and rolled our transaction back). The second run finds the rows stored.
 */
final class UniqueRetry {
    private UniqueRetry() {
    }

    static <T> T once(Supplier<T> insertMissing) {
        try {
            return insertMissing.get();
        } catch (RuntimeException e) {
            if (!UniqueViolations.isUniqueViolation(e)) {
                throw e;
            }
            return insertMissing.get();
        }
    }
}
