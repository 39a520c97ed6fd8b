package com.gluework.web.view;

/** One suggestion of the hero alert: rotate a category to some people, or pair someone with the hero. */
public final class HeroSuggestionView {
    private final boolean rotate;
    private final String categoryName;
    private final String names;

    HeroSuggestionView(boolean rotate, String categoryName, String names) {
        this.rotate = rotate;
        this.categoryName = categoryName;
        this.names = names;
    }

    /** True: hand the category to {@link #getNames()}; false: pair them with the hero on it. */
    public boolean isRotate() {
        return rotate;
    }

    public String getCategoryName() {
        return categoryName;
    }

    /** Already joined, e.g. {@code carol and dave}. */
    public String getNames() {
        return names;
    }
}
