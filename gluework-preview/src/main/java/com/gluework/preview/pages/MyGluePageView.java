package com.gluework.preview.pages;

/**
 * The preview's "My glue" page: the frame and the page body already rendered by gluework-web's template
 * ({@link #getBodyHtml()} — the only unescaped value, produced by the escaping renderer).
 */
public final class MyGluePageView {
    public static final String TEMPLATE = "templates/preview/my-glue-page.vm";

    private final FrameView frame;
    private final String title;
    private final String bodyHtml;

    public MyGluePageView(FrameView frame, String title, String bodyHtml) {
        this.frame = frame;
        this.title = title;
        this.bodyHtml = bodyHtml;
    }

    public FrameView getFrame() {
        return frame;
    }

    public String getTitle() {
        return title;
    }

    public String getBodyHtml() {
        return bodyHtml;
    }
}
