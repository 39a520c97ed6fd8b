package com.gluework.core.port;

import java.util.Collection;
import java.util.Set;

/**
 * Suggestions someone answered "Not glue": dismissed for everyone and remembered. What is stored is the identity of
 * each rule finding the suggestion rested on ({@link com.gluework.core.suggest.GlueSuggestion#traceIds()}), so the
 * same prompt never comes back, while a later, different trace of the same person can still be suggested.
 */
public interface SuggestionDismissals {

    /** The dismissed trace ids of these issues, in one read (trace ids name their issue, so one set serves all). */
    Set<String> dismissedOn(Collection<Long> issueIds);

    /**
     * Remembers the traces as dismissed. Idempotent: a trace dismissed before (by anyone, on any node, at the same
     * moment included) stays dismissed once, by whoever was first; the store enforces it, not a lock.
     */
    void dismiss(long issueId, Collection<String> traceIds, String dismissedByKey);
}
