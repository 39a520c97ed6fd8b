package com.gluework.web.rest.dto;

/** The category a contribution belongs to, by key and current name. */
public record CategoryRefDto(String key, String name) {
}
