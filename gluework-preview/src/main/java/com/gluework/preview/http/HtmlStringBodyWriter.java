package com.gluework.preview.http;

import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyWriter;
import jakarta.ws.rs.ext.Provider;

import java.io.IOException;
import java.io.OutputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/**
 * Writes an HTML fragment the resources return as a {@code String} (the issue panel, the report) with one
 * {@link String#getBytes(Charset)}: the same bytes Jersey's own {@code StringMessageProvider} writes — the media
 * type's {@code charset}, UTF-8 when it names none, unmappable characters as {@code ?} — without its
 * {@code OutputStreamWriter}, whose char-by-char encoder was a tenth of the panel's CPU over HTTP in the preview (JFR,
 * issue 13; the panel is 10,000–34,000 characters). Preview wiring only: in Jira the REST module writes the answer.
 * More specific than Jersey's {@code *}{@code /*} writer for {@code text/html}, so Jersey picks this one there and
 * keeps its own for every other type.
 */
@Provider
@Produces(MediaType.TEXT_HTML)
public final class HtmlStringBodyWriter implements MessageBodyWriter<String> {
    @Override
    public boolean isWriteable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return type == String.class;
    }

    @Override
    public void writeTo(String text, Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType,
                        MultivaluedMap<String, Object> httpHeaders, OutputStream entityStream) throws IOException {
        entityStream.write(text.getBytes(charsetOf(mediaType)));
    }

    /** As Jersey's {@code ReaderWriter.getCharset}: the {@code charset} parameter, else UTF-8. */
    static Charset charsetOf(MediaType mediaType) {
        String name = mediaType == null ? null : mediaType.getParameters().get(MediaType.CHARSET_PARAMETER);
        return name == null ? StandardCharsets.UTF_8 : Charset.forName(name);
    }
}
