package com.atlassian.applinks.api;

import java.net.URI;

/**
 * Compile-only stand-in: the current user has not authorised the link yet (checked).
 * <p>
 * Mirrors: applinks-api original source (docs/atlassian-signatures.md §11.8, status C). Unlike most stand-ins it
 * delegates to its generator, so tests and the preview can run code that asks it for the authorisation address.
 */
public class CredentialsRequiredException extends Exception implements AuthorisationURIGenerator {
    private static final long serialVersionUID = 1L;
    private final transient AuthorisationURIGenerator authorisationURIGenerator;

    public CredentialsRequiredException(AuthorisationURIGenerator authorisationURIGenerator, String message) {
        super(message);
        this.authorisationURIGenerator = authorisationURIGenerator;
    }

    @Override
    public URI getAuthorisationURI() {
        return authorisationURIGenerator.getAuthorisationURI();
    }
}
