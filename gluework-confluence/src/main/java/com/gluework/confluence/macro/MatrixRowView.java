package com.gluework.confluence.macro;

import com.gluework.web.rest.dto.SprintReportDto;

import java.util.List;

/** One person's row of the person × category table. */
public final class MatrixRowView {
    private final SprintReportDto.MatrixRow row;

    MatrixRowView(SprintReportDto.MatrixRow row) {
        this.row = row;
    }

    public String getName() {
        return row.person().displayName();
    }

    /** In the table's column order. */
    public List<Integer> getCounts() {
        return row.counts();
    }

    public int getTotal() {
        return row.total();
    }
}
