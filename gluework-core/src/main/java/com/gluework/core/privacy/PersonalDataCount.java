package com.gluework.core.privacy;

import java.util.Objects;

/**
 * How many stored values of one table name a user.
 *
 * @param table  the table's logical name ({@code contributions}, {@code history}, ...), also the suffix of the i18n key
 *               that describes it to a Jira admin
 * @param values stored user keys equal to the user's (a contribution a person recorded for themselves counts twice:
 *               as contributor and as recorder)
 * @param batches transactions a key change of this table takes
 */
public record PersonalDataCount(String table, long values, int batches) {
    public PersonalDataCount {
        Objects.requireNonNull(table, "table");
        if (values < 0 || batches < 0) {
            throw new IllegalArgumentException("Counts are never negative");
        }
    }
}
