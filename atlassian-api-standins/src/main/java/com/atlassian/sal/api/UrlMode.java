package com.atlassian.sal.api;

/**
 * Compile-only stand-in: which form of the base URL {@link ApplicationProperties#getBaseUrl(UrlMode)} answers.
 * <p>
 * Mirrors: SAL, docs/atlassian-signatures.md §2.8, status P: {@code CANONICAL} (the configured base URL, absolute) is
 * confirmed by use in public plugins ({@code applicationProperties.getBaseUrl(UrlMode.CANONICAL)}); the real enum has
 * more constants, left out because Glue Work uses none of them.
 */
public enum UrlMode {
    CANONICAL
}
