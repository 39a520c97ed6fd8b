package com.gluework.web.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Locale;

/** How the report writes numbers, the same on the page, in the exports and in the charts. */
public final class ReportFormats {
    private ReportFormats() {
    }

    /** A share in [0, 1] as a whole percentage: {@code 0.475 → "48%"}. */
    public static String percent(double share) {
        return BigDecimal.valueOf(share * 100).setScale(0, RoundingMode.HALF_UP).toPlainString() + "%";
    }

    /**
     * A share above a threshold never reads as the threshold itself: 40.1% against 40% is {@code "40.1%"}, not
     * {@code "40%"}, so the alert and its number never seem to contradict each other.
     */
    public static String percentAbove(double share, double threshold) {
        BigDecimal exact = BigDecimal.valueOf(share * 100);
        BigDecimal limit = BigDecimal.valueOf(threshold * 100);
        BigDecimal shown = exact.setScale(0, RoundingMode.HALF_UP);
        for (int scale = 1; scale <= 3 && shown.compareTo(limit) <= 0 && exact.compareTo(limit) > 0; scale++) {
            shown = exact.setScale(scale, RoundingMode.DOWN);
        }
        return shown.stripTrailingZeros().toPlainString() + "%";
    }

    /** Two decimals, a dot whatever the locale: {@code 0.4137 → "0.41"}. */
    public static String twoDecimals(double value) {
        return String.format(Locale.ROOT, "%.2f", value);
    }

    /** A signed change: {@code "+0.08"}, {@code "\u22120.05"} (a real minus sign), {@code "0.00"}. */
    public static String signedTwoDecimals(double delta) {
        String magnitude = twoDecimals(Math.abs(delta));
        if (magnitude.equals(twoDecimals(0))) {
            return magnitude;
        }
        return (delta > 0 ? "+" : "\u2212") + magnitude;
    }

    /** A signed count: {@code "+2"}, {@code "\u22121"}, {@code "0"}. */
    public static String signed(int delta) {
        return delta > 0 ? "+" + delta : delta < 0 ? "\u2212" + (-delta) : "0";
    }

    /** Which way a change went: {@code "up"}, {@code "down"} or {@code "same"} (within display precision for shares). */
    public static String trend(double delta) {
        return Math.abs(delta) < 0.005 ? "same" : delta > 0 ? "up" : "down";
    }

    /** "a", "a and b", "a, b and c" — the way the core's messages join names. */
    public static String joinNames(List<String> names, String and) {
        if (names.size() <= 1) {
            return String.join("", names);
        }
        return String.join(", ", names.subList(0, names.size() - 1)) + " " + and + " " + names.get(names.size() - 1);
    }
}
