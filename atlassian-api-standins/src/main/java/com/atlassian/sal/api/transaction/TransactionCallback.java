package com.atlassian.sal.api.transaction;

/**
 * Compile-only stand-in: work to run inside a host transaction.
 * <p>
 * Mirrors: SAL {@code com.atlassian.sal.api.transaction.TransactionCallback} (recent SAL, decompiled public copy),
 * as recorded in docs/atlassian-signatures.md §2.4. Generic since SAL 2.x; not annotated {@code @FunctionalInterface}
 * in the real jar, but lambda-compatible.
 */
public interface TransactionCallback<T> {
    T doInTransaction();
}
