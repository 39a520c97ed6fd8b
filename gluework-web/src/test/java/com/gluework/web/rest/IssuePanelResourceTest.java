package com.gluework.web.rest;

import com.gluework.core.error.NotFoundException;
import com.gluework.web.testing.InMemoryGlueWork;
import com.gluework.web.view.IssuePanelView;
import com.gluework.web.view.ViewRenderer;
import jakarta.ws.rs.core.Response;
import org.junit.Test;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;

import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;
import static org.mockito.ArgumentMatchers.anyMap;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doCallRealMethod;
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
        String html = new String((byte[]) response.getEntity(), StandardCharsets.UTF_8);
        assertTrue(html.contains("<span class=\"gluework-summary\">Caught &lt;a data race&gt;</span>"));
        assertTrue(html.contains("gluework-corroborate"));
    }

    @Test
    public void render_shouldAnswerTheTemplatesTextAsUtf8_withCharactersBeyondAsciiAndLatin1() {
        // given: glue whose text needs two, three and four bytes a character, and the record form's "…"
        glueWork.record("carol", "GW-1", "review", "Zoë’s review of the naïve retry \uD83D\uDE00 <b>");
        glueWork.currentUser.actAs("alice");
        Optional<String> alice = Optional.of("alice");

        // when
        byte[] answered = (byte[]) glueWork.issuePanelResource().render("GW-1").getEntity();

        // then: byte for byte the text the renderer gives for the same view, in UTF-8
        String text = glueWork.renderer.render(IssuePanelView.TEMPLATE, Map.of(IssuePanelView.CONTEXT_KEY,
                glueWork.views.create(glueWork.service.readForPanel(alice, "GW-1"), alice)));
        assertTrue(text.contains("Zoë’s review of the naïve retry \uD83D\uDE00 &lt;b&gt;"));
        assertTrue(text.contains("\u2026"));
        assertArrayEquals(text.getBytes(StandardCharsets.UTF_8), answered);
    }

    @Test
    public void render_shouldUseTheJiraWebPanelsTemplateWithThePanelView() {
        // given
        ViewRenderer renderer = mock(ViewRenderer.class);
        when(renderer.render(eq(IssuePanelView.TEMPLATE), anyMap())).thenReturn("<div>panel</div>");
        doCallRealMethod().when(renderer).renderUtf8(anyString(), anyMap()); // the interface's: render's text as UTF-8
        glueWork.currentUser.actAs("alice");
        IssuePanelResource resource = new IssuePanelResource(glueWork.service, glueWork.currentUser, glueWork.views, renderer);

        // when
        Response response = resource.render("GW-1");

        // then
        assertEquals("<div>panel</div>", new String((byte[]) response.getEntity(), StandardCharsets.UTF_8));
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
