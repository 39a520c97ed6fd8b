package com.gluework.core.privacy;

import java.util.List;

/**
 * Where Glue Work's personal data lives, as the anonymization handlers need it: counted per table before anything
 * changes (Jira shows the admin what will happen), then changed in batches, one transaction each, so a user with
 * thousands of rows neither holds one long transaction nor loses the batches already done if a later one fails
 * (running the same change again finishes the job: rows already changed no longer match).
 */
public interface PersonalDataStore {

    /** Rows that store this user key, one entry per table that has any, in a fixed table order. */
    List<PersonalDataCount> rowsNaming(String userKey);

    /**
     * Replaces the original key by the target key in every column that stores user keys.
     *
     * @param afterBatch called after each committed batch (progress reporting)
     * @return the number of values replaced
     */
    long changeUserKey(UserKeyChange change, Runnable afterBatch);

    /** Rows recording who opened this person's evidence packets (the person is the subject, not the viewer). */
    long packetViewsOf(String personKey);

    /**
     * Deletes the rows recording who opened this person's evidence packets, in batches.
     *
     * @return the number of rows deleted
     */
    long deletePacketViewsOf(String personKey, Runnable afterBatch);

    /** Everything the tables hold about this person, through every user-key column. */
    PersonalDataRecords recordsOf(String userKey);

    /** Stores the audit line of an export made by someone other than the person. */
    void recordExport(DataExportRecord export);

    /** Rows per batch (one transaction each), for counting the tasks a change will report. */
    int batchSize();

    /** How many batches {@code rows} rows take; at least one, so a handler always reports progress. */
    static int batches(long rows, int batchSize) {
        return (int) Math.max(1, Math.min(Integer.MAX_VALUE, (rows + batchSize - 1) / batchSize));
    }
}
