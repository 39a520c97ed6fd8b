package com.gluework.jira.web;

import com.atlassian.sal.api.auth.LoginUriProvider;

import com.atlassian.webresource.api.assembler.PageBuilderService;
import com.atlassian.webresource.api.assembler.RequiredResources;
import com.gluework.core.port.CurrentUser;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.junit.Before;
import org.junit.Test;
import org.mockito.Answers;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.util.Optional;

import static org.junit.Assert.assertEquals;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

public class SprintReportServletTest {
    private final CurrentUser currentUser = mock(CurrentUser.class);
    private final SprintReportPage page = mock(SprintReportPage.class);
    private final PageBuilderService pageBuilder = mock(PageBuilderService.class, Answers.RETURNS_DEEP_STUBS);
    private final HttpServletRequest request = mock(HttpServletRequest.class);
    private final HttpServletResponse response = mock(HttpServletResponse.class);
    private final StringWriter body = new StringWriter();
    private final LoginUriProvider loginUriProvider = mock(LoginUriProvider.class);
    private final SprintReportServlet servlet = new SprintReportServlet(currentUser, page, pageBuilder, loginUriProvider);

    @Before
    public void setUp() throws Exception {
        when(request.getContextPath()).thenReturn("/jira");
        when(request.getServletPath()).thenReturn("/plugins/servlet");
        when(request.getPathInfo()).thenReturn("/gluework/report");
        when(request.getProtocol()).thenReturn("HTTP/1.1");
        when(response.getWriter()).thenReturn(new PrintWriter(body));
    }

    @Test
    public void doGet_forAnAnonymousVisitor_shouldRedirectToLoginAndComeBack() throws Exception {
        // given
        when(currentUser.key()).thenReturn(Optional.empty());
        when(request.getRequestURL()).thenReturn(new StringBuffer("https://jira.example.com/jira/plugins/servlet/gluework/report"));
        when(request.getQueryString()).thenReturn("projectKey=GW&sprint=3");
        when(loginUriProvider.getLoginUri(URI.create("https://jira.example.com/jira/plugins/servlet/gluework/report?projectKey=GW&sprint=3")))
                .thenReturn(URI.create("/jira/login.jsp?os_destination=%2Fplugins%2Fservlet%2Fgluework%2Freport%3FprojectKey%3DGW%26sprint%3D3"));

        // when
        servlet.doGet(request, response);

        // then the product's login page, as SAL names it; nothing about the report was computed
        verify(response).sendRedirect("/jira/login.jsp?os_destination=%2Fplugins%2Fservlet%2Fgluework%2Freport%3FprojectKey%3DGW%26sprint%3D3");
        verifyNoInteractions(page);
    }

    @Test
    public void returnUri_withAQueryThatIsNoValidUri_shouldComeBackToTheReportWithoutIt() {
        // given
        when(request.getRequestURL()).thenReturn(new StringBuffer("https://jira.example.com/jira/plugins/servlet/gluework/report"));
        when(request.getQueryString()).thenReturn("sprint=a b|c");

        // when / then
        assertEquals(URI.create("https://jira.example.com/jira/plugins/servlet/gluework/report"), SprintReportServlet.returnUri(request));
    }

    @Test
    public void doGet_forALoggedInUser_shouldSendThePagesStatusAndHtmlWithItsResources() throws Exception {
        // given the parameters pass through unparsed: the page decides what a bad one means
        when(currentUser.key()).thenReturn(Optional.of("JIRAUSER1"));
        when(request.getParameter("board")).thenReturn("12");
        when(request.getParameter("sprint")).thenReturn("x");
        when(page.render("JIRAUSER1", "/jira", "12", "x"))
                .thenReturn(new SprintReportPage.RenderedPage(400, "<html>bad sprint</html>"));
        RequiredResources resources = pageBuilder.assembler().resources();

        // when
        servlet.doGet(request, response);

        // then
        assertEquals("<html>bad sprint</html>", body.toString());
        verify(response).setStatus(400);
        verify(response).setContentType("text/html;charset=UTF-8");
        verify(response).setHeader("Cache-Control", "private, no-store");
        verify(resources).requireContext(SprintReportPage.WEB_RESOURCE_CONTEXT);
        verify(response, never()).sendError(anyInt());
        verify(response, never()).sendRedirect(anyString());
    }

    @Test
    public void service_withPost_shouldAnswer405AndRenderNothing() throws Exception {
        // given
        when(request.getMethod()).thenReturn("POST");
        when(currentUser.key()).thenReturn(Optional.of("JIRAUSER1"));

        // when
        servlet.service(request, response);

        // then
        verify(response).sendError(eq(HttpServletResponse.SC_METHOD_NOT_ALLOWED), anyString());
        verifyNoInteractions(page);
    }
}
