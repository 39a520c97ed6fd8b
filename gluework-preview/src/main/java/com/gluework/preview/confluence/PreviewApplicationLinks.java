package com.gluework.preview.confluence;

import com.atlassian.applinks.api.ApplicationLink;
import com.gluework.confluence.testing.HttpApplicationLink;
import com.gluework.core.port.CurrentUser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The preview's application links to "Jira": the primary one is the preview itself, called over HTTP as the signed-in
 * demo user (HTTP Basic with the demo password, preview only), so the macro reads the same REST API a Jira would
 * serve. The others are the misbehaving Jiras of the failure-modes page.
 */
public final class PreviewApplicationLinks {
    public static final String PRIMARY_ID = "preview-jira";
    public static final String AUTHORISE_PATH = "/wiki/authorise";

    private PreviewApplicationLinks() {
    }

    public static List<ApplicationLink> of(URI previewUrl, CurrentUser currentUser) {
        Supplier<Optional<HttpApplicationLink.BasicCredentials>> asViewer = () -> currentUser.key()
                .map(key -> new HttpApplicationLink.BasicCredentials(key, key));
        URI authorise = previewUrl.resolve(AUTHORISE_PATH);
        List<ApplicationLink> links = new ArrayList<>();
        links.add(new HttpApplicationLink(PRIMARY_ID, "Payments Jira (this preview)", previewUrl, previewUrl, true, asViewer, authorise));
        links.add(new HttpApplicationLink("preview-jira-unauthorised", "Payments Jira (this preview)", previewUrl, previewUrl, false,
                Optional::empty, authorise));
        URI refusing = refusingUrl();
        links.add(new HttpApplicationLink("preview-jira-refusing", "Refusing Jira", refusing, refusing, false, asViewer, authorise));
        for (String mode : List.of("slow", "401", "403", "500", "malformed", "without-gluework")) {
            URI url = previewUrl.resolve(MisbehavingJiraServlet.PATH + "/" + mode);
            links.add(new HttpApplicationLink("preview-jira-" + mode, "Misbehaving Jira (" + mode + ")", url, url, false,
                    asViewer, authorise));
        }
        return links;
    }

    /** A loopback port nobody listens on (taken and released at start-up). */
    private static URI refusingUrl() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return URI.create("http://127.0.0.1:" + socket.getLocalPort() + "/jira");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
