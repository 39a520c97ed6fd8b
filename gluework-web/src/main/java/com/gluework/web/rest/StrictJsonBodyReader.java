package com.gluework.web.rest;

import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.LogicalType;
import com.gluework.web.rest.dto.ErrorDto;
import com.gluework.web.rest.error.ErrorResponses;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyReader;
import jakarta.ws.rs.ext.Provider;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;

/**
 * Reads every JSON request body of the API (the records in {@link com.gluework.web.rest.dto}) strictly, so what is
 * stored is exactly what was sent, and anything else is a 4xx that names the problem:
 * <ul>
 *   <li>413 — more than {@link #MAX_BODY_BYTES}, counted while reading (a missing or false {@code Content-Length}
 *       does not help);</li>
 *   <li>415 — a declared charset other than UTF-8, known or not (JSON on the web is UTF-8, RFC 8259 §8.1);</li>
 *   <li>400 {@code "body"} — bytes that are not well-formed UTF-8 (overlong forms such as {@code C0 BC}, lone
 *       continuation bytes, encoded surrogates), broken JSON, trailing data, or not an object;</li>
 *   <li>400 naming the field — a value of the wrong JSON type (no {@code 123}, {@code true} or {@code 1.5} read as
 *       text, no {@code "1"} or {@code 1.5} read as a whole number), a field sent twice, a number out of range, a
 *       {@code null} inside a list, or text holding U+0000 or half a surrogate pair.</li>
 * </ul>
 * A {@code @Provider} of this package, so Jira's REST module finds it by package scan and the plugin reads as strictly
 * as the preview; it is nearer to the DTOs' type ({@link Record}) than the host's Jackson reader ({@link Object}), so
 * JAX-RS picks it. Unknown fields stay allowed: clients may send back a DTO they read.
 */
@Provider
@Consumes({MediaType.APPLICATION_JSON, "application/*+json"})
public final class StrictJsonBodyReader implements MessageBodyReader<Record> {
    /** Our largest body (summary, impact, five links, twenty people) is under 20 KiB even in 4-byte characters. */
    public static final int MAX_BODY_BYTES = 64 * 1024;
    private static final String DTO_PACKAGE = ErrorDto.class.getPackageName();
    /** The 415 answer's sentence; it says what we accept, not what was wrong. */
    public static final String UTF8_ONLY =
            "Send the request body in UTF-8 (charset=UTF-8, or no charset); no other character set is accepted.";
    private static final String BODY = "body";

    private final ObjectMapper mapper = strictMapper();

