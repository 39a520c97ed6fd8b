package com.gluework.jira.web;

import com.atlassian.sal.api.auth.LoginUriProvider;
import com.atlassian.webresource.api.assembler.PageBuilderService;
import com.atlassian.webresource.api.assembler.RequiredResources;
import com.gluework.web.report.BundleReportTexts;
import com.gluework.web.testing.InMemoryGlueWork;
import com.gluework.web.view.EvidencePacketPage;
import com.gluework.web.view.MyGluePage;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.junit.Before;
import org.junit.Test;
import org.mockito.Answers;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.util.List;
import java.util.Optional;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/**
 * "My glue" and the evidence packet as Jira's servlets serve them, over the in-memory stack and the same escaping
 * renderer the template tests use: the decorated page, its resources, statuses and the login redirect.
 */
public class CareerPageServletsTest {
    private final InMemoryGlueWork glueWork = new InMemoryGlueWork();
    private final PageBuilderService pageBuilder = mock(PageBuilderService.class, Answers.RETURNS_DEEP_STUBS);
    private final LoginUriProvider loginUriProvider = mock(LoginUriProvider.class);
    private final HttpServletRequest request = mock(HttpServletRequest.class);
    private final HttpServletResponse response = mock(HttpServletResponse.class);
    private final StringWriter body = new StringWriter();
    private final MyGlueServlet myGlue = new MyGlueServlet(glueWork.currentUser,
            new MyGluePage(glueWork.myGlue, glueWork.host, glueWork.renderer, new BundleReportTexts(), glueWork.clock),
            glueWork.renderer, pageBuilder, loginUriProvider);
    private final EvidencePacketServlet packet = new EvidencePacketServlet(glueWork.currentUser,
            new EvidencePacketPage(glueWork.packets, glueWork.renderer, new BundleReportTexts(), glueWork.clock),
            glueWork.renderer, pageBuilder, loginUriProvider);

    @Before
    public void setUp() throws Exception {
        when(request.getContextPath()).thenReturn("/jira");
        when(request.getProtocol()).thenReturn("HTTP/1.1");
        when(response.getWriter()).thenReturn(new PrintWriter(body));
    }

    @Test
    public void myGlue_shouldSendTheDecoratedPageWithTheNoteFormTimelineAndResources() throws Exception {
        // given
        glueWork.currentUser.actAs("bob");
        glueWork.record("bob", "GW-1", "review", "Caught a race");
        glueWork.myGlue.saveMyNote(Optional.of("bob"), "2026-W48", List.of("Unblocked <carol>"), "TEAM", null);
        RequiredResources resources = pageBuilder.assembler().resources();

        // when
        myGlue.doGet(request, response);

        // then
        String html = body.toString();
        assertTrue(html, html.contains("<meta name=\"decorator\" content=\"atl.general\">"));
        assertTrue(html, html.contains("<h1>My glue</h1>"));
        assertTrue(html, html.contains("value=\"Unblocked &lt;carol&gt;\""));
        assertTrue(html, html.contains("Caught a race"));
        assertTrue(html, html.contains("action=\"/jira/plugins/servlet/gluework/my-glue\""));
        assertTrue(html, html.contains("href=\"/jira/plugins/servlet/gluework/packet?from="));
        assertFalse("no period form of the packet here", html.contains("gluework-packet-period"));
        verify(response).setStatus(200);
        verify(response).setContentType("text/html;charset=UTF-8");
        verify(response).setHeader("Cache-Control", "private, no-store");
        verify(resources).requireContext(CareerPageServlets.WEB_RESOURCE_CONTEXT);
        verify(response, never()).sendError(anyInt());
    }

    @Test
    public void myGlue_withABadPeriod_shouldAnswer400InsideTheDecoratedPage() throws Exception {
        glueWork.currentUser.actAs("bob");
        when(request.getParameter("from")).thenReturn("2026-12-01");
        when(request.getParameter("to")).thenReturn("2026-11-01");

        myGlue.doGet(request, response);

        verify(response).setStatus(400);
        assertTrue(body.toString(), body.toString().contains("The period must not end before it starts."));
    }

    @Test
    public void packet_shouldSendTheViewersPacketWithItsPeriodFormAndMarkdownLink() throws Exception {
        glueWork.currentUser.actAs("bob");
        glueWork.record("bob", "GW-1", "review", "Caught a race");

        packet.doGet(request, response);

        String html = body.toString();
        verify(response).setStatus(200);
        assertTrue(html, html.contains("<meta name=\"decorator\" content=\"atl.general\">"));
        assertTrue(html, html.contains("class=\"aui gluework-packet-period\" method=\"get\" action=\"/jira/plugins/servlet/gluework/packet\""));
        assertTrue(html, html.contains("name=\"person\" value=\"bob\""));
        assertTrue(html, html.contains("href=\"/jira/rest/gluework/1.0/people/bob/packet.md?from="));
        assertTrue(html, html.contains("Caught a race"));
    }

    @Test
    public void packet_ofSomeoneWhoseLeadTheViewerIsNot_shouldAnswer403WithoutThePacket() throws Exception {
        glueWork.currentUser.actAs("carol");
        glueWork.record("bob", "GW-1", "review", "Caught a race");
        when(request.getParameter("person")).thenReturn("bob");

        packet.doGet(request, response);

        verify(response).setStatus(403);
        assertFalse(body.toString(), body.toString().contains("Caught a race"));
        assertTrue(glueWork.packetAuditLog.viewsOf("bob").isEmpty());
    }

    @Test
    public void bothPages_forAnAnonymousVisitor_shouldRedirectToLoginAndComeBack() throws Exception {
        glueWork.currentUser.anonymous();
        when(request.getRequestURL()).thenReturn(new StringBuffer("https://jira.example.com/jira/plugins/servlet/gluework/my-glue"));
        when(loginUriProvider.getLoginUri(URI.create("https://jira.example.com/jira/plugins/servlet/gluework/my-glue")))
                .thenReturn(URI.create("/jira/login.jsp?os_destination=my-glue"));

        myGlue.doGet(request, response);
        packet.doGet(request, response);

        verify(response, org.mockito.Mockito.times(2)).sendRedirect("/jira/login.jsp?os_destination=my-glue");
        assertEquals("", body.toString());
    }

    @Test
    public void post_shouldAnswer405() throws Exception {
        when(request.getMethod()).thenReturn("POST");
        glueWork.currentUser.actAs("bob");

        myGlue.service(request, response);

        verify(response).sendError(eq(HttpServletResponse.SC_METHOD_NOT_ALLOWED), anyString());
    }
}
