package com.gluework.web.rest;

import com.gluework.web.rest.dto.EditContributionDto;
import com.gluework.web.rest.dto.ErrorDto;
import com.gluework.web.rest.dto.NewContributionDto;
import com.gluework.web.rest.dto.VersionDto;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;
import org.junit.Test;

import java.io.ByteArrayInputStream;
import java.lang.annotation.Annotation;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

public class StrictJsonBodyReaderTest {
    private static final MediaType JSON = MediaType.APPLICATION_JSON_TYPE;
    private final StrictJsonBodyReader reader = new StrictJsonBodyReader();

    @Test
    public void readFrom_shouldReadAWellFormedBodyAsSentIgnoringUnknownFields() throws Exception {
        // when
        NewContributionDto dto = read(NewContributionDto.class, JSON, "{\"categoryKey\":\"review\",\"summary\":\"Caught a "
                + "race \u00e9\uD83D\uDE00\",\"evidenceLinks\":[\"https://example.com\"],\"occurredOn\":\"2026-11-24\",\"id\":7}");

        // then
        assertEquals("Caught a race \u00e9\uD83D\uDE00", dto.summary());
        assertEquals(List.of("https://example.com"), dto.evidenceLinks());
        assertEquals("2026-11-24", dto.occurredOn());
    }

    @Test
    public void readFrom_shouldAcceptUtf8DeclaredAnyWayAndNoCharsetAtAll() throws Exception {
        for (String type : List.of("application/json", "application/json;charset=UTF-8", "application/json; charset=utf8",
                "application/json; Charset=\"utf-8\"")) {
            assertEquals(type, Integer.valueOf(3), read(VersionDto.class, MediaType.valueOf(type), "{\"version\":3}").version());
        }
    }

    @Test
    public void readFrom_shouldAnswerNullForAnEmptyBodySoTheResourceNamesWhatIsMissing() throws Exception {
        assertNull(read(VersionDto.class, JSON, ""));
    }

    @Test
    public void readFrom_shouldRefuseTextFieldsSentAsOtherJsonTypes() {
        for (String value : List.of("123", "true", "1.5", "{}", "[\"x\"]")) {
            assertRefused(400, "summary", NewContributionDto.class, JSON, "{\"summary\":" + value + "}");
        }
        assertRefused(400, "evidenceLinks[1]", NewContributionDto.class, JSON, "{\"evidenceLinks\":[\"https://a.example\",7]}");
        assertRefused(400, "evidenceLinks", NewContributionDto.class, JSON, "{\"evidenceLinks\":\"https://a.example\"}");
    }

    @Test
    public void readFrom_shouldRefuseAVersionThatIsNotAWholeJsonNumber() {
        for (String value : List.of("1.5", "1.0", "\"1\"", "\"\"", "true", "1e0", "[1]", "99999999999")) {
            assertRefused(400, "version", EditContributionDto.class, JSON, "{\"version\":" + value + "}");
        }
    }

    @Test
    public void readFrom_shouldRefuseADuplicateFieldNamingIt() {
        ErrorDto error = assertRefused(400, "summary", NewContributionDto.class, JSON,
                "{\"summary\":\"harmless\",\"summary\":\"what is stored\"}");
        assertTrue(error.errors().get(0).message().contains("more than once"));
    }

    @Test
    public void readFrom_shouldRefuseNulAndHalfSurrogatesInTextNamingTheField() {
        ErrorDto error = assertRefused(400, "summary", NewContributionDto.class, JSON, "{\"summary\":\"a\\u0000b\"}");
        assertTrue(error.errors().get(0).message().contains("U+0000"));
        assertRefused(400, "beneficiaryKeys[0]", NewContributionDto.class, JSON, "{\"beneficiaryKeys\":[\"\\u0000\"]}");
        assertRefused(400, "impact", NewContributionDto.class, JSON, "{\"impact\":\"\\ud800\"}");
        assertRefused(400, "impact", NewContributionDto.class, JSON, "{\"impact\":\"x\\udc00\"}");
    }

    @Test
    public void readFrom_shouldRefuseANullInsideAList() {
        assertRefused(400, "evidenceLinks[0]", NewContributionDto.class, JSON, "{\"evidenceLinks\":[null]}");
    }

    @Test
    public void readFrom_shouldRefuseBrokenJsonTrailingDataAndNonObjectsAsTheBody() {
        for (String body : List.of("{", "{\"summary\":\"x\"} {}", "[]", "\"x\"", "null x", "{'summary':'x'}",
                "{\"summary\":\"x\",}")) {
            assertRefused(400, "body", NewContributionDto.class, JSON, body);
        }
        assertRefused(400, "summary", NewContributionDto.class, JSON, "{\"summary\":\"a\u0001b\"}"); // unescaped control
    }

