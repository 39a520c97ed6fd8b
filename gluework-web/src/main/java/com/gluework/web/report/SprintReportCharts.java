package com.gluework.web.report;

import com.gluework.core.model.Category;
import com.gluework.core.report.GlueDistribution;
import com.gluework.core.report.GlueMatrix;
import com.gluework.core.report.SprintComparison;
import com.gluework.core.report.SprintReport;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Server-rendered SVG bar charts of a report, so the page, a Confluence macro or an e-mail can show them without any
 * chart script: glue per category (with the previous sprint's count when there is one) and each person's share of the
 * sprint's glue against the hero threshold.
 *
 * <p>Each chart is a standalone, well-formed XML document with {@code role="img"}, an {@code aria-label}, and
 * {@code <title>}/{@code <desc>} that state every number, so a screen reader (or an {@code <img>} whose picture does
 * not load) loses nothing. Text is XML-escaped, and characters XML 1.0 cannot hold (control characters, lone
 * surrogates) are dropped, so no name or category can break the document or add markup to it.
 */
public final class SprintReportCharts {
    public static final String MEDIA_TYPE = "image/svg+xml";
    private static final int WIDTH = 640;
    private static final int LABEL_WIDTH = 190;
    private static final int BAR_AREA = 360;
    private static final int ROW = 26;
    private static final int TOP = 34;
    private static final int LABEL_LENGTH = 26;
    private static final String BAR = "#0052cc";
    private static final String PREVIOUS_BAR = "#b3d4ff";
    private static final String HERO_BAR = "#de350b";

    private final ReportTexts texts;

    public SprintReportCharts(ReportTexts texts) {
        this.texts = texts;
    }

    /** One bar per category column of the matrix; a thin lighter bar under it for the previous sprint's count. */
    public String categories(SprintReport report) {
        GlueMatrix matrix = report.matrix();
        Optional<SprintComparison> comparison = report.comparison();
        List<String> facts = new ArrayList<>();
        int max = 1;
        for (int i = 0; i < matrix.columns().size(); i++) {
            Category category = matrix.columns().get(i);
            int current = matrix.columnTotals().get(i);
            int previous = comparison.map(c -> previousCount(c, category)).orElse(0);
            max = Math.max(max, Math.max(current, previous));
            facts.add(comparison.isPresent()
                    ? t("gluework.report.chart.categories.fact.compared", category.name(), current,
                    comparison.get().previousSprint().name(), previous)
                    : t("gluework.report.chart.categories.fact", category.name(), current));
        }
        String title = t("gluework.report.chart.categories.title", report.sprint().name());
        String desc = matrix.columns().isEmpty() ? t("gluework.report.chart.empty")
                : t("gluework.report.chart.categories.desc", String.join("; ", facts));
        Svg svg = new Svg(Math.max(1, matrix.columns().size()), title, desc);
        int longest = max;
        for (int i = 0; i < matrix.columns().size(); i++) {
            Category category = matrix.columns().get(i);
            int current = matrix.columnTotals().get(i);
            int y = TOP + i * ROW;
            svg.rowStart(facts.get(i));
            svg.label(y, category.name());
            svg.bar(y + 3, 13, width(current, longest), BAR);
            comparison.ifPresent(c -> svg.bar(y + 17, 4, width(previousCount(c, category), longest), PREVIOUS_BAR));
            svg.value(y, width(current, longest), Integer.toString(current));
            svg.rowEnd();
        }
        if (matrix.columns().isEmpty()) {
            svg.note(TOP + 4, t("gluework.report.chart.empty"));
        }
        return svg.finish();
    }

    /** Each person's share of the sprint's glue, with the hero threshold as a dashed line; shares above it in red. */
    public String distribution(SprintReport report, double heroThresholdShare) {
        GlueDistribution distribution = report.distribution();
        List<String> facts = new ArrayList<>();
        for (GlueDistribution.PersonShare share : distribution.people()) {
            facts.add(t("gluework.report.chart.distribution.fact", share.person().displayName(),
                    ReportFormats.percent(share.share()), share.count()));
        }
        String threshold = ReportFormats.percent(heroThresholdShare);
        String title = t("gluework.report.chart.distribution.title", report.sprint().name());
        String desc = distribution.total() == 0 ? t("gluework.report.chart.empty")
                : t("gluework.report.chart.distribution.desc", String.join("; ", facts), threshold,
                ReportFormats.twoDecimals(distribution.gini()));
        Svg svg = new Svg(Math.max(1, distribution.people().size()), title, desc);
        for (int i = 0; i < distribution.people().size(); i++) {
            GlueDistribution.PersonShare share = distribution.people().get(i);
            int y = TOP + i * ROW;
            int width = (int) Math.round(share.share() * BAR_AREA);
            svg.rowStart(facts.get(i));
            svg.label(y, share.person().displayName());
            svg.bar(y + 3, 16, width, share.share() > heroThresholdShare ? HERO_BAR : BAR);
            svg.value(y, width, ReportFormats.percent(share.share()));
            svg.rowEnd();
        }
        if (distribution.total() == 0) {
            svg.note(TOP + 4, t("gluework.report.chart.empty"));
        } else {
            svg.threshold((int) Math.round(heroThresholdShare * BAR_AREA), distribution.people().size(),
                    t("gluework.report.chart.threshold", threshold));
        }
        return svg.finish();
    }

    /** XML text: escaped, and without the characters XML 1.0 forbids (which no parser would accept, escaped or not). */
    public static String xml(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                out.append(c).append(text.charAt(++i));
            } else if (Character.isSurrogate(c) || c == '\uFFFE' || c == '\uFFFF'
                    || (c < 0x20 && c != '\t' && c != '\n' && c != '\r')) {
                continue;
            } else {
                switch (c) {
                    case '&' -> out.append("&amp;");
                    case '<' -> out.append("&lt;");
                    case '>' -> out.append("&gt;");
                    case '"' -> out.append("&quot;");
                    case '\'' -> out.append("&apos;");
                    // Attribute values would normalise these to spaces; keep them as characters.
                    case '\t', '\n', '\r' -> out.append("&#").append((int) c).append(';');
                    default -> out.append(c);
                }
            }
        }
        return out.toString();
    }

    private static int previousCount(SprintComparison comparison, Category category) {
        return comparison.categories().stream().filter(d -> d.category().key().equals(category.key()))
                .mapToInt(SprintComparison.CategoryDelta::previous).findFirst().orElse(0);
    }

    private static int width(int count, int max) {
        return (int) Math.round((double) count / max * BAR_AREA);
    }

    private static String shortened(String label) {
        if (label.codePointCount(0, label.length()) <= LABEL_LENGTH) {
            return label;
        }
        return label.substring(0, label.offsetByCodePoints(0, LABEL_LENGTH - 1)) + "\u2026";
    }

    private String t(String key, Object... arguments) {
        return texts.text(key, arguments);
    }

    /** The document being written; every text goes through {@link #xml}. */
    private static final class Svg {
        private final StringBuilder out = new StringBuilder();
        private final int height;

        Svg(int rows, String title, String desc) {
            this.height = TOP + rows * ROW + 16;
            out.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
                    .append("<svg xmlns=\"http://www.w3.org/2000/svg\" version=\"1.1\" role=\"img\"")
                    .append(" width=\"").append(WIDTH).append("\" height=\"").append(height).append('"')
                    .append(" viewBox=\"0 0 ").append(WIDTH).append(' ').append(height).append('"')
                    .append(" aria-label=\"").append(xml(title + ". " + desc)).append("\"")
                    .append(" font-family=\"-apple-system, 'Segoe UI', Roboto, Helvetica, Arial, sans-serif\" font-size=\"13\">\n")
                    .append("<title>").append(xml(title)).append("</title>\n")
                    .append("<desc>").append(xml(desc)).append("</desc>\n")
                    .append("<text x=\"8\" y=\"20\" font-weight=\"600\" fill=\"#172b4d\">").append(xml(title)).append("</text>\n");
        }

        void rowStart(String fact) {
            out.append("<g><title>").append(xml(fact)).append("</title>");
        }

        void rowEnd() {
            out.append("</g>\n");
        }

        void label(int y, String text) {
            out.append("<text x=\"").append(LABEL_WIDTH - 8).append("\" y=\"").append(y + 15)
                    .append("\" text-anchor=\"end\" fill=\"#42526e\">").append(xml(shortened(text))).append("</text>");
        }

        void bar(int y, int barHeight, int width, String colour) {
            out.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\" rx=\"2\" fill=\"%s\"/>",
                    LABEL_WIDTH, y, Math.max(width, 0), barHeight, colour));
        }

        void value(int y, int barWidth, String text) {
            out.append("<text x=\"").append(LABEL_WIDTH + barWidth + 6).append("\" y=\"").append(y + 15)
                    .append("\" fill=\"#172b4d\">").append(xml(text)).append("</text>");
        }

        void note(int y, String text) {
            out.append("<text x=\"").append(LABEL_WIDTH).append("\" y=\"").append(y + 11).append("\" fill=\"#6b778c\">")
                    .append(xml(text)).append("</text>\n");
        }

        void threshold(int x, int rows, String label) {
            int bottom = TOP + rows * ROW;
            out.append(String.format(Locale.ROOT,
                    "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"#ff8b00\" stroke-width=\"1.5\" stroke-dasharray=\"4 3\"/>",
                    LABEL_WIDTH + x, TOP - 6, LABEL_WIDTH + x, bottom));
            out.append("<text x=\"").append(LABEL_WIDTH + x + 4).append("\" y=\"").append(bottom + 12)
                    .append("\" font-size=\"11\" fill=\"#974f0c\">").append(xml(label)).append("</text>\n");
        }

        String finish() {
            return out.append("</svg>\n").toString();
        }
    }
}
