package com.gluework.web.rest.error;

import com.gluework.core.error.StorageFailures;
import com.gluework.core.error.StorageUnavailableException;
import com.gluework.web.rest.dto.ErrorDto;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.UUID;

/**
 * Anything else is our bug or the host's: 500 with a generic sentence and a reference, and the stack trace in the
 * server log under that reference so an admin can find it. Nothing about the failure reaches the client.
 * <p>
 * Except a failure of the database's storage (disk full, read-only, unreachable: {@link StorageFailures}) that the
 * host handed on as its own exception, as Jira's Active Objects does: that says nothing about the request, so it is a
 * 503 the client may send again, as the preview's store reports it itself.
 */
@Provider
public final class UnexpectedExceptionMapper implements ExceptionMapper<Throwable> {
    private static final Logger LOG = LoggerFactory.getLogger(UnexpectedExceptionMapper.class);

    @Override
    public Response toResponse(Throwable exception) {
        if (StorageFailures.isStorageFailure(exception)) {
            LOG.warn("Glue Work's database is unavailable: {}", exception.toString());
            return new GlueWorkExceptionMapper().toResponse(StorageUnavailableException.reportedByHost(exception));
        }
        String reference = UUID.randomUUID().toString().substring(0, 8);
        LOG.error("Glue Work REST call failed (reference {})", reference, exception);
        return ErrorResponses.of(ErrorDto.of(500, "server",
                "Something went wrong on the server. Try again; if it keeps happening, give your administrator the reference "
                        + reference + ".")).build();
    }
}
