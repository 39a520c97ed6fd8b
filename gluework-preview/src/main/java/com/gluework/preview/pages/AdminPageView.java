package com.gluework.preview.pages;

/**
 * The preview's admin page (/admin): the frame, and the body gluework-web's admin template rendered
 * ({@link #getAdminBodyHtml()} — the only unescaped value, produced by the escaping renderer itself). The script builds
 * the page from the REST API, as in Jira.
 */
public final class AdminPageView {
    public static final String TEMPLATE = "templates/preview/admin-page.vm";

    private final FrameView frame;
    private final String adminBodyHtml;

    public AdminPageView(FrameView frame, String adminBodyHtml) {
        this.frame = frame;
        this.adminBodyHtml = adminBodyHtml;
    }

    public FrameView getFrame() {
        return frame;
    }

    public String getTitle() {
        return "Glue Work definitions";
    }

    public String getAdminBodyHtml() {
        return adminBodyHtml;
    }
}
