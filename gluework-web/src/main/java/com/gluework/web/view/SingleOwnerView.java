package com.gluework.web.view;

/** A category only one person did this sprint: a knowledge-silo risk. */
public final class SingleOwnerView {
    private final String categoryName;
    private final String ownerName;

    SingleOwnerView(String categoryName, String ownerName) {
        this.categoryName = categoryName;
        this.ownerName = ownerName;
    }

    public String getCategoryName() {
        return categoryName;
    }

    public String getOwnerName() {
        return ownerName;
    }
}
