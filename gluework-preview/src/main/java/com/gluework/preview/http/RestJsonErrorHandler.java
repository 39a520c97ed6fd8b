package com.gluework.preview.http;

import com.gluework.web.rest.SecurityHeadersFilter;
import com.gluework.web.rest.dto.ErrorDto;
import com.gluework.web.rest.dto.FieldErrorDto;
import com.gluework.web.rest.error.ErrorResponses;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpURI;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

import java.io.IOException;
import java.nio.ByteBuffer;

/**
 * The server's error handler, for what Jetty refuses before any context sees it — an undecodable or ambiguous path
 * ({@code %}, {@code %2F}, {@code %00}), a header line it cannot parse. Under {@code /rest/} it answers the API's
 * JSON error with the API's headers; elsewhere Jetty's own page, without its version. When the request line itself
 * could not be parsed, Jetty no longer knows the path ({@value #UNKNOWN_PATH}): that could have been a call of the
 * API, so it gets JSON too.
 */
public final class RestJsonErrorHandler extends ErrorHandler {
    /** The path Jetty gives a request whose request line it could not read. */
    static final String UNKNOWN_PATH = "/badMessage";

    @Override
    protected void generateResponse(Request request, Response response, int code, String message, Throwable cause,
                                    Callback callback) throws IOException {
        if (!isRest(request.getHttpURI())) {
            super.generateResponse(request, response, code, message, cause, callback);
            return;
        }
        ErrorDto error = ErrorResponses.forStatus(code);
        FieldErrorDto first = error.errors().get(0);
        response.setStatus(code);
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, "application/json;charset=UTF-8");
        response.getHeaders().put(HttpHeader.CACHE_CONTROL, "no-store");
        response.getHeaders().put("X-Content-Type-Options", "nosniff");
        response.getHeaders().put("Referrer-Policy", SecurityHeadersFilter.REFERRER_POLICY);
        response.write(true, ByteBuffer.wrap(JsonErrors.bytes(code, first.field(), first.message())), callback);
    }

    /** The raw path: a refused one may not decode, so it is read as sent. */
    static boolean isRest(HttpURI uri) {
        if (uri == null) {
            return false;
        }
        String path = uri.getPath();
        if (path == null) {
            String whole = uri.asString();
            int authority = whole.indexOf("://");
            int start = authority < 0 ? 0 : whole.indexOf('/', authority + 3);
            path = start < 0 ? "" : whole.substring(start);
        }
        return RestErrorsAsJsonFilter.isRest(path) || path.equals(UNKNOWN_PATH);
    }
}
