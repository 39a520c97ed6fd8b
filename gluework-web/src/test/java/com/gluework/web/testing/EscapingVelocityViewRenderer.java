package com.gluework.web.testing;

import com.gluework.web.view.Utf8BufferWriter;
import com.gluework.web.view.ViewRenderer;
import org.apache.velocity.Template;
import org.apache.velocity.VelocityContext;
import org.apache.velocity.app.VelocityEngine;
import org.apache.velocity.app.event.ReferenceInsertionEventHandler;
import org.apache.velocity.context.Context;
import org.apache.velocity.runtime.RuntimeConstants;
import org.apache.velocity.runtime.resource.loader.ClasspathResourceLoader;
import org.apache.velocity.util.introspection.IntrospectionCacheData;

import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Renders classpath templates with Velocity 2 the way Atlassian Template Renderer renders them in Jira: every
 * inserted reference is HTML-escaped unless its name marks it as HTML (atlassian-platform.md §4.4), and
 * {@code $i18n} is in the context. Velocity is configured to behave like the products' Velocity 1.7 where the two
 * differ (whitespace, empty-string truthiness, "-" in names), so a template that passes here works there.
 */
public final class EscapingVelocityViewRenderer implements ViewRenderer {
    /** A rendered issue panel: 10,000 to 34,000 characters on the demo issues (GW-1…40, as bob). */
    private static final int INITIAL_OUTPUT_CHARS = 32 * 1024;
    /** The same panels as UTF-8 over a store of 100,000 contributions: 32 to 58 kB (docs/benchmarks.md, issue 13). */
    private static final int INITIAL_OUTPUT_BYTES = 64 * 1024;
    /** Names ATR never escapes whatever they hold (Sitemesh decorator variables). */
    private static final Set<String> UNESCAPED_NAMES = Set.of("xHtmlContent", "body", "head");

    private final VelocityEngine engine;
    private final PropertiesI18n i18n;
    /** Velocity's introspection cache for this renderer's templates, kept from one render to the next. */
    private final Map<Object, IntrospectionCacheData> introspection = new ConcurrentHashMap<>();
    /** Parsed templates by path; bounded by the templates on the class path. */
    private final Map<String, Template> templates = new ConcurrentHashMap<>();

    public EscapingVelocityViewRenderer() {
        this(new PropertiesI18n());
    }

    public EscapingVelocityViewRenderer(PropertiesI18n i18n) {
        this.i18n = i18n;
        this.engine = new VelocityEngine();
        engine.setProperty(RuntimeConstants.RESOURCE_LOADERS, "classpath");
        engine.setProperty("resource.loader.classpath.class", ClasspathResourceLoader.class.getName());
        engine.setProperty(RuntimeConstants.INPUT_ENCODING, StandardCharsets.UTF_8.name());
        // Parse each template once, as Jira's template renderer does: Velocity 2 re-parses a classpath template on
        // every getTemplate unless its loader caches. Parsing was 42% of the panel's CPU over HTTP in the preview
        // (JFR, issue 13); templates come from the jar, so there is nothing to reload.
        engine.setProperty("resource.loader.classpath.cache", true);
        engine.setProperty("resource.loader.classpath.modification_check_interval", -1);
        // Velocity 1.7 behaviour: keep whitespace as 1.7 did, treat "" as true in #if, allow "-" inside names.
        engine.setProperty(RuntimeConstants.SPACE_GOBBLING, "bc");
        engine.setProperty(RuntimeConstants.CHECK_EMPTY_OBJECTS, false);
        engine.setProperty(RuntimeConstants.PARSER_HYPHEN_ALLOWED, true);
        // The escaping handler once for the engine, not in an event cartridge attached to every render's context:
        // Velocity calls a context's cartridge through a synchronized setRuntimeServices on every inserted reference
        // (a few hundred per panel; JFR, issue 13). Same handler, same rule, for every template this engine renders.
        engine.setProperty(RuntimeConstants.EVENTHANDLER_REFERENCEINSERTION, HtmlEscapingInsertion.class.getName());
        engine.init();
    }

