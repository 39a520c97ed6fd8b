package com.gluework.web.view;

/** A line of the packet's audit log: who opened it, for which period, when (UTC, ISO-8601). */
public final class PacketViewLineView {
    private final String viewerName;
    private final String from;
    private final String to;
    private final String viewedAt;

    PacketViewLineView(String viewerName, String from, String to, String viewedAt) {
        this.viewerName = viewerName;
        this.from = from;
        this.to = to;
        this.viewedAt = viewedAt;
    }

    public String getViewerName() {
        return viewerName;
    }

    public String getFrom() {
        return from;
    }

    public String getTo() {
        return to;
    }

    public String getViewedAt() {
        return viewedAt;
    }
}
