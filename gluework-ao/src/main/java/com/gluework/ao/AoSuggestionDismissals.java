package com.gluework.ao;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.gluework.ao.entity.SuggestionDismissalEntity;
import com.gluework.core.port.SuggestionDismissals;
import jakarta.inject.Inject;
import net.java.ao.Query;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * "Not glue" answers in Active Objects. Idempotent by the database: each trace is inserted in its own transaction
 * unless already stored, and an insert refused by the unique trace id (another node, the same moment) counts as done.
 * A refused insert ends only its own transaction, which matters on PostgreSQL, where a failed statement spoils the
 * rest of its transaction.
 */
public final class AoSuggestionDismissals implements SuggestionDismissals {
    /** Placeholders per {@code IN (…)}: far below every database's limit (Oracle's is 1,000). */
    private static final int IN_CHUNK = 500;

    private final ActiveObjects ao;
    private final Clock clock;

    @Inject
    public AoSuggestionDismissals(ActiveObjects ao, Clock clock) {
        this.ao = ao;
        this.clock = clock;
    }

    @Override
    public Set<String> dismissedOn(Collection<Long> issueIds) {
        List<Long> ids = List.copyOf(new LinkedHashSet<>(issueIds));
        Set<String> traces = new HashSet<>();
        for (int from = 0; from < ids.size(); from += IN_CHUNK) {
            List<Long> chunk = ids.subList(from, Math.min(ids.size(), from + IN_CHUNK));
            // Streamed, only the trace ids: the panel asks on every render, and a find would convert every accessor's
            // name and build an entity proxy per row each time (JFR, issue 13).
            ao.stream(SuggestionDismissalEntity.class, NamedColumnsQuery.selecting("ID,TRACE_ID")
                    .where("ISSUE_ID IN (" + String.join(",", Collections.nCopies(chunk.size(), "?")) + ")", chunk.toArray()),
                    row -> traces.add(row.getTraceId()));
        }
        return Collections.unmodifiableSet(traces);
    }

    @Override
    public void dismiss(long issueId, Collection<String> traceIds, String dismissedByKey) {
        Set<String> missing = new LinkedHashSet<>(traceIds);
        missing.removeAll(dismissedOn(List.of(issueId)));
        for (String trace : missing) {
            try {
                ao.executeInTransaction(() -> {
                    Map<String, Object> row = new HashMap<>();
                    row.put("ISSUE_ID", issueId);
                    row.put("TRACE_ID", trace);
                    row.put("DISMISSED_BY_KEY", dismissedByKey);
                    row.put("DISMISSED_AT_MILLIS", clock.millis());
                    return ao.create(SuggestionDismissalEntity.class, row);
                });
            } catch (RuntimeException e) {
                if (!UniqueViolations.isUniqueViolation(e)) {
                    throw e;
                }
                // someone else dismissed the same trace at the same moment: it is dismissed, which is what was asked
            }
        }
    }

    /** Who answered "Not glue" to this trace first, for the contract tests and support; empty when nobody did. */
    public List<String> dismissedBy(String traceId) {
        List<String> who = new ArrayList<>();
        for (SuggestionDismissalEntity row : ao.find(SuggestionDismissalEntity.class, Query.select().where("TRACE_ID = ?", traceId))) {
            who.add(row.getDismissedByKey());
        }
        return who;
    }
}
