package com.gluework.jira.web;

import com.atlassian.templaterenderer.RenderingException;
import com.atlassian.templaterenderer.TemplateRenderer;
import org.junit.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Map;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyMap;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;

public class JiraViewRendererTest {
    private final TemplateRenderer templateRenderer = mock(TemplateRenderer.class);
    private final JiraViewRenderer renderer = new JiraViewRenderer(templateRenderer);

    @Test
    public void render_shouldReturnWhatTheTemplateRendererWrote() throws IOException {
        // given ATR adds its own entries to the context, as the real one does, then writes the HTML
        doAnswer(call -> {
            Map<String, Object> context = call.getArgument(1);
            context.put("i18n", "resolver");
            call.<Writer>getArgument(2).write("<div>" + context.get("panel") + "</div>");
            return null;
        }).when(templateRenderer).render(eq("templates/gluework/issue-panel.vm"), anyMap(), any(Writer.class));

        // when the caller passes an immutable map
        String html = renderer.render("templates/gluework/issue-panel.vm", Map.of("panel", "P"));

        // then
        assertEquals("<div>P</div>", html);
    }

    @Test
    public void render_shouldLetRenderingFailuresThrough() throws IOException {
        // given
        doThrow(new RenderingException("boom")).when(templateRenderer).render(any(), anyMap(), any(Writer.class));

        // when / then
        assertThrows(RenderingException.class, () -> renderer.render("templates/gluework/missing.vm", Map.of()));
    }

    @Test
    public void render_shouldWrapIoFailuresUnchecked() throws IOException {
        // given
        doThrow(new IOException("disk")).when(templateRenderer).render(any(), anyMap(), any(Writer.class));

        // when / then
        assertThrows(UncheckedIOException.class, () -> renderer.render("templates/gluework/issue-panel.vm", Map.of()));
    }
}
