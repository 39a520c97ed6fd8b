package com.gluework.confluence.macro;

import com.atlassian.confluence.content.render.xhtml.ConversionContext;
import com.atlassian.confluence.macro.Macro;
import com.atlassian.sal.api.message.I18nResolver;
import org.junit.Test;

import java.util.Map;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

public class GlueSprintSummaryMacroTest {
    private final I18nResolver i18n = mock(I18nResolver.class);
    private final GlueSprintSummaryMacro macro = new GlueSprintSummaryMacro(i18n);

    @Test
    public void execute_shouldRenderAnInfoMessageSayingTheMacroIsComing() {
        // given
        when(i18n.getText("gluework.macro.summary.coming.title")).thenReturn("Coming soon");
        when(i18n.getText("gluework.macro.summary.coming")).thenReturn("Not yet.");

        // when
        String html = macro.execute(Map.of("sprintId", "3"), null, mock(ConversionContext.class));

        // then
        assertTrue(html, html.startsWith("<div class=\"aui-message aui-message-info"));
        assertTrue(html, html.contains("<strong>Coming soon</strong>") && html.contains("<p>Not yet.</p>"));
    }

    @Test
    public void execute_shouldEscapeTranslatedText() {
        // given a translation containing markup
        when(i18n.getText("gluework.macro.summary.coming.title")).thenReturn("<script>alert('x')</script>");
        when(i18n.getText("gluework.macro.summary.coming")).thenReturn("A & B");

        // when
        String html = macro.execute(Map.of(), null, mock(ConversionContext.class));

        // then
        assertTrue(html, html.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;"));
        assertTrue(html, html.contains("A &amp; B"));
    }

    @Test
    public void shape_shouldBeABodilessBlockMacro() {
        assertEquals(Macro.BodyType.NONE, macro.getBodyType());
        assertEquals(Macro.OutputType.BLOCK, macro.getOutputType());
    }
}
