package com.atlassian.webresource.api.assembler;

/**
 * Compile-only stand-in: the page's resource assembler. Mirrors the confirmed chain described on
 * {@link PageBuilderService}; only {@code resources()} is declared.
 */
public interface WebResourceAssembler {

    RequiredResources resources();
}
