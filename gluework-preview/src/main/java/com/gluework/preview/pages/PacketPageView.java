package com.gluework.preview.pages;

/**
 * The preview's evidence packet page: the frame, a period picker, and the packet's body already rendered by
 * gluework-web's template ({@link #getPacketBodyHtml()} — the only unescaped value, produced by the escaping renderer).
 */
public final class PacketPageView {
    public static final String TEMPLATE = "templates/preview/packet-page.vm";

    private final FrameView frame;
    private final String title;
    private final String personKey;
    private final String from;
    private final String to;
    private final String packetBodyHtml;

    public PacketPageView(FrameView frame, String title, String personKey, String from, String to, String packetBodyHtml) {
        this.frame = frame;
        this.title = title;
        this.personKey = personKey;
        this.from = from;
        this.to = to;
        this.packetBodyHtml = packetBodyHtml;
    }

    public FrameView getFrame() {
        return frame;
    }

    public String getTitle() {
        return title;
    }

    public String getPersonKey() {
        return personKey;
    }

    public String getFrom() {
        return from;
    }

    public String getTo() {
        return to;
    }

    public String getPacketBodyHtml() {
        return packetBodyHtml;
    }
}
