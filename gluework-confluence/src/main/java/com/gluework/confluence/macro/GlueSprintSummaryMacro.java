package com.gluework.confluence.macro;

import com.atlassian.confluence.content.render.xhtml.ConversionContext;
import com.atlassian.confluence.macro.Macro;
import com.atlassian.sal.api.message.I18nResolver;

import java.util.Map;

/**
 * PLACEHOLDER for the "Glue sprint summary" macro, which is a later issue: it will read a sprint's glue from Jira over
 * Application Links and render wins, the person × category table or the full summary. Until then it renders only an
 * AUI info message saying the macro is coming, so a page that already uses it shows something honest, not an error.
 */
public final class GlueSprintSummaryMacro implements Macro {
    private final I18nResolver i18n;

    public GlueSprintSummaryMacro(I18nResolver i18n) {
        this.i18n = i18n;
    }

    @Override
    public String execute(Map<String, String> parameters, String body, ConversionContext context) {
        return "<div class=\"aui-message aui-message-info gluework-sprint-summary\">"
                + "<p class=\"title\"><strong>" + escape(i18n.getText("gluework.macro.summary.coming.title")) + "</strong></p>"
                + "<p>" + escape(i18n.getText("gluework.macro.summary.coming")) + "</p>"
                + "</div>";
    }

    @Override
    public BodyType getBodyType() {
        return BodyType.NONE;
    }

    @Override
    public OutputType getOutputType() {
        return OutputType.BLOCK;
    }

    /** Translations are outside our control, so they are escaped like any other text put into HTML. */
    private static String escape(String text) {
        StringBuilder html = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '<' -> html.append("&lt;");
                case '>' -> html.append("&gt;");
                case '&' -> html.append("&amp;");
                case '"' -> html.append("&quot;");
                case '\'' -> html.append("&#39;");
                default -> html.append(c);
            }
        }
        return html.toString();
    }
}