    @Override
    public boolean isReadable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return type.isRecord() && type.getPackageName().equals(DTO_PACKAGE);
    }

    @Override
    public Record readFrom(Class<Record> type, Type genericType, Annotation[] annotations, MediaType mediaType,
                           MultivaluedMap<String, String> headers, InputStream entity) throws IOException {
        requireUtf8(mediaType);
        requireDeclaredLengthWithinLimit(headers.getFirst(HttpHeaders.CONTENT_LENGTH));
        byte[] bytes = readAtMost(entity, MAX_BODY_BYTES);
        if (bytes.length == 0) {
            return null; // no body: the resource says which one it needs
        }
        String text = strictUtf8(bytes);
        try (JsonParser parser = mapper.createParser(text)) {
            return mapper.readValue(parser, type);
        } catch (JsonProcessingException e) {
            throw badRequest(errorFor(e));
        }
    }

    /** The mapper that refuses everything Jackson would otherwise quietly convert. */
    static ObjectMapper strictMapper() {
        JsonMapper mapper = JsonMapper.builder()
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .disable(DeserializationFeature.ACCEPT_SINGLE_VALUE_AS_ARRAY)
                .disable(DeserializationFeature.UNWRAP_SINGLE_VALUE_ARRAYS)
                .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
                .addModule(new SimpleModule("gluework-strict-text").addDeserializer(String.class, new PlainTextDeserializer()))
                .build();
        for (LogicalType scalar : new LogicalType[] {LogicalType.Textual, LogicalType.Integer, LogicalType.Float,
                LogicalType.Boolean}) {
            for (CoercionInputShape shape : CoercionInputShape.values()) {
                mapper.coercionConfigFor(scalar).setCoercion(shape, CoercionAction.Fail);
            }
        }
        mapper.setDefaultSetterInfo(JsonSetter.Value.forContentNulls(Nulls.FAIL));
        return mapper;
    }

    private static void requireUtf8(MediaType mediaType) {
        String charset = null;
        for (Map.Entry<String, String> parameter : mediaType.getParameters().entrySet()) {
            if (parameter.getKey().equalsIgnoreCase(MediaType.CHARSET_PARAMETER)) {
                charset = parameter.getValue().strip();
            }
        }
        if (charset != null && !isUtf8(charset)) {
            throw new WebApplicationException(ErrorResponses.of(ErrorDto.of(415, "contentType", UTF8_ONLY)).build());
        }
    }

    /** Whether a declared charset is UTF-8 under any of its names (quotes allowed); hosts that check early use it too. */
    public static boolean isUtf8(String name) {
        String unquoted = name.length() >= 2 && name.startsWith("\"") && name.endsWith("\"")
                ? name.substring(1, name.length() - 1) : name;
        try {
            return Charset.isSupported(unquoted) && Charset.forName(unquoted).equals(StandardCharsets.UTF_8);
        } catch (IllegalCharsetNameException e) {
            return false;
        }
    }

    private static void requireDeclaredLengthWithinLimit(String contentLength) {
        if (contentLength == null) {
            return;
        }
        try {
            if (Long.parseLong(contentLength.strip()) > MAX_BODY_BYTES) {
                throw tooLarge();
            }
        } catch (NumberFormatException e) {
            // not a number: the container decides; the count while reading still holds
        }
    }

    /** Reads the whole body but never more than {@code limit} bytes into memory. */
    static byte[] readAtMost(InputStream entity, int limit) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        for (int n = entity.read(buffer); n >= 0; n = entity.read(buffer)) {
            if (out.size() + n > limit) {
                throw tooLarge();
            }
            out.write(buffer, 0, n);
        }
        return out.toByteArray();
    }

    /** Java's decoder, set to report rather than replace, refuses every ill-formed sequence that Jackson lets through. */
    static String strictUtf8(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw badRequest(ErrorDto.of(400, BODY, "The request body is not valid UTF-8."));
        }
    }

    private static WebApplicationException tooLarge() {
        return new WebApplicationException(ErrorResponses.of(ErrorDto.of(413, BODY,
                "The request body is larger than " + MAX_BODY_BYTES / 1024 + " KiB.")).build());
    }

    private static WebApplicationException badRequest(ErrorDto error) {
        return new WebApplicationException(ErrorResponses.of(error).build());
    }

    static ErrorDto errorFor(JsonProcessingException e) {
        if (e instanceof JsonMappingException mapping) {
            String field = fieldOf(mapping);
            return ErrorDto.of(400, field.isEmpty() ? BODY : field, field.isEmpty()
                    ? "Send a JSON object with the documented fields." : expectation(mapping));
        }
        String field = e instanceof StreamReadException read && read.getProcessor() != null
                ? fieldOf(read.getProcessor().getParsingContext()) : "";
        if (!field.isEmpty() && String.valueOf(e.getOriginalMessage()).startsWith("Duplicate field")) {
            return ErrorDto.of(400, field, "This field is sent more than once; send it once.");
        }
        if (!field.isEmpty() && e instanceof InputCoercionException) {
            return ErrorDto.of(400, field, "This number is out of range.");
        }
        return ErrorDto.of(400, BODY, "The request body is not valid JSON.");
    }

    private static String expectation(JsonMappingException e) {
        if (e instanceof InvalidFormatException invalid && invalid.getValue() instanceof String text
                && PlainTextDeserializer.problemIn(text) != null) {
            return PlainTextDeserializer.problemIn(text);
        }
        if (e.getCause() instanceof StreamReadException) {
            return "This value is not valid JSON.";
        }
        Class<?> target = e instanceof MismatchedInputException mismatch ? mismatch.getTargetType() : null;
        if (target == null) {
            return "This value is not allowed here.";
        }
        if (java.util.Collection.class.isAssignableFrom(target) || target.isArray()) {
            return "Send a JSON array here.";
        }
        if (target == String.class) {
            return "Send a JSON string here.";
        }
        if (target == Integer.class || target == int.class || target == Long.class || target == long.class) {
            return "Send a whole number here, without quotes.";
        }
        return "This value has the wrong JSON type.";
    }

    /** {@code [summary]} → {@code summary}; {@code [evidenceLinks, 1]} → {@code evidenceLinks[1]}. */
    private static String fieldOf(JsonMappingException e) {
        StringBuilder field = new StringBuilder();
        for (JsonMappingException.Reference reference : e.getPath()) {
            if (reference.getFieldName() != null) {
                field.append(field.length() == 0 ? "" : ".").append(reference.getFieldName());
            } else if (reference.getIndex() >= 0) {
                field.append('[').append(reference.getIndex()).append(']');
            }
        }
        return field.toString();
    }

    /** Where the parser stopped, in the same notation. */
    private static String fieldOf(JsonStreamContext context) {
        Deque<String> parts = new ArrayDeque<>();
        for (JsonStreamContext at = context; at != null && !at.inRoot(); at = at.getParent()) {
            if (at.inObject() && at.getCurrentName() != null) {
                parts.addFirst((parts.isEmpty() || parts.peekFirst().startsWith("[") ? "" : ".") + at.getCurrentName());
            } else if (at.inArray() && at.getCurrentIndex() >= 0) {
                parts.addFirst("[" + at.getCurrentIndex() + "]");
            }
        }
        String field = String.join("", parts);
        return field.startsWith(".") ? field.substring(1) : field;
    }

    /**
     * Text as sent, refusing U+0000 (PostgreSQL cannot store it; nothing types it) and unpaired surrogates (not text
     * at all; {@code "\ud800"} is valid JSON syntax but not Unicode).
     */
    static final class PlainTextDeserializer extends StdScalarDeserializer<String> {
        private static final long serialVersionUID = 1L;

        PlainTextDeserializer() {
            super(String.class);
        }

        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            String text = StringDeserializer.instance.deserialize(parser, context);
            if (text != null && problemIn(text) != null) {
                throw InvalidFormatException.from(parser, problemIn(text), text, String.class);
            }
            return text;
        }

        @Override
        public LogicalType logicalType() {
            return LogicalType.Textual;
        }

        static String problemIn(String text) {
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (c == '\u0000') {
                    return "Text may not contain the NUL character (U+0000).";
                }
                if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                    i++;
                } else if (Character.isSurrogate(c)) {
                    return "Text may not contain half of a surrogate pair; send whole Unicode characters.";
                }
            }
            return null;
        }
    }
}
