package com.gluework.web.rest;

import com.gluework.core.error.NotFoundException;
import com.gluework.web.testing.InMemoryGlueWork;
import com.gluework.web.view.IssuePanelView;
import com.gluework.web.view.ViewRenderer;
import jakarta.ws.rs.core.Response;
import org.junit.Test;

import java.util.Map;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertSame;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;
import static org.mockito.ArgumentMatchers.anyMap;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

public class IssuePanelResourceTest {
    private final InMemoryGlueWork glueWork = new InMemoryGlueWork();

    @Test
    public void render_shouldAnswerThePanelFragmentForTheCaller() {
        // given
        glueWork.record("carol", "GW-1", "review", "Caught <a data race>");
        glueWork.currentUser.actAs("alice");

        // when
        Response response = glueWork.issuePanelResource().render("GW-1");

        // then
        assertEquals(200, response.getStatus());
        assertEquals("no-store", response.getHeaderString("Cache-Control"));
        String html = (String) response.getEntity();
        assertTrue(html.contains("<span class=\"gluework-summary\">Caught &lt;a data race&gt;</span>"));
        assertTrue(html.contains("gluework-corroborate"));
    }

    @Test
    public void render_shouldUseTheJiraWebPanelsTemplateWithThePanelView() {
        // given
        ViewRenderer renderer = mock(ViewRenderer.class);
        when(renderer.render(eq(IssuePanelView.TEMPLATE), anyMap())).thenReturn("<div>panel</div>");
        glueWork.currentUser.actAs("alice");
        IssuePanelResource resource = new IssuePanelResource(glueWork.service, glueWork.currentUser, glueWork.views, renderer);

        // when
        Response response = resource.render("GW-1");

        // then
        assertSame("<div>panel</div>", response.getEntity());
        verify(renderer).render(eq("templates/gluework/issue-panel.vm"),
                argThat((Map<String, Object> context) ->
                        context.get("panel") instanceof IssuePanelView && ((IssuePanelView) context.get("panel")).getIssueKey().equals("GW-1")));
    }

    @Test
    public void render_shouldAnswerNotFoundToAnonymousAndToThoseWhoMayNotBrowse() {
        // given
        IssuePanelResource resource = glueWork.issuePanelResource();

        // then
        glueWork.currentUser.anonymous();
        assertThrows(NotFoundException.class, () -> resource.render("GW-1"));
        glueWork.currentUser.actAs("bob");
        assertThrows(NotFoundException.class, () -> resource.render("SEC-1"));
    }
}
