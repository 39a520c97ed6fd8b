package com.gluework.preview.jirarest;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * What a reader made of a Jira REST document, kept for as long as the reader when its {@link JiraRest} answers with
 * documents that never change ({@link JiraRest#answersNeverChange()}, the demo's snapshot); read anew every time
 * otherwise (a live Jira). WHY: the preview's panel read the demo issue — its fields, sprint field and change history —
 * two or three times per render, about a sixth of the render's CPU (JFR, issue 13), for documents that cannot change.
 * <p>
 * Keyed by the document's identity, not its content: the snapshot hands out the same object for the same document, so
 * a look-up costs no hashing of the JSON, and two documents that merely look alike are never confused. Only the
 * snapshot's own documents are ever keys, so this holds no more entries than the snapshot holds documents. What is
 * kept must be immutable, since every caller gets the same value. Thread-safe; two threads reading the same new
 * document at once may both read it, and either result is kept (they are equal).
 *
 * @param <V> what the reader makes of a document
 */
final class ReadOnce<V> {
    private final boolean keep;
    private final Map<JsonNode, V> read = Collections.synchronizedMap(new IdentityHashMap<>());

    ReadOnce(JiraRest jira) {
        this.keep = jira.answersNeverChange();
    }

    V get(JsonNode document, Function<JsonNode, V> reader) {
        if (!keep) {
            return reader.apply(document);
        }
        V known = read.get(document);
        if (known == null) {
            known = reader.apply(document);
            read.put(document, known);
        }
        return known;
    }
}
