package com.gluework.web.rest.error;

import com.gluework.core.error.AccessDeniedException;
import com.gluework.core.error.AuthenticationRequiredException;
import com.gluework.core.error.ConflictException;
import com.gluework.core.error.GlueWorkException;
import com.gluework.core.error.InvalidInputException;
import com.gluework.core.error.NotFoundException;
import com.gluework.core.error.StorageUnavailableException;
import com.gluework.core.model.FieldError;
import com.gluework.web.rest.dto.ErrorDto;
import com.gluework.web.rest.dto.FieldErrorDto;
import jakarta.ws.rs.core.Response;
import org.junit.Test;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

public class GlueWorkExceptionMapperTest {
    private final GlueWorkExceptionMapper mapper = new GlueWorkExceptionMapper();

    @Test
    public void toResponse_shouldGiveEachDomainExceptionItsStatus() {
        Map<GlueWorkException, Integer> expected = Map.of(
                new InvalidInputException("summary", "Say what was done."), 400,
                new AuthenticationRequiredException("user", "Log in."), 401,
                new AccessDeniedException("contributionId", "Not yours to corroborate."), 403,
                new NotFoundException("issueKey", "No such issue."), 404,
                new ConflictException("contributionId", "Already corroborated."), 409,
                StorageUnavailableException.writeFailed(new IOException("No space left on device")), 503);
        expected.forEach((exception, status) -> {
            // when
            Response response = mapper.toResponse(exception);

            // then
            assertEquals(exception.getClass().getSimpleName(), (int) status, response.getStatus());
            assertEquals(status.intValue(), ((ErrorDto) response.getEntity()).status());
            assertEquals("application/json", response.getMediaType().toString());
        });
    }

    @Test
    public void toResponse_shouldPassEveryFieldErrorOnInOrder() {
        // given
        InvalidInputException invalid = new InvalidInputException(List.of(new FieldError("categoryKey", "Choose a category."),
                new FieldError("evidenceLinks[1]", "Evidence links must be complete http:// or https:// addresses.")));

        // when
        ErrorDto error = (ErrorDto) mapper.toResponse(invalid).getEntity();

        // then
        assertEquals(List.of(new FieldErrorDto("categoryKey", "Choose a category."),
                new FieldErrorDto("evidenceLinks[1]", "Evidence links must be complete http:// or https:// addresses.")),
                error.errors());
    }

    @Test
    public void toResponse_shouldTellWhyAStorageFailureRefusedTheChangeWithoutTheCause() {
        // given
        StorageUnavailableException diskFull = StorageUnavailableException.writeFailed(
                new IOException("No space left on device: /var/data/gluework.mv.db"));

        // when
        ErrorDto error = (ErrorDto) mapper.toResponse(diskFull).getEntity();

        // then: a sentence for the user, no path or exception text from the server
        assertEquals("storage", error.errors().get(0).field());
        assertTrue(error.errors().get(0).message().contains("your change was not saved"));
        assertFalse(error.errors().get(0).message().contains("/var/data"));
    }

    @Test
    public void toResponse_shouldForbidCachingAnError() {
        assertEquals("no-store", mapper.toResponse(new NotFoundException("issueKey", "x")).getHeaderString("Cache-Control"));
    }
}
