package com.gluework.jira.web;

import com.atlassian.templaterenderer.RenderingException;
import com.atlassian.templaterenderer.TemplateRenderer;
import org.junit.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import static org.junit.Assert.assertArrayEquals;
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
    public void renderUtf8_shouldAnswerTheBytesOfWhatTheTemplateRendererWrote() throws IOException {
        // given ATR writing text beyond ASCII, in pieces
        doAnswer(call -> {
            Writer out = call.getArgument(2);
            out.write("<option value=\"\">Choose a category\u2026</option>");
            out.write("<span>Zo\u00eb \uD83D");
            out.write("\uDE00</span>");
            return null;
        }).when(templateRenderer).render(eq("templates/gluework/issue-panel.vm"), anyMap(), any(Writer.class));

        // when
        byte[] html = renderer.renderUtf8("templates/gluework/issue-panel.vm", Map.of("panel", "P"));

        // then: render's text, in UTF-8
        assertArrayEquals(renderer.render("templates/gluework/issue-panel.vm", Map.of("panel", "P"))
                .getBytes(StandardCharsets.UTF_8), html);
        assertEquals("<option value=\"\">Choose a category\u2026</option><span>Zo\u00eb \uD83D\uDE00</span>",
                new String(html, StandardCharsets.UTF_8));
    }

    @Test
    public void renderUtf8_shouldWrapIoFailuresUnchecked() throws IOException {
        doThrow(new IOException("disk")).when(templateRenderer).render(any(), anyMap(), any(Writer.class));
        assertThrows(UncheckedIOException.class, () -> renderer.renderUtf8("templates/gluework/issue-panel.vm", Map.of()));
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
