package com.gluework.web.rest.dto;

import com.gluework.core.model.FieldError;

import java.util.List;

/** Every error response: {@code {"status":400,"errors":[{"field":"summary","message":"Say what was done."}]}}. */
public record ErrorDto(int status, List<FieldErrorDto> errors) {
    public ErrorDto {
        errors = List.copyOf(errors);
    }

    public static ErrorDto of(int status, String field, String message) {
        return new ErrorDto(status, List.of(new FieldErrorDto(field, message)));
    }

    public static ErrorDto of(int status, List<FieldError> errors) {
        return new ErrorDto(status, errors.stream().map(e -> new FieldErrorDto(e.field(), e.message())).toList());
    }
}
