package com.gluework.preview.pages;

import com.gluework.core.privacy.PerPersonVisibility;
import com.gluework.core.privacy.ProjectPrivacy;

import java.util.Optional;

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
    private Optional<ProjectPrivacy> privacy = Optional.empty();

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

    /** The per-person privacy control to show above the report: only for an administrator of the project. */
    public ReportPageView withPrivacy(Optional<ProjectPrivacy> editable) {
        this.privacy = editable;
        return this;
    }

    public boolean isPrivacyEditable() {
        return privacy.isPresent();
    }

    public String getPrivacyProjectKey() {
        return privacy.map(p -> p.project().key()).orElse("");
    }

    public String getPrivacyProjectName() {
        return privacy.map(p -> p.project().name()).orElse("");
    }

    /** The project currently shows per-person figures to its administrators only. */
    public boolean isPerPersonAdminsOnly() {
        return privacy.map(p -> p.perPersonFigures() == PerPersonVisibility.PROJECT_ADMINS).orElse(false);
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
