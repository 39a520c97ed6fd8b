package com.atlassian.applinks.api;

import java.net.URI;

/**
 * Compile-only stand-in: where a user goes to authorise this product to act for them in the linked one.
 * <p>
 * Mirrors: applinks-api, decompiled (docs/atlassian-signatures.md §11.5, status C). Only the member Glue Work calls.
 */
public interface AuthorisationURIGenerator {

    URI getAuthorisationURI();
}
