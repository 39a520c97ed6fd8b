package com.gluework.preview.http;

import jakarta.servlet.FilterChain;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.junit.Before;
import org.junit.Test;


import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

public class RestRequestGuardFilterTest {
    private final RestRequestGuardFilter filter = new RestRequestGuardFilter();
    private final HttpServletRequest request = mock(HttpServletRequest.class);
    private final HttpServletResponse response = mock(HttpServletResponse.class);
    private final FilterChain chain = mock(FilterChain.class);
    private final CapturedBody body = new CapturedBody();

    @Before
    public void captureTheBody() throws Exception {
        when(request.getContentLengthLong()).thenReturn(-1L);
        when(response.getOutputStream()).thenReturn(body);
    }

    @Test
    public void doFilter_shouldPassUtf8DeclaredAnyWayAndNoCharsetAtAll() throws Exception {
        for (String type : new String[] {null, "application/json", "application/json;charset=UTF-8",
                "application/json; Charset=\"utf8\"", "text/plain"}) {
            // given
            when(request.getHeader("Content-Type")).thenReturn(type);

            // when
            filter.doFilter(request, response, chain);
        }

        // then
        verify(chain, org.mockito.Mockito.times(5)).doFilter(request, response);
    }

    @Test
    public void doFilter_shouldAnswer415AsJsonForAnUnknownOrOtherCharsetWithoutAskingJetty() throws Exception {
        for (String type : new String[] {"application/json; charset=x-nope", "application/json; charset=ISO-8859-1",
                "application/json; charset=", "application/json; charset=\"%%\""}) {
            // given
            when(request.getHeader("Content-Type")).thenReturn(type);

            // when
            filter.doFilter(request, response, chain);
        }

        // then
        verify(chain, never()).doFilter(any(), any());
        verify(request, never()).getContentType(); // Jetty's throws UnsupportedCharsetException
        verify(response, org.mockito.Mockito.times(4)).setStatus(415);
        assertTrue(body.text().contains("\"field\":\"contentType\""));
    }

    @Test
    public void doFilter_shouldAnswer413ForADeclaredLengthOver64KiB() throws Exception {
        // given
        when(request.getHeader("Content-Type")).thenReturn("application/json");
        when(request.getContentLengthLong()).thenReturn(64L * 1024 + 1);
        java.io.ByteArrayInputStream sent = new java.io.ByteArrayInputStream(new byte[64 * 1024 + 1]);
        when(request.getInputStream()).thenReturn(servletStream(sent));

        // when
        filter.doFilter(request, response, chain);

        // then: answered, after reading the refused body so the client is not reset before it reads the answer
        verify(chain, never()).doFilter(any(), any());
        verify(response).setStatus(413);
        verify(response).setHeader("Cache-Control", "no-store");
        assertEquals(0, sent.available());
    }

    @Test
    public void doFilter_shouldAnswer413WithoutReadingABodyOverTheDrainLimit() throws Exception {
        // given
        when(request.getHeader("Content-Type")).thenReturn("application/json");
        when(request.getContentLengthLong()).thenReturn(RestRequestGuardFilter.DRAIN_LIMIT_BYTES + 1);

        // when
        filter.doFilter(request, response, chain);

        // then
        verify(response).setStatus(413);
        verify(request, never()).getInputStream();
    }

    private static jakarta.servlet.ServletInputStream servletStream(java.io.InputStream in) {
        return new jakarta.servlet.ServletInputStream() {
            @Override
            public boolean isFinished() {
                return false;
            }

            @Override
            public boolean isReady() {
                return true;
            }

            @Override
            public void setReadListener(jakarta.servlet.ReadListener listener) {
            }

            @Override
            public int read() throws java.io.IOException {
                return in.read();
            }

            @Override
            public int read(byte[] b, int off, int len) throws java.io.IOException {
                return in.read(b, off, len);
            }
        };
    }

    @Test
    public void charsetOf_shouldReadTheParameterAsWritten() {
        assertEquals("x-nope", RestRequestGuardFilter.charsetOf("application/json; CHARSET = x-nope ; q=1"));
        assertEquals("utf-8", RestRequestGuardFilter.charsetOf("application/json;charset=\"utf-8\""));
        assertNull(RestRequestGuardFilter.charsetOf("application/json; boundary=x"));
        assertNull(RestRequestGuardFilter.charsetOf(null));
    }
}
