package com.gluework.preview.pages;

import com.gluework.core.model.IssueRef;
import com.gluework.core.port.SuggestionDismissals;
import com.gluework.core.suggest.SuggestionKey;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * The preview's "Not glue" answers, in memory: the preview starts from the same demo every time, so they need not
 * outlive it. (The plugins will keep them in Active Objects; not built yet.)
 */
public final class PreviewSuggestionDismissals implements SuggestionDismissals {
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
