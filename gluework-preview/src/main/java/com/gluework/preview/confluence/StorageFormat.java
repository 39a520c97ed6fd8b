package com.gluework.preview.confluence;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds one macro's calls in a page's Confluence storage format and leaves every other byte alone: a page is split
 * into segments — storage text as it is, and the calls of the named macro with their parameters — and joining the
 * segments gives back exactly the page. That is what keeps storage format round-tripping unchanged in the preview
 * (StorageFormatRoundTripTest runs it over real Confluence pages).
 */
public final class StorageFormat {
    private static final Pattern PARAMETER = Pattern.compile(
            "<ac:parameter\\s+ac:name=\"([^\"]*)\"\\s*(?:/>|>(.*?)</ac:parameter>)", Pattern.DOTALL);

    private StorageFormat() {
    }

    /** A piece of a page: storage text, or a call of the macro (its storage text and parameters). */
    public record Segment(String storage, Optional<Map<String, String>> macroParameters) {
        public boolean isMacro() {
            return macroParameters.isPresent();
        }
    }

    /** The page split around the calls of {@code macroName} (which has no body, so calls cannot nest). */
    public static List<Segment> split(String storage, String macroName) {
        Pattern call = Pattern.compile("<ac:structured-macro\\b[^>]*?\\bac:name=\"" + Pattern.quote(macroName)
                + "\"[^>]*?(?:/>|>(.*?)</ac:structured-macro>)", Pattern.DOTALL);
        List<Segment> segments = new ArrayList<>();
        Matcher matcher = call.matcher(storage);
        int at = 0;
        while (matcher.find()) {
            if (matcher.start() > at) {
                segments.add(new Segment(storage.substring(at, matcher.start()), Optional.empty()));
            }
            segments.add(new Segment(matcher.group(), Optional.of(parameters(matcher.group(1)))));
            at = matcher.end();
        }
        if (at < storage.length()) {
            segments.add(new Segment(storage.substring(at), Optional.empty()));
        }
        return segments;
    }

    public static String join(List<Segment> segments) {
        StringBuilder storage = new StringBuilder();
        segments.forEach(segment -> storage.append(segment.storage()));
        return storage.toString();
    }

    /** A macro call as Confluence's editor writes it, parameters in the given order. */
    public static String macroCall(String macroName, String macroId, Map<String, String> parameters) {
        StringBuilder storage = new StringBuilder("<ac:structured-macro ac:name=\"").append(escape(macroName))
                .append("\" ac:schema-version=\"1\" ac:macro-id=\"").append(escape(macroId)).append("\">");
        parameters.forEach((name, value) -> storage.append("<ac:parameter ac:name=\"").append(escape(name)).append("\">")
                .append(escape(value)).append("</ac:parameter>"));
        return storage.append("</ac:structured-macro>").toString();
    }

    private static Map<String, String> parameters(String body) {
        Map<String, String> parameters = new LinkedHashMap<>();
        if (body != null) {
            Matcher matcher = PARAMETER.matcher(body);
            while (matcher.find()) {
                parameters.put(unescape(matcher.group(1)), matcher.group(2) == null ? "" : unescape(matcher.group(2).strip()));
            }
        }
        return parameters;
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    static String unescape(String text) {
        return text.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'")
                .replace("&apos;", "'").replace("&amp;", "&");
    }
}
