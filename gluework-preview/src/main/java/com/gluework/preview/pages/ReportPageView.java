package com.gluework.preview.pages;

/**
 * The preview's "Glue wins" page: the frame, the notice gluework-web's {@code SprintReportPageViewFactory} decided (as
 * Jira's page shows it), and the report's body already rendered by gluework-web's template ({@link #getReportBodyHtml()}
 * — the only unescaped value, produced by the escaping renderer itself).
 */
public final class ReportPageView {
    public static final String TEMPLATE = "templates/preview/report-page.vm";

    private final FrameView frame;
    private final String notice;
    private final String noticeType;
    private final String reportBodyHtml;

    /** The report without a notice. */
    public ReportPageView(FrameView frame, String reportBodyHtml) {
        this(frame, "", "", reportBodyHtml);
    }

    /** @param noticeType the AUI message kind of {@code notice}: "warning", "error", or "" for none */
    public ReportPageView(FrameView frame, String notice, String noticeType, String reportBodyHtml) {
        this.frame = frame;
        this.notice = notice;
        this.noticeType = noticeType;
        this.reportBodyHtml = reportBodyHtml;
    }

    public FrameView getFrame() {
        return frame;
    }

    public String getTitle() {
        return "Glue wins";
    }

    /** One sentence above the report; "" for none. */
    public String getNotice() {
        return notice;
    }

    public String getNoticeType() {
        return noticeType;
    }

    public String getReportBodyHtml() {
        return reportBodyHtml;
    }
}
