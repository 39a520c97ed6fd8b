package com.gluework.web.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Rendered template output with the questions escaping tests ask of it. A light tag scanner is enough: the
 * question is never "is this good HTML" but "did user text create any markup", and user text that could create
 * markup would have to contain a raw {@code <} or {@code "}.
 */
public final class RenderedHtml {
    private static final Pattern TAG = Pattern.compile("<([a-zA-Z][a-zA-Z0-9-]*)((?:[^>\"']|\"[^\"]*\"|'[^']*')*)>");
    private static final Pattern ATTRIBUTE = Pattern.compile("\\s([^\\s=/>]+)(?:\\s*=\\s*(\"[^\"]*\"|'[^']*'|[^\\s>]+))?");
    private static final Pattern VELOCITY_REFERENCE = Pattern.compile("\\$!?\\{?(panel|row|link|category|person|i18n)\\b");
    private static final Pattern HREF = Pattern.compile("\\shref=\"([^\"]*)\"");

    private final String html;

    public RenderedHtml(String html) {
        this.html = html;
    }

    public boolean contains(String text) {
        return html.contains(text);
    }

    /** Every start tag as written, e.g. {@code <span class="x">}. */
    public List<String> tags() {
        List<String> tags = new ArrayList<>();
        Matcher m = TAG.matcher(html);
        while (m.find()) {
            tags.add(m.group());
        }
        return tags;
    }

    public List<String> tagsNamed(String name) {
        return tags().stream().filter(t -> nameOf(t).equalsIgnoreCase(name)).toList();
    }

    /** Start tags with an {@code on…=} attribute (onclick, onerror, …): the template itself has none. */
    public List<String> tagsWithEventHandlerAttributes() {
        return tags().stream().filter(t -> attributeNames(t).stream().anyMatch(a -> a.toLowerCase(Locale.ROOT).startsWith("on")))
                .toList();
    }

    /** Attributes with a value that is not in double quotes, as {@code tag: attribute}. */
    public List<String> attributesNotDoubleQuoted() {
        List<String> offending = new ArrayList<>();
        for (String tag : tags()) {
            Matcher m = ATTRIBUTE.matcher(tag.substring(1 + nameOf(tag).length(), tag.length() - 1));
            while (m.find()) {
                if (m.group(2) != null && !m.group(2).startsWith("\"")) {
                    offending.add(tag + ": " + m.group(1));
                }
            }
        }
        return offending;
    }

    public List<String> hrefs() {
        List<String> hrefs = new ArrayList<>();
        Matcher m = HREF.matcher(html);
        while (m.find()) {
            hrefs.add(m.group(1));
        }
        return hrefs;
    }

    /** Template references Velocity could not resolve (it prints them literally): a typo or a missing getter. */
    public List<String> unresolvedVelocityReferences() {
        List<String> found = new ArrayList<>();
        Matcher m = VELOCITY_REFERENCE.matcher(html);
        while (m.find()) {
            found.add(html.substring(m.start(), Math.min(html.length(), m.start() + 40)));
        }
        return found;
    }

    /** The ids of the form's inputs, selects and textareas. */
    public List<String> idsOfFormControls() {
        List<String> ids = new ArrayList<>();
        for (String tag : tags()) {
            String name = nameOf(tag).toLowerCase(Locale.ROOT);
            if (name.equals("input") || name.equals("select") || name.equals("textarea")) {
                Matcher id = Pattern.compile("\\sid=\"([^\"]*)\"").matcher(tag);
                if (id.find()) {
                    ids.add(id.group(1));
                }
            }
        }
        return ids;
    }

    @Override
    public String toString() {
        return html;
    }

    private static String nameOf(String tag) {
        Matcher m = TAG.matcher(tag);
        return m.lookingAt() ? m.group(1) : "";
    }

    private static List<String> attributeNames(String tag) {
        List<String> names = new ArrayList<>();
        Matcher m = ATTRIBUTE.matcher(tag.substring(1 + nameOf(tag).length(), tag.length() - 1));
        while (m.find()) {
            names.add(m.group(1));
        }
        return names;
    }
}
