package com.gluework.preview.http;

import jakarta.servlet.FilterChain;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.junit.Before;
import org.junit.Test;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

public class TokenOwnerAuthenticationFilterTest {
    private final PreviewCurrentUser currentUser = new PreviewCurrentUser();
    private final HttpServletRequest request = mock(HttpServletRequest.class);
    private final HttpServletResponse response = mock(HttpServletResponse.class);
    private final FilterChain chain = mock(FilterChain.class);
    private final AtomicReference<Optional<String>> userSeenByChain = new AtomicReference<>();
    private final CapturedBody body = new CapturedBody();
    private final TokenOwnerAuthenticationFilter filter = new TokenOwnerAuthenticationFilter(() -> "JIRAUSER10100", currentUser);

    @Before
    public void localRequest() throws Exception {
        when(request.getServerName()).thenReturn("localhost");
        when(request.getRemoteAddr()).thenReturn("127.0.0.1");
        doAnswer(i -> {
            userSeenByChain.set(currentUser.key());
            return null;
        }).when(chain).doFilter(any(), any());
        when(response.getOutputStream()).thenReturn(body);
    }

    @Test
    public void doFilter_shouldActAsTheTokensOwnerForTheRequestOnly() throws Exception {
        // given: the demo's switcher cookie, which must not matter
        when(request.getHeader("Cookie")).thenReturn("gluework_user=kwong");

        // when
        filter.doFilter(request, response, chain);

        // then
        assertEquals(Optional.of("JIRAUSER10100"), userSeenByChain.get());
        assertEquals(Optional.empty(), currentUser.key());
    }

    @Test
    public void doFilter_shouldRefuseAnyLoginWithout401sLoginBox() throws Exception {
        // given
        when(request.getHeader("Authorization")).thenReturn("Basic a3dvbmc6a3dvbmc=");

        // when
        filter.doFilter(request, response, chain);

        // then
        verify(response).setStatus(401);
        verify(response, never()).setHeader(eq("WWW-Authenticate"), anyString());
        verify(chain, never()).doFilter(any(), any());
        assertTrue(body.text().contains("no logins"));
    }

    @Test
    public void doFilter_shouldRefuseAHostNameThatIsNotLoopback() throws Exception {
        // given: DNS rebinding, a page whose own name now resolves to 127.0.0.1
        when(request.getServerName()).thenReturn("attacker.example");

        // when
        filter.doFilter(request, response, chain);

        // then
        verify(response).setStatus(403);
        verify(chain, never()).doFilter(any(), any());
    }

    @Test
    public void doFilter_shouldLetJirasFailureReachThePageFilter() {
        // given
        TokenOwnerAuthenticationFilter jiraDown = new TokenOwnerAuthenticationFilter(() -> {
            throw new IllegalStateException("Jira down");
        }, currentUser);

        // then
        assertThrows(IllegalStateException.class, () -> jiraDown.doFilter(request, response, chain));
        assertEquals(Optional.empty(), currentUser.key());
    }

    @Test
    public void doFilter_shouldServeStaticFilesWithoutAskingJira() throws Exception {
        // given: Jira is down
        TokenOwnerAuthenticationFilter jiraDown = new TokenOwnerAuthenticationFilter(() -> {
            throw new IllegalStateException("Jira down");
        }, currentUser);
        when(request.getContextPath()).thenReturn("");
        when(request.getRequestURI()).thenReturn("/static/preview/preview.css");

        // when
        jiraDown.doFilter(request, response, chain);

        // then
        assertEquals(Optional.empty(), userSeenByChain.get());
    }

    @Test
    public void isLoopbackName_shouldAcceptOnlyNamesOfThisComputer() {
        for (String local : List.of("localhost", "LOCALHOST", "app.localhost", "127.0.0.1", "127.1.2.3", "[::1]", "::1")) {
            assertTrue(local, TokenOwnerAuthenticationFilter.isLoopbackName(local));
        }
        for (String remote : List.of("attacker.example", "localhost.attacker.example", "10.0.0.1", "127.0.0.1.nip.io", "")) {
            assertFalse(remote, TokenOwnerAuthenticationFilter.isLoopbackName(remote));
        }
        assertFalse(TokenOwnerAuthenticationFilter.isLoopbackName(null));
    }
}
