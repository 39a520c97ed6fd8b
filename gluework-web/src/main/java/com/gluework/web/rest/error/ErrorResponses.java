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
}
