package com.gluework.preview.jirarest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import javax.net.ssl.SSLException;
import java.io.IOException;
import java.net.ConnectException;
import java.net.UnknownHostException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Reads a live Jira Data Center with a personal access token ({@code Authorization: Bearer <PAT>}). Only GETs, so
 * pointing the preview at a production Jira can never change it. Answers are cached for the life of the process:
 * the preview is a demo host, and a stable picture is worth more than freshness there. Failures are not cached, so a
 * Jira that was down when the preview started is read once it is back.
 *
 * <p>Every failure is a {@link JiraRestException} whose message names the Jira URL and what to check; the token never
 * appears in one.
 */
public final class LiveJiraRest implements JiraRest {
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(10);

    private final URI baseUrl;
    private final String personalAccessToken;
    private final HttpClient http;
    private final ObjectMapper json;
    private final Duration timeout;
    private final Map<String, Optional<JsonNode>> cache = new ConcurrentHashMap<>();

    public LiveJiraRest(URI baseUrl, String personalAccessToken, HttpClient http, ObjectMapper json) {
        this(baseUrl, personalAccessToken, http, json, DEFAULT_TIMEOUT);
    }

    /** @param timeout how long one GET may take until Jira's answer begins */
    public LiveJiraRest(URI baseUrl, String personalAccessToken, HttpClient http, ObjectMapper json, Duration timeout) {
        this.baseUrl = withoutTrailingSlash(Objects.requireNonNull(baseUrl, "baseUrl"));
        this.personalAccessToken = Objects.requireNonNull(personalAccessToken, "personalAccessToken");
        this.http = http;
        this.json = json;
        this.timeout = Objects.requireNonNull(timeout, "timeout");
    }

    public static LiveJiraRest connect(URI baseUrl, String personalAccessToken) {
        return connect(baseUrl, personalAccessToken, DEFAULT_TIMEOUT);
    }

    public static LiveJiraRest connect(URI baseUrl, String personalAccessToken, Duration timeout) {
        HttpClient http = HttpClient.newBuilder().connectTimeout(timeout).followRedirects(HttpClient.Redirect.NEVER).build();
        return new LiveJiraRest(baseUrl, personalAccessToken, http, new ObjectMapper(), timeout);
    }

    /** The Jira base URL as the messages name it (no trailing slash). */
    public URI baseUrl() {
        return baseUrl;
    }

    @Override
    public Optional<JsonNode> get(String pathAndQuery) {
        Optional<JsonNode> cached = cache.get(pathAndQuery);
        if (cached != null) {
            return cached;
        }
        // Not computeIfAbsent: that would hold a lock of the map for the whole HTTP call, stalling other pages.
        Optional<JsonNode> fetched = fetch(pathAndQuery);
        Optional<JsonNode> raced = cache.putIfAbsent(pathAndQuery, fetched);
        return raced != null ? raced : fetched;
    }

    private Optional<JsonNode> fetch(String pathAndQuery) {
        URI uri = URI.create(baseUrl + pathAndQuery);
        HttpRequest request = HttpRequest.newBuilder(uri).GET().timeout(timeout)
                .header("Authorization", "Bearer " + personalAccessToken)
                .header("Accept", "application/json")
                .build();
        HttpResponse<byte[]> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
        } catch (HttpConnectTimeoutException e) {
            throw failure(JiraRestException.Failure.TIMEOUT, "Jira at " + baseUrl + " did not accept a connection within "
                    + seconds(timeout) + " (--jira-timeout).", e);
        } catch (HttpTimeoutException e) {
            throw failure(JiraRestException.Failure.TIMEOUT, "Jira at " + baseUrl + " did not answer GET " + path(pathAndQuery)
                    + " within " + seconds(timeout) + " (--jira-timeout).", e);
        } catch (IOException e) {
            throw failure(JiraRestException.Failure.UNREACHABLE, "Could not reach Jira at " + baseUrl + " ("
                    + describe(e) + "). Check --jira-url and that Jira is running.", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw failure(JiraRestException.Failure.TIMEOUT, "Stopped waiting for Jira at " + baseUrl + ".", e);
        }
        return answer(pathAndQuery, response);
    }

    private Optional<JsonNode> answer(String pathAndQuery, HttpResponse<byte[]> response) {
        int status = response.statusCode();
        String get = "GET " + path(pathAndQuery);
        if (status == 404) {
            return Optional.empty();
        }
        if (status == 401) {
            throw failure(JiraRestException.Failure.UNAUTHORIZED, "Jira at " + baseUrl + " refused the personal access token"
                    + " (HTTP 401). Check --jira-token: it may be mistyped, expired or revoked.", null);
        }
        if (status == 403) {
            throw failure(JiraRestException.Failure.FORBIDDEN, "Jira at " + baseUrl + " answered HTTP 403 Forbidden to " + get
                    + ". The token's user may not read this, or Jira wants a CAPTCHA after failed logins: sign in to Jira"
                    + " in a browser once.", null);
        }
        if (status >= 500) {
            throw failure(JiraRestException.Failure.SERVER_ERROR, "Jira at " + baseUrl + " answered HTTP " + status + " to " + get
                    + ". Jira may be starting, overloaded or down; try again later.", null);
        }
        if (status != 200) {
            throw failure(JiraRestException.Failure.UNEXPECTED_STATUS, "Jira at " + baseUrl + " answered HTTP " + status + " to "
                    + get + " instead of JSON. Check --jira-url: it must be Jira's base URL, context path included.", null);
        }
        JsonNode body;
        try {
            body = json.readTree(response.body());
        } catch (IOException e) {
            throw notJson(get, response, e);
        }
        if (body == null || body.isMissingNode()) {
            throw notJson(get, response, null); // an empty body
        }
        return Optional.of(body);
    }

    private JiraRestException notJson(String get, HttpResponse<byte[]> response, Throwable cause) {
        String type = response.headers().firstValue("Content-Type").orElse("no content type");
        return failure(JiraRestException.Failure.MALFORMED, "Jira at " + baseUrl + " answered " + get + " with something that"
                + " is not JSON (" + type + "). Check --jira-url: it must be Jira's base URL, context path included.", cause);
    }

    private static JiraRestException failure(JiraRestException.Failure failure, String message, Throwable cause) {
        return new JiraRestException(failure, message, cause);
    }

    /** The path without its query: JQL and user names stay out of messages and logs. */
    private static String path(String pathAndQuery) {
        int query = pathAndQuery.indexOf('?');
        return query < 0 ? pathAndQuery : pathAndQuery.substring(0, query);
    }

    /** In words for the person running the preview, not a class name. */
    private static String describe(IOException e) {
        if (e instanceof ConnectException) {
            return "connection refused";
        }
        if (e instanceof UnknownHostException) {
            return "unknown host";
        }
        if (e instanceof SSLException) {
            return "the TLS handshake failed";
        }
        return "the connection failed";
    }

    private static String seconds(Duration timeout) {
        return timeout.toMillis() % 1000 == 0 ? timeout.toSeconds() + " s" : timeout.toMillis() + " ms";
    }

    private static URI withoutTrailingSlash(URI uri) {
        String text = uri.toString();
        return text.endsWith("/") ? URI.create(text.substring(0, text.length() - 1)) : uri;
    }
}
