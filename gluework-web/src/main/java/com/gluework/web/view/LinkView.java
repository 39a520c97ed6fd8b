package com.gluework.web.view;

import java.util.Objects;

/**
 * An evidence link. The factory only builds one from an absolute http(s) URL, so {@link #getHref()} can never be a
 * {@code javascript:} or {@code data:} link; the label is a shortened form of the URL for a narrow column.
 */
public final class LinkView {
    private final String href;
    private final String label;

    LinkView(String href, String label) {
        this.href = Objects.requireNonNull(href, "href");
        this.label = Objects.requireNonNull(label, "label");
    }

    public String getHref() {
        return href;
    }

    public String getLabel() {
        return label;
    }
}
