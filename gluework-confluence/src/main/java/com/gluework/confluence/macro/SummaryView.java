package com.gluework.confluence.macro;

import java.util.Locale;
import java.util.Optional;

/** What the macro shows of the sprint's report: its wins, the person × category table, or both with the distribution. */
public enum SummaryView {
    WINS, MATRIX, FULL;

    /** The value as the macro's {@code view} parameter spells it. */
    public String parameterValue() {
        return name().toLowerCase(Locale.ROOT);
    }

    static Optional<SummaryView> ofParameter(String value) {
        for (SummaryView view : values()) {
            if (view.parameterValue().equals(value)) {
                return Optional.of(view);
            }
        }
        return Optional.empty();
    }
}