    @Test
    public void readFrom_shouldRefuseMalformedUtf8() {
        byte[][] bodies = {
                {'{', '"', 's', 'u', 'm', 'm', 'a', 'r', 'y', '"', ':', '"', (byte) 0xC0, (byte) 0xBC, '"', '}'}, // overlong '<'
                {'{', '"', 's', 'u', 'm', 'm', 'a', 'r', 'y', '"', ':', '"', (byte) 0x80, '"', '}'}, // lone continuation
                {'{', '"', 's', 'u', 'm', 'm', 'a', 'r', 'y', '"', ':', '"', (byte) 0xED, (byte) 0xA0, (byte) 0x80, '"', '}'}, // CESU
                {'{', '"', 's', 'u', 'm', 'm', 'a', 'r', 'y', '"', ':', '"', (byte) 0xE2, (byte) 0x82, '"', '}'}, // truncated
        };
        for (byte[] body : bodies) {
            assertRefused(400, "body", NewContributionDto.class, JSON, body);
        }
    }

    @Test
    public void readFrom_shouldAnswer415ForAnyCharsetButUtf8() {
        for (String type : List.of("application/json; charset=x-nope", "application/json; charset=ISO-8859-1",
                "application/json; charset=UTF-16", "application/json; charset=\"\"", "application/json; charset=%%%")) {
            assertRefused(415, "contentType", VersionDto.class, MediaType.valueOf(type), "{\"version\":3}");
        }
    }

    @Test
    public void readFrom_shouldAnswer413ForABodyOver64KiBWhateverContentLengthSays() {
        String padded = "{\"summary\":\"" + "x".repeat(StrictJsonBodyReader.MAX_BODY_BYTES) + "\"}";
        assertRefused(413, "body", NewContributionDto.class, JSON, padded);
        String spaces = "{\"version\":3" + " ".repeat(StrictJsonBodyReader.MAX_BODY_BYTES) + "}";
        assertRefused(413, "body", VersionDto.class, JSON, spaces);
    }

    @Test
    public void readFrom_shouldAnswer413AtOnceForADeclaredLengthOver64KiB() {
        // given
        MultivaluedMap<String, String> headers = new MultivaluedHashMap<>();
        headers.putSingle("Content-Length", String.valueOf(StrictJsonBodyReader.MAX_BODY_BYTES + 1));

        // when
        try {
            reader.readFrom(cast(VersionDto.class), VersionDto.class, new Annotation[0], JSON, headers,
                    new ByteArrayInputStream("{\"version\":3}".getBytes(StandardCharsets.UTF_8)));
            fail("read");
        } catch (WebApplicationException e) {
            // then
            assertEquals(413, e.getResponse().getStatus());
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    @Test
    public void readFrom_shouldReadExactly64KiB() throws Exception {
        String body = "{\"summary\":\"" + "x".repeat(StrictJsonBodyReader.MAX_BODY_BYTES - 14) + "\"}";
        assertEquals(StrictJsonBodyReader.MAX_BODY_BYTES, body.length());

        assertEquals(StrictJsonBodyReader.MAX_BODY_BYTES - 14, read(NewContributionDto.class, JSON, body).summary().length());
    }

    @Test
    public void isReadable_shouldTakeOnlyOurDtos() {
        assertTrue(reader.isReadable(NewContributionDto.class, NewContributionDto.class, new Annotation[0], JSON));
        assertFalse(reader.isReadable(String.class, String.class, new Annotation[0], JSON));
        assertFalse(reader.isReadable(java.util.Map.class, java.util.Map.class, new Annotation[0], JSON));
    }

    private <T extends Record> T read(Class<T> type, MediaType mediaType, String body) throws Exception {
        return read(type, mediaType, body.getBytes(StandardCharsets.UTF_8));
    }

    private <T extends Record> T read(Class<T> type, MediaType mediaType, byte[] body) throws Exception {
        return type.cast(reader.readFrom(cast(type), type, new Annotation[0], mediaType, new MultivaluedHashMap<>(),
                new ByteArrayInputStream(body)));
    }

    @SuppressWarnings("unchecked")
    private static Class<Record> cast(Class<? extends Record> type) {
        return (Class<Record>) type;
    }

    private ErrorDto assertRefused(int status, String field, Class<? extends Record> type, MediaType mediaType, String body) {
        return assertRefused(status, field, type, mediaType, body.getBytes(StandardCharsets.UTF_8));
    }

    private ErrorDto assertRefused(int status, String field, Class<? extends Record> type, MediaType mediaType, byte[] body) {
        String shown = new String(body, StandardCharsets.UTF_8);
        shown = shown.length() > 80 ? shown.substring(0, 80) + "…" : shown;
        try {
            Object read = read(type, mediaType, body);
            throw new AssertionError(shown + " was read as " + read);
        } catch (WebApplicationException e) {
            ErrorDto error = (ErrorDto) e.getResponse().getEntity();
            assertEquals(shown, status, e.getResponse().getStatus());
            assertEquals(shown, status, error.status());
            assertEquals(shown, field, error.errors().get(0).field());
            assertFalse(shown, error.errors().get(0).message().isBlank());
            return error;
        } catch (Exception e) {
            throw new AssertionError(shown, e);
        }
    }
}
