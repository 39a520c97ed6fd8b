package com.gluework.preview.jirarest;

/** A project as {@code /rest/api/2/project/{key}} describes it; {@code leadKey} is {@code null} when not sent. */
public record JiraProject(long id, String key, String name, String leadKey) {
}
