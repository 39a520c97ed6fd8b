package com.atlassian.applinks.api;

/**
 * Compile-only stand-in: the id of an application link.
 * <p>
 * Mirrors: https://docs.atlassian.com/applinks-api/3.2/com/atlassian/applinks/api/ApplicationId.html
 * (docs/atlassian-signatures.md §11.4, status P; finality in newer versions UNCONFIRMED, so the class is not final).
 * Unlike most stand-ins it holds its value, so that tests and the preview can run code that compares ids.
 */
public class ApplicationId {
    private final String id;

    public ApplicationId(String id) {
        this.id = id;
    }

    public String get() {
        return id;
    }

    @Override
    public String toString() {
        return id;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ApplicationId that && id.equals(that.id);
    }

    @Override
    public int hashCode() {
        return id.hashCode();
    }
}
