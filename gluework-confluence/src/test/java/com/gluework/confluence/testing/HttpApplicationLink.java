package com.gluework.confluence.testing;

import com.atlassian.applinks.api.ApplicationId;
import com.atlassian.applinks.api.ApplicationLink;
import com.atlassian.applinks.api.ApplicationLinkRequest;
import com.atlassian.applinks.api.ApplicationLinkRequestFactory;
import com.atlassian.applinks.api.CredentialsRequiredException;
import com.atlassian.sal.api.net.Request;

import java.net.URI;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * An application link whose requests are real HTTP requests to {@code rpcUrl}, made as whoever {@code credentials}
 * names at the time of the request (the signed-in user, in the preview). When it names nobody who has authorised the
 * link, {@link ApplicationLinkRequestFactory#createRequest} throws {@link CredentialsRequiredException}, as the real
 * OAuth-authenticated factory does for a user without a token.
 */
public final class HttpApplicationLink implements ApplicationLink {
    private final ApplicationId id;
    private final String name;
    private final URI rpcUrl;
    private final URI displayUrl;
    private final boolean primary;
    private final Supplier<Optional<BasicCredentials>> credentials;
    private final URI authorisationUri;

    public HttpApplicationLink(String id, String name, URI rpcUrl, URI displayUrl, boolean primary,
                               Supplier<Optional<BasicCredentials>> credentials, URI authorisationUri) {
        this.id = new ApplicationId(id);
        this.name = name;
        this.rpcUrl = rpcUrl;
        this.displayUrl = displayUrl;
        this.primary = primary;
        this.credentials = credentials;
        this.authorisationUri = authorisationUri;
    }

    /** User name and password sent with HTTP Basic (the preview's REST API accepts its demo users so). */
    public record BasicCredentials(String user, String password) {
    }

    @Override
    public ApplicationId getId() {
        return id;
    }

    @Override
    public String getName() {
        return name;
    }

    @Override
    public URI getDisplayUrl() {
        return displayUrl;
    }

    @Override
    public boolean isPrimary() {
        return primary;
    }

    @Override
    public ApplicationLinkRequestFactory createAuthenticatedRequestFactory() {
        return new ApplicationLinkRequestFactory() {
            @Override
            public ApplicationLinkRequest createRequest(Request.MethodType methodType, String url)
                    throws CredentialsRequiredException {
                Optional<BasicCredentials> user = credentials.get();
                if (user.isEmpty()) {
                    throw new CredentialsRequiredException(this, "Authorise " + name + " first");
                }
                return new HttpApplicationLinkRequest(methodType, rpcUrl.resolve(stripLeadingSlashAgainst(url)),
                        user.get());
            }

            @Override
            public URI getAuthorisationURI() {
                return authorisationUri;
            }
        };
    }

    /** The link's URL may have a context path; a request URL "/rest/..." is relative to it, as in applinks. */
    private String stripLeadingSlashAgainst(String url) {
        String base = rpcUrl.getPath() == null ? "" : rpcUrl.getPath();
        String relative = url.startsWith("/") ? url.substring(1) : url;
        return base.endsWith("/") ? relative : (base.isEmpty() ? "/" + relative : base + "/" + relative);
    }
}
