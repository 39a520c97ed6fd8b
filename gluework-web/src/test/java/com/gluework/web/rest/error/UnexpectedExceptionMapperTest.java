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
}
