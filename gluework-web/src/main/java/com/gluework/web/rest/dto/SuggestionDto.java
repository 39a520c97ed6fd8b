package com.gluework.web.rest.dto;

import java.util.List;

/**
 * Possible glue: a prompt, never counted. The record form starts from {@code person}, {@code category},
 * {@code summary} and the evidence links; the person may change anything.
 *
 * @param id         stable across page views and nodes; what "Not glue" names
 * @param confidence {@code HIGH} or {@code MEDIUM}
 * @param canDismiss whether the caller may answer "Not glue" (the person named, or a project administrator)
 */
public record SuggestionDto(String id, String issueKey, PersonDto person, CategoryRefDto category, String summary,
                            String confidence, String confidenceReason, List<Evidence> evidence, boolean canDismiss) {

    /**
     * One trace the suggestion rests on.
     *
     * @param at   when it happened (ISO-8601 instant)
     * @param link an absolute http(s) URL to see it, or {@code null}
     */
    public record Evidence(String what, String at, String link) {
    }
}
