package com.atlassian.webresource.api.assembler;

/**
 * Compile-only stand-in: the resources a page requires. {@code requireContext(String)} is confirmed by the call chain
 * described on {@link PageBuilderService}; its return type is UNCONFIRMED (every caller seen discards it, so Glue Work
 * does too, which compiles whatever it returns).
 */
public interface RequiredResources {

    RequiredResources requireContext(String context);
}
