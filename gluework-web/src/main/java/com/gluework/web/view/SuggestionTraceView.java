package com.gluework.web.view;

import java.util.Objects;

/** One trace under a suggestion: what happened, when, and a link to it (http(s) only; empty when there is none). */
public final class SuggestionTraceView {
    private final String what;
    private final String when;
    private final String href;

    SuggestionTraceView(String what, String when, String href) {
        this.what = Objects.requireNonNull(what, "what");
        this.when = Objects.requireNonNull(when, "when");
        this.href = Objects.requireNonNull(href, "href");
    }

    public String getWhat() {
        return what;
    }

    public String getWhen() {
        return when;
    }

    public String getHref() {
        return href;
    }
}