    @Override
    public String render(String templatePath, Map<String, Object> context) {
        // Room for a panel up front: growing the buffer by doubling copied it several times per render (JFR, issue 13).
        StringBuilderWriter out = new StringBuilderWriter(INITIAL_OUTPUT_CHARS);
        merge(templatePath, context, out);
        return out.toString();
    }

    /** Encodes as it renders ({@link Utf8BufferWriter}): the same bytes as {@link #render}'s text in UTF-8. */
    @Override
    public byte[] renderUtf8(String templatePath, Map<String, Object> context) {
        Utf8BufferWriter out = new Utf8BufferWriter(INITIAL_OUTPUT_BYTES);
        merge(templatePath, context, out);
        return out.toByteArray();
    }

    private void merge(String templatePath, Map<String, Object> context, Writer out) {
        VelocityContext velocityContext = new SharedIntrospectionContext(new HashMap<>(context), introspection);
        velocityContext.put("i18n", i18n);
        template(templatePath).merge(velocityContext, out);
    }

    /**
     * Each template as the engine parsed it, looked up once per path: the engine's own cache builds a key and goes
     * through its resource manager on every call (JFR, issue 13). Templates come from the jar and are never reloaded
     * (the loader's modification check is off), so the engine would return this same object anyway.
     */
    private Template template(String templatePath) {
        return templates.computeIfAbsent(templatePath, path -> engine.getTemplate(path, StandardCharsets.UTF_8.name()));
    }

    /**
     * A context whose introspection cache outlives the render. Velocity caches, per template node, the getter or
     * method it found for the class of the object the node was last evaluated on — in the context, so a new context
     * per render looked every {@code $row.summary} and {@code $i18n.getText(…)} up again by reflection on every render
     * (about a fifth of the panel's merge, JFR, issue 13). Reusing a context across merges is what Velocity's cache is
     * designed for; each entry is checked against the object's class before use, so another class simply replaces it.
     * The keys are the parsed templates' nodes (the engine caches them for good) and method signatures, never a
     * rendered value, so the map is bounded by the templates. Concurrent renders share it: entries are immutable once
     * put, a race only puts an equal entry twice.
     */
    private static final class SharedIntrospectionContext extends VelocityContext {
        private final transient Map<Object, IntrospectionCacheData> introspection;

        SharedIntrospectionContext(Map<String, Object> values, Map<Object, IntrospectionCacheData> introspection) {
            super(values);
            this.introspection = introspection;
        }

        @Override
        public IntrospectionCacheData icacheGet(Object key) {
            return key == null ? null : introspection.get(key);
        }

        @Override
        public void icachePut(Object key, IntrospectionCacheData entry) {
            if (key == null) {
                return;
            }
            if (entry == null) {
                introspection.remove(key); // Velocity clears a node's entry this way
            } else {
                introspection.put(key, entry);
            }
        }
    }

    /**
     * A {@link java.io.StringWriter} without its lock: {@code StringWriter} appends to a {@code StringBuffer}, whose
     * every append is synchronized, and Velocity writes each piece of text and each reference separately — a tenth of
     * the panel's merge went to those appends (JFR, issue 13). One render writes to its own buffer on one thread.
     */
    private static final class StringBuilderWriter extends Writer {
        private final StringBuilder buffer;

        StringBuilderWriter(int capacity) {
            this.buffer = new StringBuilder(capacity);
        }

        @Override
        public void write(int c) {
            buffer.append((char) c);
        }

        @Override
        public void write(char[] chars, int offset, int length) {
            buffer.append(chars, offset, length);
        }

        @Override
        public void write(String text) {
            buffer.append(text);
        }

        @Override
        public void write(String text, int offset, int length) {
            buffer.append(text, offset, offset + length);
        }

        @Override
        public Writer append(CharSequence text) {
            buffer.append(text);
            return this;
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }

