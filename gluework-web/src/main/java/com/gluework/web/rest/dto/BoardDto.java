package com.gluework.web.rest.dto;

/** A Jira Software board, for the report's board picker. */
public record BoardDto(long id, String name) {
}
