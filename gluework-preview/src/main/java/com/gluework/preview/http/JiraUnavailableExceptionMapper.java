package com.gluework.preview.http;

import com.gluework.preview.jirarest.JiraRestException;
import com.gluework.web.rest.dto.ErrorDto;
import com.gluework.web.rest.error.ErrorResponses;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The REST API's answer when Jira cannot be read: 502 Bad Gateway (504 when Jira did not answer in time) in the API's
 * error shape, field {@code jira}, with the sentence naming the Jira URL. Closer to {@link JiraRestException} than
 * web's catch-all mapper, so Jersey picks this one; no stack trace reaches the client or the log (the message says
 * all there is to act on).
 */
@Provider
public final class JiraUnavailableExceptionMapper implements ExceptionMapper<JiraRestException> {
    private static final Logger LOG = LoggerFactory.getLogger(JiraUnavailableExceptionMapper.class);

    @Override
    public Response toResponse(JiraRestException exception) {
        LOG.warn(exception.getMessage());
        return ErrorResponses.of(ErrorDto.of(exception.gatewayStatus(), "jira", exception.getMessage())).build();
    }
}
