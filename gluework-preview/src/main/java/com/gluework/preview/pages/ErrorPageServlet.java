package com.gluework.preview.pages;

import com.gluework.core.port.CurrentUser;
import com.gluework.web.view.ViewRenderer;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;

/**
 * The page for every error the servlet container answers itself — a path the preview has no page for, a missing static
 * file, an exception in a servlet — registered as the context's global error page. Without it Jetty writes its own
 * page, which has no language, no landmarks and none of the preview's security headers; this one is a preview message
 * page in the frame, sent by {@link PageResponses} like every other page. It never shows the exception.
 * The REST API answers its own errors in JSON and never reaches this page.
 */
public final class ErrorPageServlet extends HttpServlet {
    /** Where the error handler dispatches to; requested directly, it answers as an unknown path. */
    public static final String PATH = "/preview-error";

    private static final long serialVersionUID = 1L;

    private final transient IssuePageViewFactory pages;
    private final transient ViewRenderer renderer;
    private final transient CurrentUser currentUser;

    public ErrorPageServlet(IssuePageViewFactory pages, ViewRenderer renderer, CurrentUser currentUser) {
        this.pages = pages;
        this.renderer = renderer;
        this.currentUser = currentUser;
    }

    /** Every method: an error dispatch keeps the failed request's method (a POST to an unknown path is still a 404). */
    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        int status = HttpServletResponse.SC_NOT_FOUND;
        if (request.getDispatcherType() == DispatcherType.ERROR
                && request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE) instanceof Integer code && code >= 400) {
            status = code;
        }
        MessagePageView page = status == HttpServletResponse.SC_NOT_FOUND
                ? new MessagePageView(pages.frame(currentUser.key()), "Page not found",
                        "The preview has no page at this address. Its pages are the issues (/browse/KEY) and Glue wins.")
                : new MessagePageView(pages.frame(currentUser.key()), "Something went wrong",
                        "The preview could not answer this request (HTTP " + status + "). Its log has the details.");
        PageResponses.send(response, renderer, status, MessagePageView.TEMPLATE, page);
    }
}
