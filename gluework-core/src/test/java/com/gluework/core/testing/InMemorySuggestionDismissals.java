package com.gluework.core.testing;

import com.gluework.core.port.SuggestionDismissals;

import java.util.Collection;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/** Dismissed suggestion traces held in memory: trace id to issue id; the first dismissal of a trace is kept. */
public final class InMemorySuggestionDismissals implements SuggestionDismissals {
    private final Map<String, Long> issueByTrace = new ConcurrentHashMap<>();
    private final Map<String, String> dismissedBy = new ConcurrentHashMap<>();

    @Override
    public Set<String> dismissedOn(Collection<Long> issueIds) {
        return issueByTrace.entrySet().stream().filter(e -> issueIds.contains(e.getValue())).map(Map.Entry::getKey)
                .collect(Collectors.toUnmodifiableSet());
    }

    @Override
    public void dismiss(long issueId, Collection<String> traceIds, String dismissedByKey) {
        for (String trace : traceIds) {
            issueByTrace.putIfAbsent(trace, issueId);
            dismissedBy.putIfAbsent(trace, dismissedByKey);
        }
    }

    /** Who dismissed this trace first; {@code null} when nobody did. */
    public String dismissedBy(String traceId) {
        return dismissedBy.get(traceId);
    }
}
