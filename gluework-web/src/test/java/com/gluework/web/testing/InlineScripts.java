package com.gluework.web.testing;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds script in markup that a strict Content-Security-Policy (scripts only from files, no {@code 'unsafe-inline'})
 * would block: the preview's pages and Jira's pages would then break for real users, or the browser tests' console
 * check would catch it only for the pages a browser test happens to open. Three kinds:
 * <ul>
 *   <li>an event-handler attribute: any attribute whose name starts with {@code on} ({@code onclick}, {@code onsubmit},
 *       SVG's {@code onload}, …);</li>
 *   <li>a {@code javascript:} URL in any attribute that holds a URL ({@code href}, {@code src}, {@code action},
 *       {@code formaction}, {@code xlink:href}, …) or in a meta refresh, after undoing what browsers undo: character
 *       references, surrounding spaces and control characters, tabs and line breaks inside, letter case;</li>
 *   <li>an inline {@code <script>} (one without {@code src}) that carries no nonce.</li>
 * </ul>
 * Rendered markup is parsed by jsoup's HTML5 parser, as a browser would parse it, so {@code <img/onerror=…>} or an
 * entity-encoded {@code jav&#x61;script:} cannot slip past a pattern. Template sources are also searched line by line,
 * so a construct Velocity would assemble at render time still shows up in the file that writes it.
 */
public final class InlineScripts {
    /** Attributes whose value the browser follows or loads as a URL. */
    private static final Set<String> URL_ATTRIBUTES = Set.of("href", "src", "action", "formaction", "xlink:href",
            "data", "poster", "background", "cite", "longdesc", "ping", "codebase", "manifest", "lowsrc", "dynsrc",
            "usemap", "icon", "profile", "archive", "classid");
    private static final Pattern URL_NOISE = Pattern.compile("[\\t\\n\\r]");
    private static final Pattern VELOCITY_BLOCK_COMMENT = Pattern.compile("#\\*.*?\\*#", Pattern.DOTALL);
    private static final Pattern VELOCITY_LINE_COMMENT = Pattern.compile("##[^\\n]*");
    private static final Pattern SOURCE_HANDLER = Pattern.compile("<[a-zA-Z][^<>]*?(?<![\\w:-])(on[a-zA-Z]+)\\s*=");
    private static final Pattern SOURCE_JAVASCRIPT_URL = Pattern.compile("(?i)javascript\\s*:");
    private static final Pattern SOURCE_SCRIPT_TAG = Pattern.compile("(?i)<script\\b[^>]*>");
    private static final Pattern SOURCE_SRC_OR_NONCE = Pattern.compile("(?i)\\s(src|nonce)\\s*=");

    private InlineScripts() {
    }

    /** What a browser would run inline in this rendered page or fragment, one readable finding each. */
    public static List<String> inRenderedHtml(String html) {
        Document document = Jsoup.parse(html);
        List<String> findings = new ArrayList<>();
        for (Element element : document.getAllElements()) {
            for (Attribute attribute : element.attributes()) {
                String name = attribute.getKey().toLowerCase(Locale.ROOT);
                if (name.startsWith("on")) {
                    findings.add("event-handler attribute " + attribute.getKey() + " on " + startTag(element));
                } else if (URL_ATTRIBUTES.contains(name) && isJavascriptUrl(attribute.getValue())) {
                    findings.add("javascript: URL in " + attribute.getKey() + " on " + startTag(element));
                } else if (name.equals("srcdoc")) {
                    inRenderedHtml(attribute.getValue()).forEach(f -> findings.add(f + " (inside srcdoc of " + startTag(element) + ")"));
                }
            }
            if (element.normalName().equals("meta") && element.attr("http-equiv").equalsIgnoreCase("refresh")
                    && normalisedUrl(element.attr("content")).contains("javascript:")) {
                findings.add("javascript: URL in a meta refresh " + startTag(element));
            }
            if (element.normalName().equals("script") && !element.hasAttr("src") && element.attr("nonce").isBlank()) {
                findings.add("inline <script> without a nonce: " + abbreviate(element.outerHtml()));
            }
        }
        return findings;
    }

    /**
     * The same three kinds in a template's source: its markup as parsed (Velocity comments removed, since they never
     * reach a page), and, with line numbers, every spot in the text that writes one of them.
     */
    public static List<String> inTemplateSource(String source) {
        String withoutComments = VELOCITY_LINE_COMMENT.matcher(VELOCITY_BLOCK_COMMENT.matcher(source)
                .replaceAll(m -> "\n".repeat((int) m.group().chars().filter(c -> c == '\n').count()))).replaceAll("");
        List<String> findings = new ArrayList<>(inRenderedHtml(withoutComments));
        Matcher handler = SOURCE_HANDLER.matcher(withoutComments);
        while (handler.find()) {
            findings.add("line " + lineOf(withoutComments, handler.start(1)) + ": event-handler attribute " + handler.group(1));
        }
        Matcher url = SOURCE_JAVASCRIPT_URL.matcher(withoutComments);
        while (url.find()) {
            findings.add("line " + lineOf(withoutComments, url.start()) + ": javascript: URL");
        }
        Matcher script = SOURCE_SCRIPT_TAG.matcher(withoutComments);
        while (script.find()) {
            if (!SOURCE_SRC_OR_NONCE.matcher(script.group()).find()) {
                findings.add("line " + lineOf(withoutComments, script.start()) + ": inline <script> without a nonce: " + script.group());
            }
        }
        return findings;
    }

    /** As the URL parser sees it: tabs and line breaks removed anywhere, spaces and controls trimmed, lower case. */
    private static boolean isJavascriptUrl(String value) {
        return normalisedUrl(value).startsWith("javascript:");
    }

    private static String normalisedUrl(String value) {
        String url = URL_NOISE.matcher(value).replaceAll("");
        int start = 0;
        int end = url.length();
        while (start < end && url.charAt(start) <= ' ') {
            start++;
        }
        while (end > start && url.charAt(end - 1) <= ' ') {
            end--;
        }
        return url.substring(start, end).toLowerCase(Locale.ROOT);
    }

    private static String startTag(Element element) {
        String outer = element.shallowClone().empty().outerHtml();
        int close = outer.indexOf('>');
        return abbreviate(close < 0 ? outer : outer.substring(0, close + 1));
    }

    private static String abbreviate(String text) {
        String oneLine = text.replaceAll("\\s+", " ");
        return oneLine.length() <= 160 ? oneLine : oneLine.substring(0, 157) + "...";
    }

    private static int lineOf(String text, int index) {
        int line = 1;
        for (int i = 0; i < index; i++) {
            if (text.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }
}
