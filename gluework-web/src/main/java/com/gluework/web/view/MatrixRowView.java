package com.gluework.web.view;

import java.util.List;

/** One person's row of the person × category matrix; a zero is shown as a dash. */
public final class MatrixRowView {
    private final String name;
    private final List<String> cells;
    private final int total;

    MatrixRowView(String name, List<String> cells, int total) {
        this.name = name;
        this.cells = List.copyOf(cells);
        this.total = total;
    }

    public String getName() {
        return name;
    }

    public List<String> getCells() {
        return cells;
    }

    public int getTotal() {
        return total;
    }
}
