package com.gluework.confluence.testing;

import com.atlassian.applinks.api.ApplicationLinkRequest;
import com.atlassian.applinks.api.ApplicationLinkResponseHandler;
import com.atlassian.sal.api.net.Response;
import com.atlassian.sal.api.net.ResponseException;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import static com.atlassian.sal.api.net.Request.MethodType;

/**
 * One request over {@link HttpApplicationLink}, sent with the JDK's HTTP client. The SAL timeouts map to the client's
 * connect timeout and request timeout; every transport failure becomes a {@link ResponseException} with the JDK's
 * exception as its cause, as SAL's own implementation reports them.
 */
final class HttpApplicationLinkRequest implements ApplicationLinkRequest {
    /** One client per connect timeout: a JDK client owns threads and a connection pool, so it is shared (Java 17 has no close). */
    private static final Map<Integer, HttpClient> CLIENTS = new ConcurrentHashMap<>();

    private final MethodType method;
    private final URI uri;
    private final HttpApplicationLink.BasicCredentials credentials;
    private final Map<String, String> headers = new LinkedHashMap<>();
    private int connectionTimeoutMs = 10_000;
    private int soTimeoutMs = 10_000;
    private String body;
    private String contentType;

    HttpApplicationLinkRequest(MethodType method, URI uri, HttpApplicationLink.BasicCredentials credentials) {
        this.method = method;
        this.uri = uri;
        this.credentials = credentials;
    }

    @Override
    public ApplicationLinkRequest setConnectionTimeout(int connectionTimeout) {
        this.connectionTimeoutMs = connectionTimeout;
        return this;
    }

    @Override
    public ApplicationLinkRequest setSoTimeout(int soTimeout) {
        this.soTimeoutMs = soTimeout;
        return this;
    }

    @Override
    public ApplicationLinkRequest setRequestBody(String requestBody, String contentType) {
        this.body = requestBody;
        this.contentType = contentType;
        return this;
    }

    @Override
    public ApplicationLinkRequest addHeader(String headerName, String headerValue) {
        headers.put(headerName, headerValue);
        return this;
    }

    @Override
    public <R> R execute(ApplicationLinkResponseHandler<R> responseHandler) throws ResponseException {
        HttpClient client = CLIENTS.computeIfAbsent(connectionTimeoutMs, ms -> HttpClient.newBuilder()
                .connectTimeout(Duration.ofMillis(ms)).followRedirects(HttpClient.Redirect.NEVER).build());
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(Duration.ofMillis(soTimeoutMs))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                        (credentials.user() + ":" + credentials.password()).getBytes(StandardCharsets.UTF_8)));
        headers.forEach(request::header);
        if (body != null) {
            request.header("Content-Type", contentType);
            // Applinks requests are server-to-server: XSRF checks accept them by this header (as Atlassian's REST does).
            request.header("X-Atlassian-Token", "no-check");
        }
        request.method(method.name(), body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        HttpResponse<String> answer;
        try {
            answer = client.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new ResponseException(e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ResponseException("interrupted", e);
        }
        Response response = new HttpResponseAdapter(answer);
        boolean oauthChallenge = answer.statusCode() == 401
                && answer.headers().firstValue("WWW-Authenticate").orElse("").startsWith("OAuth");
        return oauthChallenge ? responseHandler.credentialsRequired(response) : responseHandler.handle(response);
    }

    private record HttpResponseAdapter(HttpResponse<String> answer) implements Response {
        @Override
        public int getStatusCode() {
            return answer.statusCode();
        }

        @Override
        public String getResponseBodyAsString() {
            return answer.body();
        }

        @Override
        public String getHeader(String name) {
            return answer.headers().firstValue(name).orElse(null);
        }
    }
}
