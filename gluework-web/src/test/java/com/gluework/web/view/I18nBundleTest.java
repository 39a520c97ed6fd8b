package com.gluework.web.view;

import com.gluework.web.testing.PropertiesI18n;
import org.junit.Test;

import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

public class I18nBundleTest {
    private static final Pattern TEMPLATE_KEY = Pattern.compile("\\$i18n\\.getText\\(\"([^\"]+)\"");
    private static final Pattern SCRIPT_KEY = Pattern.compile("AJS\\.I18n\\.getText\\('([^']+)'\\)");
    private static final Pattern SCRIPT_CALL = Pattern.compile("AJS\\.I18n\\.getText\\(");
    private static final Pattern KEY_SHAPE = Pattern.compile("gluework\\.[a-z]+\\.[a-z]+(\\.[a-z]+)*");
    private static final Pattern LONE_APOSTROPHE = Pattern.compile("(?<!')'(?!')");

    private final Set<String> defined = new PropertiesI18n().patterns().keySet();

    @Test
    public void template_shouldOnlyUseKeysTheBundleDefines() {
        // when
        List<String> used = WebResourceFiles.all(TEMPLATE_KEY, WebResourceFiles.text(WebResourceFiles.TEMPLATE));

        // then
        assertTrue("the template uses i18n at all", used.size() > 20);
        assertEquals(List.of(), missing(used));
    }

    @Test
    public void script_shouldOnlyUseKeysTheBundleDefines() {
        // when
        List<String> used = WebResourceFiles.all(SCRIPT_KEY, WebResourceFiles.text(WebResourceFiles.SCRIPT));

        // then
        assertTrue("the script uses i18n at all", used.size() > 5);
        assertEquals(List.of(), missing(used));
    }

    @Test
    public void script_shouldPassOnlyLiteralKeysWhichJirasTransformerCanReplace() {
        // given
        String script = WebResourceFiles.text(WebResourceFiles.SCRIPT);

        // then
        assertEquals(WebResourceFiles.all(Pattern.compile("(" + SCRIPT_CALL.pattern() + ")"), script).size(),
                WebResourceFiles.all(SCRIPT_KEY, script).size());
    }

    @Test
    public void bundle_shouldHoldOnlyAsciiAsAtlassianReadsItAsIso88591() {
        for (byte b : WebResourceFiles.bytes(WebResourceFiles.BUNDLE)) {
            assertTrue("non-ASCII byte " + (b & 0xff), b >= 0);
        }
    }

    @Test
    public void bundle_shouldHoldValidMessageFormatsWithDoubledApostrophes() {
        new PropertiesI18n().patterns().forEach((key, pattern) -> {
            new MessageFormat(pattern); // throws on a broken pattern
            assertTrue(key + " has a lone apostrophe, which MessageFormat would swallow",
                    !LONE_APOSTROPHE.matcher(pattern).find());
        });
    }

    @Test
    public void bundle_shouldNameEveryKeyGlueworkFeatureElement() {
        for (String key : defined) {
            assertTrue(key, KEY_SHAPE.matcher(key).matches());
        }
        assertTrue("the Jira web panel's label", defined.contains("gluework.panel.title"));
    }

    private List<String> missing(List<String> used) {
        List<String> missing = new ArrayList<>(used);
        missing.removeAll(defined);
        return missing;
    }
}
