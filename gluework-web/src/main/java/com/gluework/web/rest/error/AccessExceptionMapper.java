package com.gluework.web.rest.error;

import com.gluework.web.rest.dto.ErrorDto;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * The host's own access failures keep their meaning instead of becoming a 500 in {@link UnexpectedExceptionMapper}:
 * Atlassian REST enforces its access annotations by throwing {@code AuthenticationRequiredException} (401) and
 * {@code AuthorisationException} (403), both {@link SecurityException}s (REST v1 source:
 * {@code com.atlassian.plugins.rest.common.security.AuthenticationRequiredException extends SecurityException}; their
 * REST v2 package is UNCONFIRMED, so they are told apart by simple name and need no compile-time dependency).
 * Being more specific than {@code Throwable}, this mapper wins over the unexpected-exception one.
 */
@Provider
public final class AccessExceptionMapper implements ExceptionMapper<SecurityException> {
    static final String AUTHENTICATION_REQUIRED = "AuthenticationRequiredException";

    @Override
    public Response toResponse(SecurityException exception) {
        if (AUTHENTICATION_REQUIRED.equals(exception.getClass().getSimpleName())) {
            return ErrorResponses.of(ErrorDto.of(401, "user", "Log in to do this.")).build();
        }
        return ErrorResponses.of(ErrorDto.of(403, "user", "You do not have permission to do this.")).build();
    }
}
