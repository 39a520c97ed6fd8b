package com.atlassian.sal.api.transaction;

/**
 * Compile-only stand-in: runs a callback in the host's transaction.
 * <p>
 * Mirrors: SAL 7.x (Platform 8), recent decompiled public copy as recorded in
 * /work/shared/docs/atlassian-signatures.md §2.5 (status C). No checked exceptions.
 */
public interface TransactionTemplate {

    <T> T execute(TransactionCallback<T> action);
}
