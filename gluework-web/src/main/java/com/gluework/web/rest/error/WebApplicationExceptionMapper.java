package com.gluework.web.rest.error;

import com.gluework.web.rest.dto.ErrorDto;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * Keeps the status the framework chose (404 no such path, 405 wrong method, 406, 415 wrong content type, …) and
 * replaces its body with an {@link ErrorDto}. Server errors are handled like unexpected exceptions.
 */
@Provider
public final class WebApplicationExceptionMapper implements ExceptionMapper<WebApplicationException> {

    @Override
    public Response toResponse(WebApplicationException exception) {
        int status = exception.getResponse().getStatus();
        if (status >= 500) {
            return new UnexpectedExceptionMapper().toResponse(exception);
        }
        Response.ResponseBuilder response = ErrorResponses.of(ErrorResponses.forStatus(status));
        Object allow = exception.getResponse().getHeaders().getFirst(HttpHeaders.ALLOW);
        if (allow != null) {
            response.header(HttpHeaders.ALLOW, allow);
        }
        return response.build();
    }
}
