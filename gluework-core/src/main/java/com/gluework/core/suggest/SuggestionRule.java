package com.gluework.core.suggest;

import java.util.List;

/** One signal: reads an issue's activity and proposes the glue it supports, or nothing. Pure and stateless. */
public interface SuggestionRule {

    List<GlueSuggestion> suggest(IssueActivity activity);
}
