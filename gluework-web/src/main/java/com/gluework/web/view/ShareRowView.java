package com.gluework.web.view;

/** One person's share of the sprint's glue: the text alternative of the distribution chart. */
public final class ShareRowView {
    private final String name;
    private final int count;
    private final String share;
    private final boolean aboveThreshold;

    ShareRowView(String name, int count, String share, boolean aboveThreshold) {
        this.name = name;
        this.count = count;
        this.share = share;
        this.aboveThreshold = aboveThreshold;
    }

    public String getName() {
        return name;
    }

    public int getCount() {
        return count;
    }

    /** e.g. {@code 48%}. */
    public String getShare() {
        return share;
    }

    public boolean isAboveThreshold() {
        return aboveThreshold;
    }
}
