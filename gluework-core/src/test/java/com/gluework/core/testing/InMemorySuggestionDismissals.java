package com.gluework.core.testing;

import com.gluework.core.model.IssueRef;
import com.gluework.core.port.SuggestionDismissals;
import com.gluework.core.suggest.SuggestionKey;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/** Dismissed suggestions held in memory. */
public final class InMemorySuggestionDismissals implements SuggestionDismissals {
    private final Set<SuggestionKey> dismissed = ConcurrentHashMap.newKeySet();

    @Override
    public Set<SuggestionKey> dismissedOn(IssueRef issue) {
        return dismissed.stream().filter(k -> k.issueId() == issue.id()).collect(Collectors.toUnmodifiableSet());
    }

    @Override
    public void dismiss(SuggestionKey suggestion, String dismissedByKey) {
        dismissed.add(suggestion);
    }
}
