package com.gluework.preview.http;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedHashMap;
import org.glassfish.jersey.message.internal.ReaderWriter;
import org.junit.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.lang.annotation.Annotation;
import java.util.List;

import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

public class HtmlStringBodyWriterTest {
    private static final Annotation[] NONE = new Annotation[0];
    /** ASCII, Latin-1, beyond Latin-1 (the panel's "…"), a supplementary character, and a lone surrogate. */
    private static final List<String> TEXTS = List.of("", "<li class=\"gluework-contribution\">GW-1</li>",
            "Zoë & Łukasz — Choose a category\u2026", "emoji \uD83D\uDE00 ok", "broken \uD800 surrogate");

    @Test
    public void writeTo_shouldWriteTheSameBytesAsJerseysOwnStringWriter_forEveryCharsetTheMediaTypeNames() throws IOException {
        for (MediaType type : List.of(MediaType.TEXT_HTML_TYPE, MediaType.valueOf("text/html;charset=UTF-8"),
                MediaType.valueOf("text/html;charset=ISO-8859-1"), MediaType.valueOf("text/html;charset=UTF-16"))) {
            for (String text : TEXTS) {
                assertArrayEquals(type + " " + text, jerseys(text, type), ours(text, type));
            }
        }
    }

    @Test
    public void isWriteable_shouldTakeStringsOnly() {
        HtmlStringBodyWriter writer = new HtmlStringBodyWriter();
        assertTrue(writer.isWriteable(String.class, String.class, NONE, MediaType.TEXT_HTML_TYPE));
        assertFalse(writer.isWriteable(byte[].class, byte[].class, NONE, MediaType.TEXT_HTML_TYPE));
        assertFalse(writer.isWriteable(Object.class, Object.class, NONE, MediaType.TEXT_HTML_TYPE));
    }

    private static byte[] ours(String text, MediaType type) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new HtmlStringBodyWriter().writeTo(text, String.class, String.class, NONE, type, new MultivaluedHashMap<>(), out);
        return out.toByteArray();
    }

    private static byte[] jerseys(String text, MediaType type) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ReaderWriter.writeToAsString(text, out, type); // what Jersey's StringMessageProvider.writeTo does
        return out.toByteArray();
    }
}
