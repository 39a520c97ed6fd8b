package com.gluework.preview.http;

import com.gluework.web.rest.dto.ErrorDto;
import com.gluework.web.rest.dto.FieldErrorDto;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

/** Writes the REST API's error shape, {@code {"status":…,"errors":[{"field":…,"message":…}]}}, from a servlet filter. */
final class JsonErrors {
    private JsonErrors() {
    }

    static void send(HttpServletResponse response, int status, String field, String message) throws IOException {
        response.setStatus(status);
        response.setContentType("application/json;charset=UTF-8");
        // An error is never cached: the next try, after fixing the request, must reach the server.
        response.setHeader("Cache-Control", "no-store");
        response.getOutputStream().write(bytes(status, field, message));
    }

    static void send(HttpServletResponse response, ErrorDto error) throws IOException {
        FieldErrorDto first = error.errors().get(0);
        send(response, error.status(), first.field(), first.message());
    }

    static byte[] bytes(int status, String field, String message) {
        return ("{\"status\":" + status + ",\"errors\":[{\"field\":\"" + escape(field) + "\",\"message\":\""
                + escape(message) + "\"}]}").getBytes(StandardCharsets.UTF_8);
    }

    /** Our messages are constants, but escape anyway so a future caller cannot break the JSON. */
    private static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            if (c == '"' || c == '\\') {
                out.append('\\').append(c);
            } else if (c < 0x20 || c == '<' || c == '>' || c == '&') {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