        @Override
        public String toString() {
            return buffer.toString();
        }
    }

    /**
     * ATR's rule: a reference is inserted as it is when the name of its last segment ends in "html" (any case), when
     * that name starts with "render" or "getRender" (the method name rule), or when it is one of the decorator
     * names; everything else is escaped.
     *
     * @param reference the reference as written in the template, e.g. {@code $!{row.summary}} or
     *                  {@code $i18n.getText("key", $x)}
     */
    public static boolean isInsertedUnescaped(String reference) {
        String name = lastSegmentName(reference);
        return name.toLowerCase(Locale.ROOT).endsWith("html")
                || name.startsWith("render") || name.startsWith("getRender")
                || (UNESCAPED_NAMES.contains(name) && isSingleSegment(reference));
    }

    /**
     * Escapes {@code & < > "} — deliberately not {@code '}: that mirrors the weakest escaper the products might use,
     * so a template that relied on apostrophes being escaped (a single-quoted attribute) would fail its tests.
     */
    public static String escape(String text) {
        int first = 0;
        while (first < text.length() && !needsEscaping(text.charAt(first))) {
            first++;
        }
        if (first == text.length()) {
            return text; // most inserted values (ids, keys, names, i18n texts) have nothing to escape
        }
        StringBuilder out = new StringBuilder(text.length() + 16).append(text, 0, first);
        for (int i = first; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&': out.append("&amp;"); break;
                case '<': out.append("&lt;"); break;
                case '>': out.append("&gt;"); break;
                case '"': out.append("&quot;"); break;
                default: out.append(c);
            }
        }
        return out.toString();
    }

    private static boolean needsEscaping(char c) {
        return c == '&' || c == '<' || c == '>' || c == '"';
    }

    /** {@code $!{a.b.getC("x.y", $d.e)}} → {@code getC}; {@code $a} → {@code a}. */
    static String lastSegmentName(String reference) {
        String body = strip(reference);
        int depth = 0;
        char quote = 0;
        int segmentStart = 0;
        for (int i = 0; i < body.length(); i++) {
            char c = body.charAt(i);
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                }
            } else if (c == '"' || c == '\'') {
                quote = c;
            } else if (c == '(' || c == '[') {
                depth++;
            } else if (c == ')' || c == ']') {
                depth--;
            } else if (c == '.' && depth == 0) {
                segmentStart = i + 1;
            }
        }
        String segment = body.substring(segmentStart);
        int end = 0;
        while (end < segment.length() && (Character.isLetterOrDigit(segment.charAt(end)) || segment.charAt(end) == '_'
                || segment.charAt(end) == '-')) {
            end++;
        }
        return segment.substring(0, end);
    }

    private static boolean isSingleSegment(String reference) {
        return strip(reference).indexOf('.') < 0;
    }

    private static String strip(String reference) {
        String body = reference.startsWith("$") ? reference.substring(1) : reference;
        body = body.startsWith("!") ? body.substring(1) : body;
        if (body.startsWith("{") && body.endsWith("}")) {
            body = body.substring(1, body.length() - 1);
        }
        return body;
    }

    /**
     * Whether each reference is inserted unescaped, decided once per reference text. WHY: the panel inserts a few
     * hundred references per render and re-parsing each one's text showed in its profile (issue 13). The keys are the
     * references as written in the templates (never a rendered value, so nothing of one viewer's data is kept), so the
     * map is bounded by the templates' size.
     */
    private static final Map<String, Boolean> UNESCAPED_REFERENCES = new ConcurrentHashMap<>();

    /** Public with a public constructor: the engine creates it by class name (its reference-insertion setting). */
    public static final class HtmlEscapingInsertion implements ReferenceInsertionEventHandler {
        @Override
        public Object referenceInsert(Context context, String reference, Object value) {
            return value == null || UNESCAPED_REFERENCES.computeIfAbsent(reference,
                    EscapingVelocityViewRenderer::isInsertedUnescaped) ? value : escape(value.toString());
        }
    }
}
