package com.gluework.preview.confluence;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;

/**
 * {@code /misbehaving-jira/{mode}/...}: a Jira that fails in one way, so the preview's failure-modes page shows each
 * of the macro's messages against a real HTTP server — {@code slow} (answers after {@value #SLOW_MS} ms, longer than
 * the macro waits), {@code 401}, {@code 403}, {@code 500}, {@code malformed} (200 with broken JSON) and
 * {@code without-gluework} (Jira's own HTML 404, as when the app is not installed).
 */
public final class MisbehavingJiraServlet extends HttpServlet {
    public static final String PATH = "/misbehaving-jira";
    static final long SLOW_MS = 8_000;
    private static final long serialVersionUID = 1L;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getPathInfo() == null ? "/" : request.getPathInfo();
        String mode = path.length() > 1 ? path.substring(1).split("/", 2)[0] : "";
        switch (mode) {
            case "slow" -> {
                try {
                    Thread.sleep(SLOW_MS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                json(response, 200, "{}");
            }
            case "401" -> json(response, 401, "{\"status\":401,\"errors\":[{\"field\":null,\"message\":\"Log in.\"}]}");
            case "403" -> json(response, 403, "{\"status\":403,\"errors\":[{\"field\":null,\"message\":\"Not yours.\"}]}");
            case "500" -> json(response, 500, "{\"status\":500,\"errors\":[{\"field\":null,\"message\":\"Boom.\"}]}");
            case "malformed" -> json(response, 200, "{\"sprint\": {\"id\": 3, \"name\": \"Sprint 3\"}, \"wins\": [");
            default -> {
                response.setStatus(404);
                response.setContentType("text/html;charset=UTF-8");
                response.getWriter().write("<html><body><h1>Oops, you've found a dead link.</h1></body></html>");
            }
        }
    }

    private static void json(HttpServletResponse response, int status, String body) throws IOException {
        response.setStatus(status);
        response.setContentType("application/json;charset=UTF-8");
        response.getWriter().write(body);
    }
}
