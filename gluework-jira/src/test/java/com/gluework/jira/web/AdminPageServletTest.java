package com.gluework.jira.web;

import com.atlassian.sal.api.auth.LoginUriProvider;
import com.atlassian.webresource.api.assembler.PageBuilderService;
import com.gluework.core.port.CurrentUser;
import com.gluework.core.port.HostRoles;
import com.gluework.web.testing.EscapingVelocityViewRenderer;
import com.gluework.web.view.AdminPageTemplate;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.junit.Before;
import org.junit.Test;
import org.mockito.Answers;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.util.Optional;

import static org.junit.Assert.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

public class AdminPageServletTest {
    private final CurrentUser currentUser = mock(CurrentUser.class);
    private final HostRoles roles = mock(HostRoles.class);
    private final PageBuilderService pageBuilder = mock(PageBuilderService.class, Answers.RETURNS_DEEP_STUBS);
    private final LoginUriProvider loginUriProvider = mock(LoginUriProvider.class);
    private final HttpServletRequest request = mock(HttpServletRequest.class);
    private final HttpServletResponse response = mock(HttpServletResponse.class);
    private final StringWriter body = new StringWriter();
    private final AdminPageServlet servlet = new AdminPageServlet(currentUser, roles, new EscapingVelocityViewRenderer(),
            pageBuilder, loginUriProvider);

    @Before
    public void setUp() throws Exception {
        when(response.getWriter()).thenReturn(new PrintWriter(body));
        when(request.getContextPath()).thenReturn("/jira");
        when(request.getRequestURL()).thenReturn(new StringBuffer("https://jira.example.com/jira" + AdminPageServlet.PATH));
    }

    @Test
    public void doGet_asAdministrator_shouldRenderTheAdminDecoratedPageWithTheRestBaseAndItsScript() throws Exception {
        when(currentUser.key()).thenReturn(Optional.of("admin"));
        when(roles.isAdministrator("admin")).thenReturn(true);
        when(request.getParameter("projectKey")).thenReturn("GW\"><script>alert(1)</script>");

        servlet.doGet(request, response);

        String html = body.toString();
        assertTrue(html, html.contains("<meta name=\"decorator\" content=\"atl.admin\">"));
        assertTrue(html, html.contains("data-rest-base=\"/jira/rest/gluework/1.0\""));
        assertTrue(html, html.contains("data-project-key=\"GW&quot;&gt;&lt;script&gt;"));
        assertTrue(html, !html.contains("<script>alert(1)"));
        verify(pageBuilder.assembler().resources()).requireContext(AdminPageTemplate.WEB_RESOURCE_CONTEXT);
    }

    @Test
    public void doGet_asSomeoneElse_shouldAnswer403AndAnonymousGoToLogin() throws Exception {
        when(currentUser.key()).thenReturn(Optional.of("bob"));
        servlet.doGet(request, response);
        verify(response).sendError(anyInt(), anyString());

        when(currentUser.key()).thenReturn(Optional.empty());
        when(loginUriProvider.getLoginUri(any(URI.class))).thenReturn(URI.create("https://jira.example.com/jira/login.jsp"));
        servlet.doGet(request, response);
        verify(response).sendRedirect("https://jira.example.com/jira/login.jsp");
        verify(response, never()).setContentType(anyString());
    }
}
