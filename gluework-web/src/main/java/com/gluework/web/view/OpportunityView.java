package com.gluework.web.view;

/** A team member with no glue yet, phrased as an invitation: whom to pair with, on what. */
public final class OpportunityView {
    private final String name;
    private final String pairName;
    private final String categoryName;

    OpportunityView(String name, String pairName, String categoryName) {
        this.name = name;
        this.pairName = pairName;
        this.categoryName = categoryName;
    }

    public String getName() {
        return name;
    }

    /** Empty when the sprint has no glue to pair on. */
    public String getPairName() {
        return pairName;
    }

    public String getCategoryName() {
        return categoryName;
    }

    public boolean isHasPair() {
        return !pairName.isEmpty();
    }
}
