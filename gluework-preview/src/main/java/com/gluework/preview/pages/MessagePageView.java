package com.gluework.preview.pages;

/** A page with one message in the frame: "issue not found", or "choose a demo user". */
public final class MessagePageView {
    public static final String TEMPLATE = "templates/preview/message-page.vm";

    private final FrameView frame;
    private final String title;
    private final String message;

    public MessagePageView(FrameView frame, String title, String message) {
        this.frame = frame;
        this.title = title;
        this.message = message;
    }

    public FrameView getFrame() {
        return frame;
    }

    public String getTitle() {
        return title;
    }

    public String getMessage() {
        return message;
    }
}
