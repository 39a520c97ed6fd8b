package com.gluework.web.rest.dto;

/** One category's share of a person's glue in a period; the percents of one timeline add up to 100. */
public record CategoryShareDto(CategoryRefDto category, int count, int percent) {
}
