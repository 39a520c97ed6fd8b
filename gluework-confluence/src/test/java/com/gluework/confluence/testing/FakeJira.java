package com.gluework.confluence.testing;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;

/**
 * A local HTTP server that answers like a Jira would, path by path: a body with a status, after an optional delay,
 * and logs every request (path and Basic user). Unknown paths answer Jira's own 404 (HTML, not Glue Work's JSON).
 * {@link #refusingUrl()} gives an address where nothing listens.
 */
public final class FakeJira implements AutoCloseable {
    private final HttpServer server;
    private final Map<String, Reply> replies = new ConcurrentHashMap<>();
    private final List<String> requests = new CopyOnWriteArrayList<>();
    private volatile String lastBody = "";
    private volatile String lastQuery = "";

    public record Reply(int status, String contentType, String body, long delayMs) {
    }

    public FakeJira() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 50);
        server.setExecutor(Executors.newCachedThreadPool(r -> {
            Thread thread = new Thread(r, "fake-jira");
            thread.setDaemon(true);
            return thread;
        }));
        server.createContext("/", this::answer);
        server.start();
    }

    public URI url() {
        return URI.create("http://" + server.getAddress().getAddress().getHostAddress() + ":" + server.getAddress().getPort() + "/jira");
    }

    /** A loopback address with no listener: connections are refused at once. */
    public static URI refusingUrl() throws IOException {
        int port;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = socket.getLocalPort();
        }
        return URI.create("http://127.0.0.1:" + port + "/jira");
    }

    /** What {@code GET /jira{path}} answers from now on. */
    public FakeJira reply(String path, int status, String contentType, String body) {
        return reply(path, new Reply(status, contentType, body, 0));
    }

    public FakeJira json(String path, String body) {
        return reply(path, 200, "application/json", body);
    }

    public FakeJira reply(String path, Reply reply) {
        replies.put("/jira" + path, reply);
        return this;
    }

    /** Paths requested so far, each as "user path". */
    public List<String> requests() {
        return List.copyOf(requests);
    }

    /** The body of the last request (empty for a GET). */
    public String lastBody() {
        return lastBody;
    }

    /** The decoded query of the last request (empty when it had none). */
    public String lastQuery() {
        return lastQuery;
    }

    private void answer(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        requests.add(user(exchange) + " " + path);
        lastQuery = exchange.getRequestURI().getQuery() == null ? "" : exchange.getRequestURI().getQuery();
        lastBody = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        Reply reply = replies.getOrDefault(path, new Reply(404, "text/html",
                "<html><body><h1>Oops, you've found a dead link.</h1></body></html>", 0));
        try {
            if (reply.delayMs() > 0) {
                Thread.sleep(reply.delayMs());
            }
            byte[] body = reply.body().getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", reply.contentType());
            if (reply.status() == 401) {
                exchange.getResponseHeaders().set("WWW-Authenticate", "Basic realm=\"jira\"");
            }
            exchange.sendResponseHeaders(reply.status(), body.length == 0 ? -1 : body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (IOException clientGone) {
            // The macro gave up (timeout): nothing to answer.
        } finally {
            exchange.close();
        }
    }

    private static String user(HttpExchange exchange) {
        String authorization = exchange.getRequestHeaders().getFirst("Authorization");
        if (authorization == null || !authorization.startsWith("Basic ")) {
            return "-";
        }
        String decoded = new String(java.util.Base64.getDecoder().decode(authorization.substring(6)), StandardCharsets.UTF_8);
        return decoded.substring(0, decoded.indexOf(':'));
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
