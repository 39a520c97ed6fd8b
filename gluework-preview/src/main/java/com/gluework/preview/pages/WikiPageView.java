package com.gluework.preview.pages;

import java.util.List;

/**
 * A page of the preview's Confluence-like space: the frame, the page's title and labels, and its body — the storage
 * format as it is with every Glue sprint summary replaced by the macro's own output ({@link #getBodyHtml()}, the
 * only unescaped value: the preview's own page files and the macro's template, which escapes what it inserts).
 */
public final class WikiPageView {
    public static final String TEMPLATE = "templates/preview/wiki-page.vm";

    private final FrameView frame;
    private final String spaceName;
    private final String title;
    private final String creatorName;
    private final List<String> labels;
    private final String bodyHtml;
    private final String exportUrl;
    private String creditedLine = "";
    private boolean suggestRecording;
    private RecordGlueFormView recordForm;
    private String notice = "";
    private String noticeType = "";

    public WikiPageView(FrameView frame, String spaceName, String title, String creatorName, List<String> labels,
                        String bodyHtml, String exportUrl) {
        this.frame = frame;
        this.spaceName = spaceName;
        this.title = title;
        this.creatorName = creatorName;
        this.labels = List.copyOf(labels);
        this.bodyHtml = bodyHtml;
        this.exportUrl = exportUrl;
    }

    public FrameView getFrame() {
        return frame;
    }

    public String getSpaceName() {
        return spaceName;
    }

    public String getTitle() {
        return title;
    }

    public String getCreatorName() {
        return creatorName;
    }

    public List<String> getLabels() {
        return labels;
    }

    public String getBodyHtml() {
        return bodyHtml;
    }

    /**
     * The page's glue: "Credited: …" ("" for none), whether its labels suggest recording it, the dialog, and a notice
     * above the page (a recording's outcome, or why the glue could not be read), "" for none.
     *
     * @param noticeType the AUI message kind of the notice: "success", "warning" or "error"
     */
    public WikiPageView withGlue(String creditedLine, boolean suggestRecording, RecordGlueFormView recordForm,
                                 String notice, String noticeType) {
        this.creditedLine = creditedLine;
        this.suggestRecording = suggestRecording;
        this.recordForm = recordForm;
        this.notice = notice;
        this.noticeType = noticeType;
        return this;
    }

    public String getCreditedLine() {
        return creditedLine;
    }

    public boolean isSuggestRecording() {
        return suggestRecording;
    }

    /** {@code null} on pages without the action (the space's page list). */
    public RecordGlueFormView getRecordForm() {
        return recordForm;
    }

    public String getNotice() {
        return notice;
    }

    public String getNoticeType() {
        return noticeType;
    }

    /** The same page as Confluence's PDF export renders it (the macro's static version); "" on that page itself. */
    public String getExportUrl() {
        return exportUrl;
    }
}
