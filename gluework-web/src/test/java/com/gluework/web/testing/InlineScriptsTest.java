package com.gluework.web.testing;

import org.junit.Test;

import java.util.List;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

/** The inline-script finder must see what a browser would run, however it is spelled, and nothing else. */
public class InlineScriptsTest {

    @Test
    public void inRenderedHtml_shouldFindEveryEventHandlerAttributeHoweverItIsWritten() {
        for (String html : List.of(
                "<form onsubmit=\"return false;\"></form>",
                "<img src=\"x.png\" onerror=alert(1)>",
                "<img/onerror=alert(1) src=x>",
                "<svg><circle ONLOAD='alert(1)'/></svg>",
                "<body onload=\"x()\"><p>text</p></body>",
                "<details open ontoggle=\"x()\"><summary>s</summary></details>")) {
            List<String> findings = InlineScripts.inRenderedHtml(html);
            assertEquals(html + " → " + findings, 1, findings.size());
            assertTrue(findings.get(0), findings.get(0).startsWith("event-handler attribute "));
        }
    }

    @Test
    public void inRenderedHtml_shouldFindJavascriptUrlsAfterUndoingWhatTheBrowserUndoes() {
        for (String html : List.of(
                "<a href=\"javascript:alert(1)\">x</a>",
                "<a href=\"  JaVaScRiPt:alert(1)\">x</a>",
                "<a href=\"jav&#x61;script:alert(1)\">x</a>",
                "<a href=\"java&#9;script:alert(1)\">x</a>",
                "<a href=\"java\nscript:alert(1)\">x</a>",
                "<a href=\"&#x01;javascript:alert(1)\">x</a>",
                "<iframe src=\"javascript:alert(1)\"></iframe>",
                "<form action=\"javascript:alert(1)\"></form>",
                "<form><button formaction=\"javascript:alert(1)\">x</button></form>",
                "<svg><a xlink:href=\"javascript:alert(1)\"><text>x</text></a></svg>",
                "<object data=\"javascript:alert(1)\"></object>",
                "<meta http-equiv=\"refresh\" content=\"0; url=javascript:alert(1)\">")) {
            List<String> findings = InlineScripts.inRenderedHtml(html);
            assertEquals(html + " → " + findings, 1, findings.size());
            assertTrue(findings.get(0), findings.get(0).startsWith("javascript: URL"));
        }
    }

    @Test
    public void inRenderedHtml_shouldFindInlineScriptWithoutANonce_butAllowScriptFilesAndNoncedScript() {
        assertEquals(1, InlineScripts.inRenderedHtml("<p>x</p><script>alert(1)</script>").size());
        assertEquals(1, InlineScripts.inRenderedHtml("<script type=\"module\">import('/x.js')</script>").size());
        assertEquals(1, InlineScripts.inRenderedHtml("<svg><script>alert(1)</script></svg>").size());
        assertEquals(1, InlineScripts.inRenderedHtml("<script nonce=\"\">alert(1)</script>").size());
        assertEquals(1, InlineScripts.inRenderedHtml("<iframe srcdoc=\"&lt;script&gt;alert(1)&lt;/script&gt;\"></iframe>").size());

        assertEquals(List.of(), InlineScripts.inRenderedHtml("<script src=\"/static/preview/preview.js\"></script>"));
        assertEquals(List.of(), InlineScripts.inRenderedHtml("<script nonce=\"r4nd0m\">init()</script>"));
    }

    @Test
    public void inRenderedHtml_shouldLeaveOrdinaryMarkupAndEscapedTextAlone() {
        String html = "<!DOCTYPE html><html lang=\"en\"><head><title>t</title></head><body>"
                + "<a href=\"/browse/GW-1\" data-note=\"javascript:alert(1)\" title=\"onclick=alert(1)\">GW-1</a>"
                + "<p>javascript:alert(1) &lt;script&gt;alert(1)&lt;/script&gt; &lt;img onerror=alert(1)&gt;</p>"
                + "<button type=\"button\" aria-controls=\"x\">Record glue</button><img src=\"data:image/png;base64,AA==\" alt=\"\">"
                + "</body></html>";

        assertEquals(List.of(), InlineScripts.inRenderedHtml(html));
    }

    @Test
    public void inTemplateSource_shouldNameTheLineOfEachFinding_andIgnoreVelocityComments() {
        String template = String.join("\n",
                "## onclick=\"x()\" and javascript: in a comment never reach a page",
                "#* <script>alert(1)</script> *#",
                "<form class=\"aui\" action=\"#\"#if($x) onsubmit=\"return false;\"#end>",
                "  <a href=\"$url\">ok</a> <a href=\"javascript:$code\">bad</a>",
                "</form>",
                "<script>init();</script>",
                "<script src=\"/static/x.js\"></script>");

        List<String> findings = InlineScripts.inTemplateSource(template);

        assertTrue(findings.toString(), findings.contains("line 3: event-handler attribute onsubmit"));
        assertTrue(findings.toString(), findings.contains("line 4: javascript: URL"));
        assertTrue(findings.toString(), findings.contains("line 6: inline <script> without a nonce: <script>"));
        assertTrue(findings.toString(), findings.stream().noneMatch(f -> f.startsWith("line 1") || f.startsWith("line 2")
                || f.startsWith("line 7")));
    }
}
