package com.gluework.web.view;

/** One category this sprint against the previous one. */
public final class CategoryDeltaView {
    private final String categoryName;
    private final int previous;
    private final int current;
    private final String change;
    private final String trend;

    CategoryDeltaView(String categoryName, int previous, int current, String change, String trend) {
        this.categoryName = categoryName;
        this.previous = previous;
        this.current = current;
        this.change = change;
        this.trend = trend;
    }

    public String getCategoryName() {
        return categoryName;
    }

    public int getPrevious() {
        return previous;
    }

    public int getCurrent() {
        return current;
    }

    /** Signed, e.g. {@code +2}. */
    public String getChange() {
        return change;
    }

    /** {@code up}, {@code down} or {@code same}. */
    public String getTrend() {
        return trend;
    }
}
