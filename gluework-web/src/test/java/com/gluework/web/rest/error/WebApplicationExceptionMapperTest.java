package com.gluework.web.rest.error;

import com.gluework.web.rest.dto.ErrorDto;
import jakarta.ws.rs.InternalServerErrorException;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import org.junit.Test;

import java.util.Set;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;

public class WebApplicationExceptionMapperTest {
    private final WebApplicationExceptionMapper mapper = new WebApplicationExceptionMapper();

    @Test
    public void toResponse_shouldKeep415AndAskForJson() {
        // when
        Response response = mapper.toResponse(new NotSupportedException());

        // then
        assertEquals(415, response.getStatus());
        ErrorDto error = (ErrorDto) response.getEntity();
        assertEquals("contentType", error.errors().get(0).field());
        assertEquals("Send the request body as application/json.", error.errors().get(0).message());
    }

    @Test
    public void toResponse_shouldKeep405AndItsAllowHeader() {
        // when
        Response response = mapper.toResponse(new NotAllowedException("GET", new String[] {"POST"}));

        // then
        assertEquals(405, response.getStatus());
        assertEquals("method", ((ErrorDto) response.getEntity()).errors().get(0).field());
        assertEquals(Set.of("GET", "POST"), Set.of(response.getHeaderString("Allow").split("\\s*,\\s*")));
    }

    @Test
    public void toResponse_shouldNotRepeatTheFrameworksMessage() {
        // when
        Response response = mapper.toResponse(new WebApplicationException("HTTP 409 in com.example.Internal", 409));

        // then
        assertEquals(409, response.getStatus());
        assertFalse(((ErrorDto) response.getEntity()).errors().get(0).message().contains("com.example"));
    }

    @Test
    public void toResponse_shouldTreatAServerErrorAsUnexpected() {
        // when
        Response response = mapper.toResponse(new InternalServerErrorException("database password wrong"));

        // then
        assertEquals(500, response.getStatus());
        ErrorDto error = (ErrorDto) response.getEntity();
        assertEquals("server", error.errors().get(0).field());
        assertFalse(error.errors().get(0).message().contains("password"));
    }
}
