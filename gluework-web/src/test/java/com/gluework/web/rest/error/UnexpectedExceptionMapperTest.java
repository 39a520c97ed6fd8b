package com.gluework.web.rest.error;

import com.gluework.web.rest.dto.ErrorDto;
import jakarta.ws.rs.core.Response;
import org.junit.Test;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

public class UnexpectedExceptionMapperTest {

    @Test
    public void toResponse_shouldAnswer500WithAReferenceAndNothingFromTheException() {
        // when
        Response response = new UnexpectedExceptionMapper().toResponse(
                new NullPointerException("Cannot invoke AoContribution.getSummary() because row is null"));

        // then
        assertEquals(500, response.getStatus());
        String message = ((ErrorDto) response.getEntity()).errors().get(0).message();
        assertFalse(message.contains("AoContribution"));
        assertTrue(message, message.matches(".*reference [0-9a-f]{8}\\.$"));
    }

    @Test
    public void toResponse_shouldAnswer503_whenTheHostHandsOnAStorageFailure() {
        // given: a full disk on PostgreSQL, as Active Objects hands it on in Jira (wrapped in its own exception)
        RuntimeException fromHost = new RuntimeException("could not extend file",
                new java.sql.SQLException("could not extend file \"base/16384/16390\": No space left on device", "53100"));

        // when
        Response response = new UnexpectedExceptionMapper().toResponse(fromHost);

        // then
        assertEquals(503, response.getStatus());
        com.gluework.web.rest.dto.FieldErrorDto error = ((ErrorDto) response.getEntity()).errors().get(0);
        assertEquals("storage", error.field());
        assertTrue(error.message(), error.message().contains("nothing was changed"));
        assertFalse(error.message().contains("base/16384"));
    }
}
