package com.gluework.web.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.text.MessageFormat;
import java.util.Collections;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The {@code $i18n} of templates outside Atlassian products: reads the plugin's i18n bundle from the classpath and,
 * like Atlassian's resolvers, formats every text with {@link MessageFormat} (so {@code ''} is an apostrophe and
 * {@code {0}} an argument) and answers an unknown key with the key itself.
 */
public final class PropertiesI18n {
    /** The bundle the Jira descriptor's i18n resource names. */
    public static final String BUNDLE = "i18n/gluework.properties";

    private final Map<String, String> patterns;
    /**
     * The same patterns for look-ups: a hash look-up instead of the sorted map's dozen comparisons of long keys that
     * share their {@code gluework.} prefix; the panel asks for dozens of texts per render (JFR, issue 13).
     */
    private final Map<String, String> byKey;
    /** The patterns with placeholders or quotes, parsed once each; bounded by the bundle's keys. */
    private final Map<String, ParsedPattern> formats = new ConcurrentHashMap<>();

    public PropertiesI18n() {
        this(BUNDLE);
    }

    public PropertiesI18n(String classpathResource) {
        this.patterns = load(classpathResource);
        this.byKey = Map.copyOf(patterns);
    }

    public String getText(String key) {
        return getText(key, new Object[0]);
    }

    public String getText(String key, Object... arguments) {
        String pattern = byKey.get(key);
        if (pattern == null) {
            return key;
        }
        // A pattern with neither a placeholder nor a quote formats to itself: skip building a MessageFormat for it
        // (most of a template's texts; the panel asks for dozens per render).
        if (pattern.indexOf('{') < 0 && pattern.indexOf('\'') < 0) {
            return pattern;
        }
        // Parse each pattern once; a MessageFormat is not thread-safe, so each use formats with a copy of the parsed
        // one (a clone copies the parsed pieces, it does not parse again). Parsing showed in the panel's profile.
        ParsedPattern parsed = formats.computeIfAbsent(key, k -> ParsedPattern.of(pattern));
        return ((MessageFormat) parsed.format().clone()).format(parsed.plainPlaceholders() ? smallIntegersAsText(arguments)
                : arguments);
    }

    /**
     * A small whole number as the text {@link MessageFormat} would write for it in a plain {@code {n}} placeholder.
     * WHY: for a number there MessageFormat asks {@code NumberFormat.getInstance(locale)} for a new formatter on every
     * call, which showed in the panel's profile (its counts, issue 13). Below 1,000 in either direction English
     * formatting has no grouping separator and writes the sign as {@code -}, so the decimal digits are the same text;
     * anything else is left to MessageFormat.
     */
    private static Object[] smallIntegersAsText(Object[] arguments) {
        Object[] out = arguments;
        for (int i = 0; i < arguments.length; i++) {
            Object argument = arguments[i];
            if ((argument instanceof Integer || argument instanceof Long || argument instanceof Short || argument instanceof Byte)
                    && ((Number) argument).longValue() > -1000 && ((Number) argument).longValue() < 1000) {
                if (out == arguments) {
                    out = arguments.clone();
                }
                out[i] = Long.toString(((Number) argument).longValue());
            }
        }
        return out;
    }

    /**
     * A parsed pattern, and whether every one of its placeholders is plain ({@code {0}}, no {@code number},
     * {@code choice} or other format): only then is an argument written exactly as its own text would be.
     */
    private record ParsedPattern(MessageFormat format, boolean plainPlaceholders) {
        static ParsedPattern of(String pattern) {
            MessageFormat format = new MessageFormat(pattern, Locale.ENGLISH);
            return new ParsedPattern(format, java.util.Arrays.stream(format.getFormats()).allMatch(java.util.Objects::isNull));
        }
    }

    /** Every key and its unformatted pattern, sorted by key (e.g. for emulating the {@code jsI18n} transformer). */
    public Map<String, String> patterns() {
        return patterns;
    }

    private static Map<String, String> load(String classpathResource) {
        ClassLoader loader = PropertiesI18n.class.getClassLoader();
        try (InputStream in = loader.getResourceAsStream(classpathResource)) {
            if (in == null) {
                throw new IllegalArgumentException("No i18n bundle on the classpath at " + classpathResource);
            }
            // Properties.load(InputStream) reads ISO-8859-1 with \\u escapes, exactly as Atlassian loads bundles.
            Properties properties = new Properties();
            properties.load(in);
            Map<String, String> byKey = new TreeMap<>();
            properties.stringPropertyNames().forEach(k -> byKey.put(k, properties.getProperty(k)));
            return Collections.unmodifiableMap(byKey);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read i18n bundle " + classpathResource, e);
        }
    }
}
