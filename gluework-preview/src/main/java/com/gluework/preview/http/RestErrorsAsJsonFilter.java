package com.gluework.preview.http;

import com.gluework.web.rest.GlueWorkRestComponents;
import com.gluework.web.rest.error.ErrorResponses;
import jakarta.servlet.FilterChain;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;

/**
 * On the error page's dispatch: when the failed request was for the REST API, answer the API's JSON error for its
 * status instead of the HTML page. Errors Jersey answers never get here; these are the container's own (an exception
 * in a filter, a path Jetty refuses inside the context), and a client of the API must still get JSON.
 */
public final class RestErrorsAsJsonFilter extends HttpFilter {
    private static final long serialVersionUID = 1L;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI) instanceof String uri && isRest(uri)) {
            int status = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE) instanceof Integer code && code >= 400
                    ? code : HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
            response.resetBuffer();
            JsonErrors.send(response, ErrorResponses.forStatus(status));
            return;
        }
        chain.doFilter(request, response);
    }

    static boolean isRest(String path) {
        return path.startsWith("/rest/") || path.equals(GlueWorkRestComponents.BASE_PATH);
    }
}
