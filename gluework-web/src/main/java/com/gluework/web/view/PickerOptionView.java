package com.gluework.web.view;

/** One option of the board or sprint picker. */
public final class PickerOptionView {
    private final long id;
    private final String label;
    private final boolean selected;
    private final boolean active;

    PickerOptionView(long id, String label, boolean selected, boolean active) {
        this.id = id;
        this.label = label;
        this.selected = selected;
        this.active = active;
    }

    public long getId() {
        return id;
    }

    public String getLabel() {
        return label;
    }

    public boolean isSelected() {
        return selected;
    }

    /** An active sprint, labelled as such in the picker. */
    public boolean isActive() {
        return active;
    }
}
