package com.gluework.web.rest.error;

import com.gluework.web.rest.dto.ErrorDto;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** Builds the one shape every error response has (the mappers here, and request filters that refuse early). */
public final class ErrorResponses {
    private ErrorResponses() {
    }

    public static Response.ResponseBuilder of(ErrorDto error) {
        // An error must never be cached: the next attempt (after logging in, fixing input) should reach the server.
        return Response.status(error.status()).type(MediaType.APPLICATION_JSON_TYPE).header("Cache-Control", "no-store")
                .entity(error);
    }

    /**
     * The error for a status the framework or the container chose on its own, with a generic sentence: their own
     * messages can name classes or internals. Also used by hosts for errors answered before JAX-RS runs.
     */
    public static ErrorDto forStatus(int status) {
        switch (status) {
            case 400:
                return ErrorDto.of(status, "request", "The request is malformed.");
            case 401:
                return ErrorDto.of(status, "user", "Log in to do this.");
            case 403:
                return ErrorDto.of(status, "user", "You do not have permission to do this.");
            case 404:
                return ErrorDto.of(status, "path", "There is nothing at this address.");
            case 405:
                return ErrorDto.of(status, "method", "This address does not accept that HTTP method.");
            case 406:
                return ErrorDto.of(status, "accept", "This address cannot answer in the requested format.");
            case 413:
                return ErrorDto.of(status, "body", "The request body is too large.");
            case 414:
                return ErrorDto.of(status, "path", "The address is too long.");
            case 415:
                return ErrorDto.of(status, "contentType", "Send the request body as application/json.");
            case 431:
                return ErrorDto.of(status, "headers", "The request headers are too large.");
            default:
                return status >= 500
                        ? ErrorDto.of(status, "server", "Something went wrong on the server. Try again later.")
                        : ErrorDto.of(status, "request", "The request could not be processed.");
        }
    }
}
