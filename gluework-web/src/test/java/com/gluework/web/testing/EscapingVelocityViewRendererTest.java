package com.gluework.web.testing;

import org.junit.Test;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

public class EscapingVelocityViewRendererTest {
    private static final String HOSTILE = "<b title=\"x\">&'";
    private static final String ESCAPED = "&lt;b title=&quot;x&quot;&gt;&amp;'";

    @Test
    public void render_shouldEscapeEveryReferenceWhoseNameDoesNotMarkItAsHtml() {
        // when
        Map<String, String> lines = renderEscapingTemplate();

        // then
        assertEquals(ESCAPED, lines.get("plain"));
        assertEquals(ESCAPED, lines.get("quiet"));
        assertEquals(ESCAPED, lines.get("formal"));
        assertEquals(ESCAPED, lines.get("property"));
        assertEquals("Hello " + ESCAPED, lines.get("i18n"));
    }

    @Test
    public void render_shouldInsertNamesEndingInHtmlOrStartingWithRenderAsTheyAre() {
        // when
        Map<String, String> lines = renderEscapingTemplate();

        // then
        assertEquals(HOSTILE, lines.get("trustedHtml"));
        assertEquals(HOSTILE, lines.get("propertyHtml"));
        assertEquals(HOSTILE, lines.get("getterHtml"));
        assertEquals(HOSTILE, lines.get("render"));
        assertEquals(HOSTILE, lines.get("getRender"));
        assertEquals(HOSTILE, lines.get("body"));
    }

    @Test
    public void render_shouldEscapeAMethodResultEvenWhenAnArgumentIsNamedHtml() {
        // when
        Map<String, String> lines = renderEscapingTemplate();

        // then: only the last segment's name counts, never an argument's
        assertEquals("Hello " + ESCAPED, lines.get("argumentHtml"));
    }

    @Test
    public void isInsertedUnescaped_shouldJudgeOnlyTheLastSegmentName() {
        assertTrue(EscapingVelocityViewRenderer.isInsertedUnescaped("$bodyHtml"));
        assertTrue(EscapingVelocityViewRenderer.isInsertedUnescaped("$!{row.summaryHTML}"));
        assertTrue(EscapingVelocityViewRenderer.isInsertedUnescaped("$row.getSummaryHtml()"));
        assertTrue(EscapingVelocityViewRenderer.isInsertedUnescaped("$helper.renderMarkup($x)"));
        assertFalse(EscapingVelocityViewRenderer.isInsertedUnescaped("$htmlRow.summary"));
        assertFalse(EscapingVelocityViewRenderer.isInsertedUnescaped("$i18n.getText(\"a.html\", $x.bodyHtml)"));
        assertFalse(EscapingVelocityViewRenderer.isInsertedUnescaped("$row.body"));
        assertFalse(EscapingVelocityViewRenderer.isInsertedUnescaped("$row.summary"));
    }

    @Test
    public void getText_shouldFormatLikeAtlassianAndAnswerAnUnknownKeyWithTheKey() {
        // given
        PropertiesI18n i18n = new PropertiesI18n("i18n/test.properties");

        // then
        assertEquals("Hello world", i18n.getText("test.greeting", "world"));
        assertEquals("It's here", i18n.getText("test.apostrophe"));
        assertEquals("no.such.key", i18n.getText("no.such.key"));
    }

    @Test
    public void render_shouldFindEachGetterAgain_whenTheSameReferenceMeetsAnotherClassInThisOrALaterRender() {
        // given: one renderer, so its introspection cache is kept from one render to the next
        EscapingVelocityViewRenderer renderer = new EscapingVelocityViewRenderer(new PropertiesI18n("i18n/test.properties"));
        Map<String, Object> context = new HashMap<>();

        // when: the same nodes meet a Named, then an Other, then a Named again; a Map in a later render
        context.put("items", List.of(new Named("a<"), new Other("b"), new Named("c")));
        String first = renderer.render("templates/test/same-reference.vm", context);
        context.put("items", List.of(new Other("d"), new Named("e&")));
        String second = renderer.render("templates/test/same-reference.vm", context);

        // then
        assertEquals("a&lt;|named a&lt;|Hello a&lt;\nb|other b|Hello b\nc|named c|Hello c\n", first);
        assertEquals("d|other d|Hello d\ne&amp;|named e&amp;|Hello e&amp;\n", second);
    }

    /** Two unrelated classes with a getter and a method of the same names. */
    public static final class Named {
        private final String name;

        Named(String name) {
            this.name = name;
        }

        public String getName() {
            return name;
        }

        public String label() {
            return "named " + name;
        }
    }

    public static final class Other {
        private final String name;

        Other(String name) {
            this.name = name;
        }

        public String getName() {
            return name;
        }

        public String label() {
            return "other " + name;
        }
    }

    private Map<String, String> renderEscapingTemplate() {
        Map<String, Object> context = new HashMap<>();
        context.put("text", HOSTILE);
        context.put("trustedHtml", HOSTILE);
        context.put("body", HOSTILE);
        context.put("model", new Model());
        String output = new EscapingVelocityViewRenderer(new PropertiesI18n("i18n/test.properties"))
                .render("templates/test/escaping.vm", context);
        Map<String, String> lines = new HashMap<>();
        List<String> all = Arrays.asList(output.split("\n"));
        all.forEach(line -> lines.put(line.substring(0, line.indexOf('=')), line.substring(line.indexOf('=') + 1)));
        return lines;
    }

    /** A view whose every getter returns the same hostile text, so only the names decide. */
    public static final class Model {
        public String getValue() {
            return HOSTILE;
        }

        public String getValueHtml() {
            return HOSTILE;
        }

        public String renderValue() {
            return HOSTILE;
        }

        public String getRenderedValue() {
            return HOSTILE;
        }
    }
}
