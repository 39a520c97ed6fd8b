package com.gluework.web.rest.error;

import com.gluework.core.error.AccessDeniedException;
import com.gluework.core.error.AuthenticationRequiredException;
import com.gluework.core.error.ConflictException;
import com.gluework.core.error.GlueWorkException;
import com.gluework.core.error.InvalidInputException;
import com.gluework.core.error.NotFoundException;
import com.gluework.core.error.StorageUnavailableException;
import com.gluework.core.error.UnavailableException;
import com.gluework.web.rest.dto.ErrorDto;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import java.util.Map;

/**
 * Maps each domain exception to its status: invalid input 400, anonymous 401, not allowed 403, unknown or hidden
 * 404, conflict 409, a host feature missing (no Jira Software) or a database that cannot store (disk full) 503. The
 * field errors travel unchanged; they were written for the user.
 */
@Provider
public final class GlueWorkExceptionMapper implements ExceptionMapper<GlueWorkException> {
    private static final Map<Class<? extends GlueWorkException>, Response.Status> STATUS_BY_TYPE = Map.of(
            InvalidInputException.class, Response.Status.BAD_REQUEST,
            AuthenticationRequiredException.class, Response.Status.UNAUTHORIZED,
            AccessDeniedException.class, Response.Status.FORBIDDEN,
            NotFoundException.class, Response.Status.NOT_FOUND,
            ConflictException.class, Response.Status.CONFLICT,
            UnavailableException.class, Response.Status.SERVICE_UNAVAILABLE,
            StorageUnavailableException.class, Response.Status.SERVICE_UNAVAILABLE);

    @Override
    public Response toResponse(GlueWorkException exception) {
        Response.Status status = STATUS_BY_TYPE.get(exception.getClass());
        if (status == null) {
            // A new domain exception nobody gave a status yet: a programming error, reported like any other.
            return new UnexpectedExceptionMapper().toResponse(exception);
        }
        return ErrorResponses.of(ErrorDto.of(status.getStatusCode(), exception.errors())).build();
    }
}
