package com.gluework.preview.http;

import com.gluework.core.model.Person;
import com.gluework.core.port.PeopleDirectory;
import jakarta.servlet.FilterChain;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.junit.Before;
import org.junit.Test;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

public class PreviewAuthenticationFilterTest {
    private final PeopleDirectory people = mock(PeopleDirectory.class);
    private final PreviewCurrentUser currentUser = new PreviewCurrentUser();
    private final PreviewAuthenticationFilter filter = new PreviewAuthenticationFilter(new DemoLogins(people), currentUser);
    private final HttpServletRequest request = mock(HttpServletRequest.class);
    private final HttpServletResponse response = mock(HttpServletResponse.class);
    private final FilterChain chain = mock(FilterChain.class);
    private final AtomicReference<Optional<String>> userSeenByChain = new AtomicReference<>();
    private final CapturedBody body = new CapturedBody();

    @Before
    public void setUp() throws Exception {
        when(people.findPerson(anyString())).thenReturn(Optional.empty());
        when(people.findPerson("bob")).thenReturn(Optional.of(new Person("bob", "bob", "Bob Adeyemi", "", true)));
        when(people.findPerson("erin")).thenReturn(Optional.of(new Person("erin", "erin", "Erin Castillo", "", true)));
        when(people.findPerson("gone")).thenReturn(Optional.of(new Person("gone", "gone", "Gone", "", false)));
        doAnswer(invocation -> {
            userSeenByChain.set(currentUser.key());
            return null;
        }).when(chain).doFilter(any(), any());
        when(response.getOutputStream()).thenReturn(body);
    }

    @Test
    public void doFilter_shouldActAsTheDemoUserOfValidBasicCredentials() throws Exception {
        // given
        when(request.getHeader("Authorization")).thenReturn(basic("bob", "bob"));

        // when
        filter.doFilter(request, response, chain);

        // then
        assertEquals(Optional.of("bob"), userSeenByChain.get());
        assertEquals(Optional.empty(), currentUser.key());
    }

    @Test
    public void doFilter_shouldAnswer401ForAWrongPasswordWithoutCallingTheChain() throws Exception {
        // given
        when(request.getHeader("Authorization")).thenReturn(basic("bob", "hunter2"));

        // when
        filter.doFilter(request, response, chain);

        // then
        verify(chain, never()).doFilter(any(), any());
        verify(response).setStatus(401);
        verify(response).setHeader("WWW-Authenticate", "Basic realm=\"Glue Work preview\"");
        assertTrue(body.text().contains("\"field\":\"user\""));
    }

    @Test
    public void doFilter_shouldRefuseUnknownAndInactiveUsersAndGarbledHeaders() throws Exception {
        for (String header : new String[]{basic("mallory", "mallory"), basic("gone", "gone"), "Basic !!!notbase64", "Basic " +
                Base64.getEncoder().encodeToString("no-colon".getBytes(StandardCharsets.UTF_8))}) {
            // given
            HttpServletRequest req = mock(HttpServletRequest.class);
            when(req.getHeader("Authorization")).thenReturn(header);

            // when
            filter.doFilter(req, response, chain);
        }

        // then
        verify(chain, never()).doFilter(any(), any());
    }

    @Test
    public void doFilter_shouldActAsTheUserTheSwitcherCookieNames() throws Exception {
        // given
        when(request.getCookies()).thenReturn(new Cookie[]{new Cookie("other", "x"), new Cookie(PreviewAuthenticationFilter.USER_COOKIE, "erin")});

        // when
        filter.doFilter(request, response, chain);

        // then
        assertEquals(Optional.of("erin"), userSeenByChain.get());
    }

    @Test
    public void doFilter_shouldActAsTheTeamLeadOnAFirstPageVisitAndRememberIt() throws Exception {
        // given
        when(people.findPerson("alice")).thenReturn(Optional.of(new Person("alice", "alice", "Alice Moreau", "", true)));
        when(request.getMethod()).thenReturn("GET");
        when(request.getRequestURI()).thenReturn("/browse/GW-1");

        // when
        filter.doFilter(request, response, chain);

        // then
        assertEquals(Optional.of("alice"), userSeenByChain.get());
        verify(response).addHeader("Set-Cookie", "gluework_user=alice; Path=/; SameSite=Lax");
    }

    @Test
    public void doFilter_shouldKeepRestCallsWithoutCredentialsAnonymous() throws Exception {
        // given
        when(people.findPerson("alice")).thenReturn(Optional.of(new Person("alice", "alice", "Alice Moreau", "", true)));
        when(request.getMethod()).thenReturn("GET");
        when(request.getRequestURI()).thenReturn("/rest/gluework/1.0/issues/GW-1/panel");

        // when
        filter.doFilter(request, response, chain);

        // then
        assertEquals(Optional.empty(), userSeenByChain.get());
        verify(response, never()).addHeader(eq("Set-Cookie"), anyString());
    }

    @Test
    public void doFilter_shouldStayAnonymousWhenNobodyWasChosen() throws Exception {
        // given
        when(request.getMethod()).thenReturn("GET");
        when(request.getRequestURI()).thenReturn("/browse/GW-1");
        when(request.getCookies()).thenReturn(new Cookie[]{new Cookie(PreviewAuthenticationFilter.USER_COOKIE, "anonymous")});

        // when
        filter.doFilter(request, response, chain);

        // then
        assertEquals(Optional.empty(), userSeenByChain.get());
    }

    @Test
    public void doFilter_shouldTreatAnUnknownCookieUserAsAnonymous() throws Exception {
        // given
        when(request.getCookies()).thenReturn(new Cookie[]{new Cookie(PreviewAuthenticationFilter.USER_COOKIE, "mallory")});

        // when
        filter.doFilter(request, response, chain);

        // then
        assertEquals(Optional.empty(), userSeenByChain.get());
    }

    @Test
    public void doFilter_shouldClearTheUserEvenWhenTheRequestFails() throws Exception {
        // given
        when(request.getHeader("Authorization")).thenReturn(basic("bob", "bob"));
        doThrow(new IllegalStateException("boom")).when(chain).doFilter(any(), any());

        // when
        try {
            filter.doFilter(request, response, chain);
        } catch (IllegalStateException expected) {
            // the request failed; what matters is the thread afterwards
        }

        // then
        assertEquals(Optional.empty(), currentUser.key());
    }

    private static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }
}
