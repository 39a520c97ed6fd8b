package com.gluework.preview.jirarest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Reads a live Jira Data Center with a personal access token ({@code Authorization: Bearer <PAT>}). Only GETs, so
 * pointing the preview at a production Jira can never change it. Answers are cached for the life of the process:
 * the preview is a demo host, and a stable picture is worth more than freshness there.
 */
public final class LiveJiraRest implements JiraRest {
    private static final Duration TIMEOUT = Duration.ofSeconds(20);

    private final URI baseUrl;
    private final String personalAccessToken;
    private final HttpClient http;
    private final ObjectMapper json;
    private final Map<String, Optional<JsonNode>> cache = new ConcurrentHashMap<>();

    public LiveJiraRest(URI baseUrl, String personalAccessToken, HttpClient http, ObjectMapper json) {
        this.baseUrl = withoutTrailingSlash(Objects.requireNonNull(baseUrl, "baseUrl"));
        this.personalAccessToken = Objects.requireNonNull(personalAccessToken, "personalAccessToken");
        this.http = http;
        this.json = json;
    }

    public static LiveJiraRest connect(URI baseUrl, String personalAccessToken) {
        HttpClient http = HttpClient.newBuilder().connectTimeout(TIMEOUT).followRedirects(HttpClient.Redirect.NEVER).build();
        return new LiveJiraRest(baseUrl, personalAccessToken, http, new ObjectMapper());
    }

    @Override
    public Optional<JsonNode> get(String pathAndQuery) {
        return cache.computeIfAbsent(pathAndQuery, this::fetch);
    }

    private Optional<JsonNode> fetch(String pathAndQuery) {
        URI uri = URI.create(baseUrl + pathAndQuery);
        HttpRequest request = HttpRequest.newBuilder(uri).GET().timeout(TIMEOUT)
                .header("Authorization", "Bearer " + personalAccessToken)
                .header("Accept", "application/json")
                .build();
        try {
            HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
            if (response.statusCode() == 404) {
                return Optional.empty();
            }
            if (response.statusCode() != 200) {
                // Never echo the token; the status and path are enough to act on (401 = bad or expired token).
                throw new JiraRestException("Jira answered " + response.statusCode() + " to GET " + pathAndQuery);
            }
            return Optional.of(json.readTree(response.body()));
        } catch (IOException e) {
            throw new JiraRestException("Could not read GET " + pathAndQuery + " from " + baseUrl, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new JiraRestException("Interrupted while reading " + pathAndQuery, e);
        }
    }

    private static URI withoutTrailingSlash(URI uri) {
        String text = uri.toString();
        return text.endsWith("/") ? URI.create(text.substring(0, text.length() - 1)) : uri;
    }
}
