package com.gluework.web.view;

import java.util.List;

/**
 * One person's row of the person × category matrix; a zero is shown as a dash. Someone whose glue counted although
 * they are not on the sprint's team is marked so (their glue is in the totals, not in the distribution).
 */
public final class MatrixRowView {
    private final String name;
    private final List<String> cells;
    private final int total;
    private final boolean onTeam;

    MatrixRowView(String name, List<String> cells, int total, boolean onTeam) {
        this.name = name;
        this.cells = List.copyOf(cells);
        this.total = total;
        this.onTeam = onTeam;
    }

    public boolean isOnTeam() {
        return onTeam;
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
