package com.gluework.bench;

import net.java.ao.DatabaseProvider;

/**
 * Counts the statements Active Objects prepares, through AO's own SQL listener hook, for the calling thread only
 * (other threads sharing the provider are not counted).
 */
final class SqlStatementCounter implements DatabaseProvider.SqlListener {
    private final Thread owner = Thread.currentThread();
    private int count;

    @Override
    public void onSql(String sql) {
        if (Thread.currentThread() == owner) {
            count++;
        }
    }

    int count() {
        return count;
    }
}
