package com.gluework.web.view;

import java.util.List;

/** One rubric dimension's glue in an evidence packet, strongest first. */
public final class PacketDimensionView {
    private final String label;
    private final List<PacketItemView> items;

    PacketDimensionView(String label, List<PacketItemView> items) {
        this.label = label;
        this.items = items;
    }

    public String getLabel() {
        return label;
    }

    public List<PacketItemView> getItems() {
        return items;
    }
}
