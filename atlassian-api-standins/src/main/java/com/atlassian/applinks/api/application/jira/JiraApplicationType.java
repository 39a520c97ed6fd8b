package com.atlassian.applinks.api.application.jira;

import com.atlassian.applinks.api.ApplicationType;

/**
 * Compile-only stand-in: the Jira application type, used only as a class token
 * ({@code getPrimaryApplicationLink(JiraApplicationType.class)}).
 * <p>
 * Mirrors: applinks-api (docs/atlassian-signatures.md §11.9, status P): an interface extending {@link ApplicationType}
 * in this package; no own members expected.
 */
public interface JiraApplicationType extends ApplicationType {
}
