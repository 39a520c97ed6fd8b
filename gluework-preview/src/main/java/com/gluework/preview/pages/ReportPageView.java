package com.gluework.preview.pages;

/**
 * The preview's "Glue wins" page: the frame, and the report's body already rendered by gluework-web's template
 * ({@link #getReportBodyHtml()} — the only unescaped value, produced by the escaping renderer itself).
 */
public final class ReportPageView {
    public static final String TEMPLATE = "templates/preview/report-page.vm";

    private final FrameView frame;
    private final String reportBodyHtml;

    public ReportPageView(FrameView frame, String reportBodyHtml) {
        this.frame = frame;
        this.reportBodyHtml = reportBodyHtml;
    }

    public FrameView getFrame() {
        return frame;
    }

    public String getTitle() {
        return "Glue wins";
    }

    public String getReportBodyHtml() {
        return reportBodyHtml;
    }
}
