package com.atlassian.applinks.api;

/**
 * Compile-only stand-in: the product's application links (here: Confluence's links to Jira).
 * <p>
 * Mirrors: applinks-api of Platform 8, checked against a decompiled copy and the original javadoc text
 * (docs/atlassian-signatures.md §11.1, status C); the public plugin atlassian-labs/atlassian-slack-integration-server
 * calls {@code getPrimaryApplicationLink(JiraApplicationType.class)} the same way. Only the members Glue Work calls
 * ({@code getApplicationLink(ApplicationId)}, which throws the checked {@code TypeNotInstalledException}, is not used:
 * the macro finds a chosen link among {@link #getApplicationLinks(Class)}).
 */
public interface ApplicationLinkService {

    Iterable<ApplicationLink> getApplicationLinks(Class<? extends ApplicationType> type);

    /** {@code null} when there is no link of that type. */
    ApplicationLink getPrimaryApplicationLink(Class<? extends ApplicationType> type);
}
