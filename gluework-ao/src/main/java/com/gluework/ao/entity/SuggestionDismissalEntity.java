package com.gluework.ao.entity;

import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/**
 * A suggestion trace someone answered "Not glue" (issue 12). One row per trace, and the database says so: the trace id
 * is {@link Unique}, so two nodes answering at the same moment store one row, and the first answer is the one kept.
 * Rows are never deleted; the dismissal is remembered for everyone.
 */
@Table("SUGG_DISMISSAL")
public interface SuggestionDismissalEntity extends Entity {

    /** The issue the suggestion was on: the panel and the personal page read dismissals by issue. */
    @NotNull
    @Indexed
    long getIssueId();

    void setIssueId(long issueId);

    /** 32 hex digits, derived from issue, rule, person, category and evidence times (GlueSuggestion.traceIdOf). */
    @NotNull
    @Unique
    String getTraceId();

    void setTraceId(String traceId);

    @NotNull
    String getDismissedByKey();

    void setDismissedByKey(String userKey);

    @NotNull
    long getDismissedAtMillis();

    void setDismissedAtMillis(long epochMillis);
}
