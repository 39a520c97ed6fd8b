package com.gluework.web.rest;

import com.gluework.web.rest.dto.ErrorDto;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.junit.Test;
import org.mockito.ArgumentCaptor;

import java.net.URI;
import java.util.List;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

public class XsrfRequestFilterTest {
    private static final URI REQUEST = URI.create("https://jira.example.com/rest/gluework/1.0/contributions/7");
    private static final String JSON = MediaType.APPLICATION_JSON;

    private final XsrfRequestFilter filter = new XsrfRequestFilter();

    /** A request as Jersey hands it to the filter; {@code null} means the header is absent. */
    private static ContainerRequestContext request(String method, String contentType, String token, String origin) {
        ContainerRequestContext request = mock(ContainerRequestContext.class);
        UriInfo uri = mock(UriInfo.class);
        when(uri.getRequestUri()).thenReturn(REQUEST);
        when(request.getUriInfo()).thenReturn(uri);
        when(request.getMethod()).thenReturn(method);
        when(request.getMediaType()).thenReturn(contentType == null ? null : MediaType.valueOf(contentType));
        when(request.getHeaderString(XsrfRequestFilter.TOKEN_HEADER)).thenReturn(token);
        when(request.getHeaderString("Origin")).thenReturn(origin);
        return request;
    }

    private void assertPasses(ContainerRequestContext request) {
        filter.filter(request);
        verify(request, never()).abortWith(any());
    }

    private void assertRefused(ContainerRequestContext request) {
        filter.filter(request);
        ArgumentCaptor<Response> refusal = ArgumentCaptor.forClass(Response.class);
        verify(request).abortWith(refusal.capture());
        assertEquals(403, refusal.getValue().getStatus());
        ErrorDto error = (ErrorDto) refusal.getValue().getEntity();
        assertEquals(403, error.status());
        assertEquals("xsrf", error.errors().get(0).field());
        assertTrue(error.errors().get(0).message().startsWith("XSRF check failed."));
        assertEquals(MediaType.APPLICATION_JSON_TYPE, refusal.getValue().getMediaType());
    }

    @Test
    public void filter_shouldRefuseEveryStateChangeWithABodyAFormCouldSendAndNoToken() {
        for (String method : List.of("POST", "PUT", "PATCH", "DELETE")) {
            for (String type : List.of("application/x-www-form-urlencoded", "multipart/form-data; boundary=x",
                    "text/plain;charset=UTF-8", "TEXT/PLAIN")) {
                assertRefused(request(method, type, null, null));
            }
            assertRefused(request(method, null, null, null));
        }
    }

    @Test
    public void filter_shouldPassAFormLikeBodyThatCarriesTheNoCheckToken() {
        // the resources' @Consumes(JSON) still answers 415 to such a body
        assertPasses(request("PUT", "text/plain", "no-check", null));
        assertPasses(request("POST", "application/x-www-form-urlencoded", "No-Check", null));
    }

    @Test
    public void filter_shouldPassJsonWithoutToken() {
        for (String method : List.of("POST", "PUT", "PATCH", "DELETE")) {
            assertPasses(request(method, JSON, null, null));
            assertPasses(request(method, "application/json; charset=UTF-8", null, null));
        }
        assertPasses(request("PUT", "application/merge-patch+json", null, null));
    }

    @Test
    public void filter_shouldRequireTheTokenOnADeleteThatIsNotJson() {
        // a DELETE carries no body, so only the header shows a same-origin script sent it
        assertRefused(request("DELETE", null, null, null));
        assertRefused(request("DELETE", "application/xml", null, null));
        assertRefused(request("DELETE", null, "something-else", null));
        assertPasses(request("DELETE", null, "no-check", null));
    }

    @Test
    public void filter_shouldRefuseAnotherOriginEvenWithJsonAndToken() {
        for (String origin : List.of("https://evil.example", "http://jira.example.com", "https://jira.example.com:8443",
                "https://jira.example.com.evil.example", "null", "not a url", "https://evil.example@jira.example.com",
                "https://jira.example.com/", "https://jira.example.com/path", "https://jira.example.com?x",
                "https://jira.example.com#x", "https://jira.example.com:443@evil.example")) {
            assertRefused(request("PUT", JSON, "no-check", origin));
        }
    }

    @Test
    public void filter_shouldPassTheRequestsOwnOriginWrittenAnyWay() {
        assertPasses(request("PUT", JSON, null, "https://jira.example.com"));
        assertPasses(request("DELETE", null, "no-check", "https://JIRA.example.com:443"));
    }

    @Test
    public void filter_shouldLeaveReadsAlone() {
        for (String method : List.of("GET", "HEAD", "OPTIONS")) {
            assertPasses(request(method, "text/plain", null, "https://evil.example"));
        }
    }

    @Test
    public void filter_shouldTreatAnUnreadableContentTypeAsMissing() {
        // given
        ContainerRequestContext request = request("POST", null, null, null);
        when(request.getMediaType()).thenThrow(new IllegalArgumentException("bad media type"));

        // then
        assertRefused(request);
    }

    @Test
    public void requestFilters_shouldHandHostsTheXsrfFilter() {
        assertTrue(GlueWorkRestComponents.requestFilters().stream().anyMatch(XsrfRequestFilter.class::isInstance));
        assertTrue(XsrfRequestFilter.class.isAnnotationPresent(jakarta.ws.rs.ext.Provider.class));
    }
}
