package com.gluework.jira.web;

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
import java.util.Optional;

import static org.junit.Assert.assertEquals;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
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
    private final SprintReportServlet servlet = new SprintReportServlet(currentUser, page, pageBuilder);

    @Before
    public void setUp() throws Exception {
        when(request.getContextPath()).thenReturn("/jira");
        when(request.getServletPath()).thenReturn("/plugins/servlet");
        when(request.getPathInfo()).thenReturn("/gluework/report");
        when(response.getWriter()).thenReturn(new PrintWriter(body));
    }

    @Test
    public void doGet_forAnAnonymousVisitor_shouldRedirectToLoginAndComeBack() throws Exception {
        // given
        when(currentUser.key()).thenReturn(Optional.empty());
        when(request.getQueryString()).thenReturn("projectKey=GW&sprintId=3");

        // when
        servlet.doGet(request, response);

        // then nothing about the report was computed
        verify(response).sendRedirect("/jira/login.jsp?os_destination=%2Fplugins%2Fservlet%2Fgluework%2Freport%3FprojectKey%3DGW%26sprintId%3D3");
        verifyNoInteractions(page);
    }

    @Test
    public void doGet_forALoggedInUser_shouldRenderThePickedSprintWithItsResources() throws Exception {
        // given
        when(currentUser.key()).thenReturn(Optional.of("JIRAUSER1"));
        when(request.getParameter("boardId")).thenReturn("12");
        when(request.getParameter("sprintId")).thenReturn("34");
        when(page.render("JIRAUSER1", Optional.of(12L), Optional.of(34L))).thenReturn("<h1>report</h1>");
        RequiredResources resources = pageBuilder.assembler().resources();

        // when
        servlet.doGet(request, response);

        // then
        assertEquals("<h1>report</h1>", body.toString());
        verify(response).setContentType("text/html;charset=UTF-8");
        verify(resources).requireContext(SprintReportPage.WEB_RESOURCE_CONTEXT);
        verify(response, never()).sendRedirect(anyString());
    }

    @Test
    public void doGet_withMalformedIds_shouldOpenOnTheDefaults() throws Exception {
        // given
        when(currentUser.key()).thenReturn(Optional.of("JIRAUSER1"));
        when(request.getParameter("boardId")).thenReturn("12; drop");
        when(request.getParameter("sprintId")).thenReturn("-3");
        when(page.render(any(), any(), any())).thenReturn("");

        // when
        servlet.doGet(request, response);

        // then
        verify(page).render("JIRAUSER1", Optional.empty(), Optional.empty());
    }
}
