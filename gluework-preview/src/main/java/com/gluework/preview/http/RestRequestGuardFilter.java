package com.gluework.preview.http;

import com.gluework.web.rest.StrictJsonBodyReader;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;

/**
 * Refuses, before anything in the preview reads it, a REST request Jetty itself would choke on or that is too large:
 * <ul>
 *   <li>415 — a {@code Content-Type} whose charset is not UTF-8. Jetty's {@code getContentType()} throws
 *       {@code UnsupportedCharsetException} for an unknown one ({@code charset=x-nope}), which was a 500;</li>
 *   <li>413 — a declared {@code Content-Length} over {@link StrictJsonBodyReader#MAX_BODY_BYTES}. A body without one
 *       (chunked) is still counted by the reader while it reads.</li>
 * </ul>
 * The same rules hold in Jira through {@link StrictJsonBodyReader}; this filter only answers earlier, with the same JSON.
 */
public final class RestRequestGuardFilter extends HttpFilter {
    private static final long serialVersionUID = 1L;
    /** Sixteen times the largest body we accept: enough for an honest client's oversized draft, small to read. */
    static final long DRAIN_LIMIT_BYTES = 16L * StrictJsonBodyReader.MAX_BODY_BYTES;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String charset = charsetOf(request.getHeader("Content-Type"));
        if (charset != null && !StrictJsonBodyReader.isUtf8(charset)) {
            JsonErrors.send(response, HttpServletResponse.SC_UNSUPPORTED_MEDIA_TYPE, "contentType",
                    StrictJsonBodyReader.UTF8_ONLY);
            return;
        }
        if (request.getContentLengthLong() > StrictJsonBodyReader.MAX_BODY_BYTES) {
            discardModestBody(request);
            JsonErrors.send(response, HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE, "body",
                    "The request body is larger than " + StrictJsonBodyReader.MAX_BODY_BYTES / 1024 + " KiB.");
            return;
        }
        chain.doFilter(request, response);
    }

    /**
     * Reads and drops a refused body of up to {@link #DRAIN_LIMIT_BYTES} before answering. A server that answers and
     * closes while the client is still sending makes the client's TCP stack reset the connection, and the reset can
     * discard the answer before the client reads it: a client sending 70 KB then sees no 413 at all, only a broken
     * connection. Larger bodies are not read — their sender may lose the answer, but cannot make us read megabytes.
     */
    private static void discardModestBody(HttpServletRequest request) throws IOException {
        long left = request.getContentLengthLong();
        if (left > DRAIN_LIMIT_BYTES) {
            return;
        }
        InputStream in = request.getInputStream();
        byte[] buffer = new byte[8192];
        // Until the declared length or the end of the stream, whichever comes first: a client may send less than it declared.
        while (left > 0) {
            int read = in.read(buffer, 0, (int) Math.min(buffer.length, left));
            if (read < 0) {
                return;
            }
            left -= read;
        }
    }

    /** The {@code charset} parameter as written (quotes stripped), or {@code null} when there is none. */
    static String charsetOf(String contentType) {
        if (contentType == null) {
            return null;
        }
        String[] parts = contentType.split(";");
        for (int i = 1; i < parts.length; i++) {
            int equals = parts[i].indexOf('=');
            if (equals > 0 && parts[i].substring(0, equals).strip().toLowerCase(Locale.ROOT).equals("charset")) {
                String value = parts[i].substring(equals + 1).strip();
                return value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")
                        ? value.substring(1, value.length() - 1) : value;
            }
        }
        return null;
    }
}
