package com.gluework.preview.http;

import jakarta.servlet.FilterChain;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.junit.Before;
import org.junit.Test;


import static org.junit.Assert.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

public class AtlassianXsrfFilterTest {
    private final AtlassianXsrfFilter filter = new AtlassianXsrfFilter();
    private final HttpServletRequest request = mock(HttpServletRequest.class);
    private final HttpServletResponse response = mock(HttpServletResponse.class);
    private final FilterChain chain = mock(FilterChain.class);
    private final CapturedBody body = new CapturedBody();

    @Before
    public void setUp() throws Exception {
        when(request.getScheme()).thenReturn("http");
        when(request.getServerName()).thenReturn("localhost");
        when(request.getServerPort()).thenReturn(2990);
        when(request.getMethod()).thenReturn("POST");
        when(response.getOutputStream()).thenReturn(body);
    }

    @Test
    public void doFilter_shouldPassASameOriginJsonPost() throws Exception {
        // given
        when(request.getHeader("Content-Type")).thenReturn("application/json; charset=UTF-8");
        when(request.getHeader("Origin")).thenReturn("http://localhost:2990");

        // when
        filter.doFilter(request, response, chain);

        // then
        verify(chain).doFilter(request, response);
    }

    @Test
    public void doFilter_shouldRefuseFormLikeBodiesWithoutTheNoCheckHeader() throws Exception {
        for (String type : new String[]{"text/plain", "application/x-www-form-urlencoded", "multipart/form-data; boundary=x",
                "TEXT/PLAIN;charset=UTF-8", null, ""}) {
            // given
            HttpServletRequest req = post(type, null);

            // when
            filter.doFilter(req, response, chain);
        }

        // then
        verify(chain, never()).doFilter(any(), any());
        verify(response, org.mockito.Mockito.times(6)).setStatus(403);
        assertTrue(body.text().contains("\"field\":\"X-Atlassian-Token\""));
    }

    @Test
    public void doFilter_shouldLetAFormLikeBodyThroughWithNoCheckSoJaxRsCanAnswer415() throws Exception {
        // given
        HttpServletRequest req = post("text/plain", "no-check");

        // when
        filter.doFilter(req, response, chain);

        // then
        verify(chain).doFilter(req, response);
    }

    @Test
    public void doFilter_shouldRefuseACrossOriginStateChangeEvenAsJsonWithNoCheck() throws Exception {
        for (String origin : new String[]{"http://evil.example", "http://localhost:8080", "https://localhost:2990", "null", "::",
                "http://evil.example@localhost:2990", "http://localhost:2990/", "http://localhost:2990/x"}) {
            // given
            HttpServletRequest req = post("application/json", "no-check");
            when(req.getHeader("Origin")).thenReturn(origin);

            // when
            filter.doFilter(req, response, chain);
        }

        // then
        verify(chain, never()).doFilter(any(), any());
        assertTrue(body.text().contains("\"field\":\"Origin\""));
    }

    @Test
    public void doFilter_shouldLeaveReadsAlone() throws Exception {
        // given a GET with no body and another origin (reading is the browser's same-origin policy's job)
        when(request.getMethod()).thenReturn("GET");
        when(request.getHeader("Origin")).thenReturn("http://evil.example");

        // when
        filter.doFilter(request, response, chain);

        // then
        verify(chain).doFilter(request, response);
    }

    @Test
    public void doFilter_shouldCheckPutAndDeleteLikePost() throws Exception {
        for (String method : new String[]{"PUT", "DELETE", "PATCH"}) {
            HttpServletRequest req = post(null, null);
            when(req.getMethod()).thenReturn(method);
            filter.doFilter(req, response, chain);
        }
        verify(chain, never()).doFilter(any(), any());
    }

    private HttpServletRequest post(String contentType, String token) {
        HttpServletRequest req = mock(HttpServletRequest.class);
        when(req.getMethod()).thenReturn("POST");
        when(req.getScheme()).thenReturn("http");
        when(req.getServerName()).thenReturn("localhost");
        when(req.getServerPort()).thenReturn(2990);
        when(req.getHeader("Content-Type")).thenReturn(contentType);
        when(req.getHeader(AtlassianXsrfFilter.TOKEN_HEADER)).thenReturn(token);
        return req;
    }
}
