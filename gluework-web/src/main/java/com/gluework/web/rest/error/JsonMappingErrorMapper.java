package com.gluework.web.rest.error;

import com.fasterxml.jackson.databind.JsonMappingException;
import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * Well-formed JSON of the wrong shape → 400 naming the field. A mapper for exactly this type, because JAX-RS picks the
 * mapper nearest to the exception's class, and Jackson's JAX-RS module registers its own plain-text one for it;
 * between two equally near mappers the higher priority (lower number) wins.
 */
@Provider
@Priority(Priorities.USER - 1)
public final class JsonMappingErrorMapper implements ExceptionMapper<JsonMappingException> {

    @Override
    public Response toResponse(JsonMappingException exception) {
        return ErrorResponses.of(JsonProcessingExceptionMapper.errorFor(exception)).build();
    }
}
