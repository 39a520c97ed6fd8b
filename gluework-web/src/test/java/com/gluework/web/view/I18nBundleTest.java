package com.gluework.web.view;

import com.gluework.core.model.ChangeKind;
import com.gluework.core.model.FieldChange;
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
    /** A literal key, then either the end of the call or its arguments ({@code getText('k', n)} formats {0}). */
    private static final Pattern SCRIPT_KEY = Pattern.compile("AJS\\.I18n\\.getText\\('([^']+)'\\s*[,)]");
    private static final Pattern SCRIPT_CALL = Pattern.compile("AJS\\.I18n\\.getText\\(");
    private static final Pattern KEY_SHAPE = Pattern.compile("gluework\\.[a-z]+\\.[a-z]+(\\.[a-z]+)*");
    private static final Pattern LONE_APOSTROPHE = Pattern.compile("(?<!')'(?!')");

    private final Set<String> defined = new PropertiesI18n().patterns().keySet();

    @Test
    public void templates_shouldOnlyUseKeysTheBundleDefines() {
        for (String template : WebResourceFiles.TEMPLATES) {
            // when
            List<String> used = WebResourceFiles.all(TEMPLATE_KEY, WebResourceFiles.text(template));

            // then
            // At least one key: the admin page's body has only its heading and notes (its script holds the rest).
            assertTrue(template + " uses i18n at all", !used.isEmpty());
            assertEquals(template, List.of(), missing(used));
        }
    }

    @Test
    public void templates_shouldPassOnlyLiteralKeysSoEveryKeyCanBeChecked() {
        for (String template : WebResourceFiles.TEMPLATES) {
            String text = WebResourceFiles.text(template);
            assertEquals(template, WebResourceFiles.all(Pattern.compile("(\\$i18n\\.getText\\()"), text).size(),
                    WebResourceFiles.all(TEMPLATE_KEY, text).size());
        }
    }

    @Test
    public void historyTemplate_shouldWordEveryChangeKindAndEveryField() {
        // given: the history template words kinds and fields with one literal key each
        String history = WebResourceFiles.text(WebResourceFiles.HISTORY_TEMPLATE);

        // then: a kind or field the core adds later must be worded before it reaches users
        for (ChangeKind kind : ChangeKind.values()) {
            assertTrue(kind.name(), history.contains("$entry.kind == \"" + kind.name() + "\""));
        }
        for (String field : List.of(FieldChange.CATEGORY, FieldChange.CONTRIBUTOR, FieldChange.OCCURRED_ON, FieldChange.SUMMARY,
                FieldChange.IMPACT, FieldChange.BENEFICIARIES, FieldChange.EVIDENCE_LINKS, FieldChange.NOTE,
                FieldChange.CORROBORATOR)) {
            assertTrue(field, history.contains("$change.field == \"" + field + "\""));
        }
    }

    @Test
    public void bundle_shouldHoldNoPanelKeyThatNoTemplateOrScriptUses() {
        // given: the panel's own features (other features' keys may be used by a plugin descriptor instead)
        String everything = WebResourceFiles.allTemplates() + WebResourceFiles.allScripts();
        List<String> panelFeatures = List.of("gluework.panel.", "gluework.form.", "gluework.corroborate.",
                "gluework.history.", "gluework.definitions.", "gluework.js.");

        // then: only the Jira web panel's label is used elsewhere
        List<String> unused = defined.stream().filter(key -> panelFeatures.stream().anyMatch(key::startsWith))
                .filter(key -> !everything.contains("\"" + key + "\"") && !everything.contains("'" + key + "'"))
                .filter(key -> !key.equals("gluework.panel.title")).toList();
        assertEquals(List.of(), unused);
    }

    @Test
    public void scripts_shouldOnlyUseKeysTheBundleDefines() {
        // when
        List<String> used = WebResourceFiles.all(SCRIPT_KEY, WebResourceFiles.allScripts());
        List<String> panelKeys = WebResourceFiles.all(SCRIPT_KEY, WebResourceFiles.text(WebResourceFiles.SCRIPT));

        // then
        assertTrue("the panel script uses i18n at all", panelKeys.size() > 20);
        assertEquals(List.of(), missing(used));
    }

    @Test
    public void scripts_shouldPassOnlyLiteralKeysWhichJirasTransformerCanReplace() {
        // given
        String script = WebResourceFiles.allScripts();

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
