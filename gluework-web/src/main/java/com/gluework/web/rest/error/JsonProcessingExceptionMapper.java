package com.gluework.web.rest.error;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.gluework.web.rest.dto.ErrorDto;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import java.util.Collection;

/**
 * A request body Jackson could not read is the client's mistake: 400, naming the field when Jackson knows it
 * ({@code "evidenceLinks"}, {@code "evidenceLinks[1]"}) and {@code "body"} when the JSON itself is broken.
 * Jackson's own message is not passed on: it names our classes.
 */
@Provider
public final class JsonProcessingExceptionMapper implements ExceptionMapper<JsonProcessingException> {
    static final String BODY = "body";

    @Override
    public Response toResponse(JsonProcessingException exception) {
        return ErrorResponses.of(errorFor(exception)).build();
    }

    static ErrorDto errorFor(JsonProcessingException exception) {
        int status = Response.Status.BAD_REQUEST.getStatusCode();
        String field = exception instanceof JsonMappingException ? fieldOf((JsonMappingException) exception) : "";
        if (field.isEmpty()) {
            return ErrorDto.of(status, BODY, exception instanceof MismatchedInputException
                    ? "Send a JSON object with the documented fields."
                    : "The request body is not valid JSON.");
        }
        return ErrorDto.of(status, field, expectation(exception));
    }

    private static String expectation(JsonProcessingException exception) {
        Class<?> target = exception instanceof MismatchedInputException
                ? ((MismatchedInputException) exception).getTargetType() : null;
        if (target != null && (Collection.class.isAssignableFrom(target) || target.isArray())) {
            return "Send a JSON array here.";
        }
        if (target == String.class) {
            return "Send a JSON string here.";
        }
        return "This value has the wrong JSON type.";
    }

    /** {@code [summary]} → {@code summary}; {@code [evidenceLinks, 1]} → {@code evidenceLinks[1]}. */
    private static String fieldOf(JsonMappingException exception) {
        StringBuilder field = new StringBuilder();
        for (JsonMappingException.Reference reference : exception.getPath()) {
            if (reference.getFieldName() != null) {
                field.append(field.length() == 0 ? "" : ".").append(reference.getFieldName());
            } else if (reference.getIndex() >= 0) {
                field.append('[').append(reference.getIndex()).append(']');
            }
        }
        return field.toString();
    }
}
