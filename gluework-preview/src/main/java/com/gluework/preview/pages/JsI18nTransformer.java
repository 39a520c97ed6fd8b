package com.gluework.preview.pages;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Does what Jira's {@code jsI18n} web-resource transformer does to a script before serving it: every
 * {@code AJS.I18n.getText('key')} becomes the bundle's text as a JavaScript string literal, and
 * {@code AJS.I18n.getText('key', a, b)} becomes {@code AJS.format("pattern", a, b)}. Keys must be string literals,
 * exactly as in the products; anything else is left alone. The literal is escaped so no bundle text can end the
 * string or the script ({@code </script>}).
 */
public final class JsI18nTransformer {
    private static final Pattern GET_TEXT = Pattern.compile("AJS\\.I18n\\.getText\\(\\s*(['\"])([A-Za-z0-9_.\\-]+)\\1\\s*([,)])");

    private final Map<String, String> patterns;

    /** @param patterns the i18n bundle: key to unformatted {@link MessageFormat} pattern */
    public JsI18nTransformer(Map<String, String> patterns) {
        this.patterns = Map.copyOf(patterns);
    }

    public String transform(String script) {
        Matcher m = GET_TEXT.matcher(script);
        StringBuilder out = new StringBuilder(script.length());
        while (m.find()) {
            String key = m.group(2);
            String pattern = patterns.getOrDefault(key, key);
            String replacement = m.group(3).equals(")")
                    ? jsString(new MessageFormat(pattern, Locale.ENGLISH).format(new Object[0]))
                    : "AJS.format(" + jsString(pattern) + ",";
            m.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** A double-quoted JavaScript string literal; {@code < > & '} and line separators are written as {@code \\u} escapes. */
    static String jsString(String text) {
        StringBuilder out = new StringBuilder(text.length() + 2).append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20 || c == '<' || c == '>' || c == '&' || c == '\'' || c == '\u2028' || c == '\u2029') {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }
}
