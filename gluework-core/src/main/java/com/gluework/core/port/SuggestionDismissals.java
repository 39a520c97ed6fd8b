package com.gluework.core.port;

import com.gluework.core.model.IssueRef;
import com.gluework.core.suggest.SuggestionKey;

import java.util.Set;

/**
 * Suggestions someone answered "Not glue": dismissed for everyone and remembered, so the same prompt never comes back
 * for that person, category and issue.
 */
public interface SuggestionDismissals {

    /** The dismissed suggestions of one issue. */
    Set<SuggestionKey> dismissedOn(IssueRef issue);

    void dismiss(SuggestionKey suggestion, String dismissedByKey);
}
