package com.gluework.preview.pages;

import org.junit.Test;

import java.util.Map;

import static org.junit.Assert.assertEquals;

public class JsI18nTransformerTest {
    private final JsI18nTransformer transformer = new JsI18nTransformer(Map.of(
            "gluework.js.saved", "Saved.",
            "gluework.js.quote", "It''s \"done\" </script>",
            "gluework.js.count", "{0} of {1}"));

    @Test
    public void transform_shouldReplaceALiteralKeyWithItsEscapedText() {
        assertEquals("announce(\"Saved.\");", transformer.transform("announce(AJS.I18n.getText('gluework.js.saved'));"));
        assertEquals("x = \"It\\u0027s \\\"done\\\" \\u003c/script\\u003e\";",
                transformer.transform("x = AJS.I18n.getText(\"gluework.js.quote\");"));
    }

    @Test
    public void transform_shouldTurnCallsWithArgumentsIntoAjsFormat() {
        assertEquals("AJS.format(\"{0} of {1}\", n, total)", transformer.transform("AJS.I18n.getText('gluework.js.count', n, total)"));
    }

    @Test
    public void transform_shouldAnswerAnUnknownKeyWithTheKeyAndLeaveNonLiteralsAlone() {
        assertEquals("\"gluework.js.unknown\"", transformer.transform("AJS.I18n.getText('gluework.js.unknown')"));
        assertEquals("AJS.I18n.getText(key)", transformer.transform("AJS.I18n.getText(key)"));
    }
}
